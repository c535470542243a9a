import type { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** The adapter's drizzle instance, for the few reads Payload's query API cannot express in one statement. */
export function drizzleOf(payload: Payload): {
  execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }>
} {
  return (payload.db as unknown as { drizzle: ReturnType<typeof drizzleOf> }).drizzle
}
