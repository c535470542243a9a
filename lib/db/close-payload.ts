import type { Payload } from 'payload'

interface PgPool {
  ended?: boolean
  end(): Promise<void>
  _clients?: { release?: (destroy?: boolean) => void }[]
}

/**
 * Payload's `destroy()` leaves the Postgres adapter's pool open, and the adapter keeps one client
 * checked out for good (to watch for connection resets), so `pool.end()` alone would wait forever.
 * Release every client, then end the pool, so that scripts and Jest workers exit on their own.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as { pool?: PgPool }).pool
  await payload.destroy()
  if (!pool || pool.ended) return
  for (const client of pool._clients ?? []) {
    try {
      client.release?.(true)
    } catch {
      // Idle clients are already back in the pool; end() closes them.
    }
  }
  await pool.end()
}
