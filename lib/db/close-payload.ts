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

/**
 * For command-line scripts: closes Payload, but gives up after `ms` and ends the process with the
 * exit code it has set. Under load a pool has been seen to end without ever settling its promise,
 * which Node reports as exit code 13 (an unsettled top-level await) after the work was done.
 */
export async function closePayloadAndExit(payload: Payload | undefined, ms = 5000): Promise<never> {
  if (payload) {
    let timer: NodeJS.Timeout | undefined
    await Promise.race([closePayload(payload).catch(() => {}), new Promise((resolve) => (timer = setTimeout(resolve, ms)))])
    clearTimeout(timer)
  }
  process.exit(process.exitCode ?? 0)
}
