'use server'

import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'
import { clientIp, hashIp } from '@/lib/http/client-ip'
import type { CommentFormState } from '@/lib/comments/form-state'
import { commentFormValues, submitComment } from '@/lib/comments/submit'
import { env } from '@/lib/config/env'
import { sharedRateLimiter } from '@/lib/rate-limit/limiters'

const commentLimiter = () => sharedRateLimiter('comments', { limit: 5, windowMs: 60_000 })

/** The comment form's Server Action; with or without JavaScript in the reader's browser. */
// formData is whatever the request decoded to: a crafted request can send anything, or nothing.
export async function postComment(_previous: CommentFormState, formData: unknown): Promise<CommentFormState> {
  const values = commentFormValues(formData)
  const ipHash = hashIp(clientIp(await headers()), env().PAYLOAD_SECRET)
  const outcome = await submitComment(values, {
    payload: await getPayload({ config }),
    ipHash,
    limiter: commentLimiter(),
  })
  if (outcome.ok) return { status: 'sent', message: outcome.message }
  // The reader's text comes back so nothing typed is lost; the honeypot and timer do not.
  const { website: _honeypot, startedAt: _startedAt, ...kept } = values
  return { status: 'error', message: outcome.message, fieldErrors: outcome.fieldErrors, values: kept }
}
