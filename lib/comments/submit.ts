import type { Payload } from 'payload'
import { z } from 'zod'
import type { RateLimiter } from '@/lib/rate-limit/memory'
import { COMMENT_BODY_MAX, COMMENT_NAME_MAX } from './limits'

/** A person takes longer than this to write a comment; a script posting the form does not. */
export const MIN_SECONDS_TO_SUBMIT = 3

/** Names of the form's fields, shared by the form and the validation. */
export const commentFields = ['guide', 'parent', 'authorName', 'email', 'body', 'website', 'startedAt'] as const
export type CommentFormValues = Record<(typeof commentFields)[number], string>

// Control characters (NUL would be refused by PostgreSQL) go; line breaks and tabs stay.
const withoutControlCharacters = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')

const commentSchema = z.object({
  guide: z.coerce
    .number({ message: 'The form does not say which guide this comment is for; reload the page.' })
    .int()
    .positive('The form does not say which guide this comment is for; reload the page.'),
  parent: z
    .union([z.literal(''), z.coerce.number().int().positive()], {
      message: 'Choose the comment you are replying to from the list.',
    })
    .transform((value) => (value === '' ? undefined : value)),
  authorName: z
    .string()
    .transform((name) => withoutControlCharacters(name).replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, 'Please enter your name.')
        .max(COMMENT_NAME_MAX, `Your name can be at most ${COMMENT_NAME_MAX} characters.`),
    ),
  email: z
    .string()
    .trim()
    .pipe(
      z
        .email('Please enter a valid email address, such as name@example.com.')
        .max(254, 'That email address is too long.'),
    ),
  body: z
    .string()
    .transform((body) => withoutControlCharacters(body.replace(/\r\n?/g, '\n')).trim())
    .superRefine((body, ctx) => {
      if (body.length === 0) ctx.addIssue({ code: 'custom', message: 'Please write a comment.' })
      else if (body.length > COMMENT_BODY_MAX)
        ctx.addIssue({
          code: 'custom',
          message: `Your comment is ${body.length.toLocaleString('en')} characters long; the limit is ${COMMENT_BODY_MAX.toLocaleString('en')}. Please shorten it.`,
        })
    }),
})

export type CommentField = keyof z.infer<typeof commentSchema>

export type SubmitOutcome =
  | { ok: true; message: string }
  | { ok: false; message: string; fieldErrors?: Partial<Record<CommentField, string>>; retryAfterSeconds?: number }

export const MESSAGES = {
  received: 'Thank you! Your comment is awaiting moderation and will appear once an editor approves it.',
  duplicate: 'You have already sent this comment; it is awaiting moderation.',
  invalid: 'Your comment was not sent. Please correct the fields marked below.',
  tooFast: 'That was quick! Please take a moment to check your comment, then send it again.',
  closed: 'This guide is not open for comments.',
  parentGone: 'The comment you are replying to is not available any more; choose another one or none.',
} as const

export interface SubmitContext {
  payload: Payload
  /** A keyed hash of the sender's IP (lib/http/client-ip.ts): the rate-limit key and what is stored. */
  ipHash: string
  limiter: RateLimiter
  now?: number
}

/** Form data as the form's string values; anything else (a file, a missing field) becomes empty. */
/** The form's fields as text; anything else a request sends in their place (no form at all, a list) reads as empty. */
export function commentFormValues(form: unknown): CommentFormValues {
  const get = (name: string) =>
    form instanceof FormData
      ? form.get(name)
      : form !== null && typeof form === 'object'
        ? (form as Record<string, unknown>)[name]
        : undefined
  return Object.fromEntries(
    commentFields.map((name) => [name, typeof get(name) === 'string' ? (get(name) as string) : '']),
  ) as CommentFormValues
}

/**
 * A reader's comment from the form at the end of a guide: checked, rate-limited per IP and stored
 * as pending, or refused with a message the reader can act on. Nothing is written unless every
 * check passes. A filled-in honeypot gets the usual thanks, so a bot learns nothing, and is dropped.
 */
export async function submitComment(
  values: CommentFormValues,
  { payload, ipHash, limiter, now = Date.now() }: SubmitContext,
): Promise<SubmitOutcome> {
  if (values.website.trim() !== '') return { ok: true, message: MESSAGES.received }

  const parsed = commentSchema.safeParse(values)
  if (!parsed.success) {
    const fieldErrors: Partial<Record<CommentField, string>> = {}
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as CommentField
      fieldErrors[field] ??= issue.message
    }
    return { ok: false, message: MESSAGES.invalid, fieldErrors }
  }
  const comment = parsed.data

  // The form stamps when it was shown (with JavaScript); without one there is nothing to measure.
  const startedAt = Number(values.startedAt)
  if (values.startedAt && Number.isFinite(startedAt) && now - startedAt < MIN_SECONDS_TO_SUBMIT * 1000) {
    return { ok: false, message: MESSAGES.tooFast }
  }

  const limit = await limiter.consume(`comment:${ipHash}`)
  if (!limit.allowed) {
    return {
      ok: false,
      message: `You have sent several comments in the last minute. Please wait ${limit.retryAfterSeconds} seconds, then send it again.`,
      retryAfterSeconds: limit.retryAfterSeconds,
    }
  }

  // As an anonymous reader: a draft, an unpublished or an unknown guide is not there.
  const guide = await payload.findByID({
    collection: 'guides',
    id: comment.guide,
    overrideAccess: false,
    draft: false,
    depth: 0,
    disableErrors: true,
    select: { _status: true },
  })
  if (!guide || guide._status !== 'published') return { ok: false, message: MESSAGES.closed }

  if (comment.parent !== undefined) {
    // Approved and top-level (anonymous readers see approved comments only), on the same guide.
    const { totalDocs } = await payload.count({
      collection: 'comments',
      overrideAccess: false,
      where: {
        and: [{ id: { equals: comment.parent } }, { guide: { equals: comment.guide } }, { parent: { exists: false } }],
      },
    })
    if (totalDocs === 0)
      return { ok: false, message: MESSAGES.parentGone, fieldErrors: { parent: MESSAGES.parentGone } }
  }

  const { totalDocs: sameComment } = await payload.count({
    collection: 'comments',
    overrideAccess: true,
    where: {
      and: [
        { guide: { equals: comment.guide } },
        { body: { equals: comment.body } },
        { or: [{ email: { equals: comment.email } }, { ipHash: { equals: ipHash } }] },
      ],
    },
  })
  if (sameComment > 0) return { ok: true, message: MESSAGES.duplicate }

  await payload.create({
    collection: 'comments',
    overrideAccess: true,
    data: {
      guide: comment.guide,
      parent: comment.parent ?? null,
      authorName: comment.authorName,
      email: comment.email,
      body: comment.body,
      status: 'pending',
      ipHash,
    },
  })
  return { ok: true, message: MESSAGES.received }
}
