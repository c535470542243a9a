import config from '@payload-config'
import { getPayload, type Where } from 'payload'

/**
 * The Payload client the public pages read through, and the options every reader's query takes.
 * Reads go through access control as an anonymous reader (`overrideAccess: false`), so a draft can
 * never reach a page; each getter in lib/data caches its result under tags that the collections'
 * hooks expire when content changes.
 */
export async function payloadClient() {
  // `cron: true` starts the jobs queue's schedule (scheduled publishing) with the first page served;
  // payload.config.ts's shouldAutoRun keeps it off where it must not run.
  return getPayload({ config, cron: true })
}

/** An anonymous reader's view: access rules applied, published versions only. */
export const asReader = { overrideAccess: false, draft: false } as const

export const published: Where = { _status: { equals: 'published' } }

/** A path segment no stored slug or path can equal (PostgreSQL text cannot hold NUL): not found, without asking. */
export const unstorable = (value: string) => value.includes('\u0000')
