import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { CACHE_CHANNEL, cacheMessages } from './messages'

export type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<unknown> }
type DrizzleAdapter = {
  drizzle: Executor
  primaryDrizzle?: Executor
  sessions?: Record<string | number, { db?: Executor } | undefined>
}

/**
 * The connection a hook's write is on: the request's transaction when it has one (a notification
 * sent in a transaction is delivered when it commits, and never if it rolls back, so no server
 * renders the page again before the change is visible, or for nothing), else the primary (a
 * notification on a read replica would fail: it is read-only).
 */
export async function writerConnection(
  payload: Payload,
  req: Partial<Pick<PayloadRequest, 'transactionID'>> | undefined,
): Promise<Executor> {
  const adapter = payload.db as unknown as DrizzleAdapter
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  const session = transactionID !== undefined ? adapter.sessions?.[transactionID]?.db : undefined
  return session ?? adapter.primaryDrizzle ?? adapter.drizzle
}

/**
 * Tells every running app server (lib/cache/events/listen.ts) that these cache tags are expired.
 * Collection hooks call it through `expireCacheTags`, so any process that writes through Payload
 * (the site, the importer, seeds, the jobs worker, a script) is heard. PostgreSQL drops duplicate
 * payloads within one transaction, so a bulk delete of 300 guides sends each list tag once.
 */
export async function notifyCacheTags(
  payload: Payload,
  req: Partial<Pick<PayloadRequest, 'transactionID'>> | undefined,
  tags: Iterable<string>,
): Promise<void> {
  const messages = cacheMessages(tags)
  if (!messages.length) return
  const connection = await writerConnection(payload, req)
  // One after another: inside a transaction every statement shares one connection.
  for (const message of messages) await connection.execute(sql`SELECT pg_notify(${CACHE_CHANNEL}, ${message})`)
}
