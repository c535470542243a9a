import type { Payload } from 'payload'

interface PgPool {
  ended?: boolean
  end(): Promise<void>
  _clients?: PgClient[]
  _idle?: { client: PgClient }[]
}

interface PgClient {
  release?: (destroy?: boolean) => void
  _activeQuery?: unknown
  _queryQueue?: unknown[]
}

/**
 * Payload's `destroy()` leaves the Postgres adapter's pool open, and the adapter keeps one client
 * checked out for good (to watch for connection resets), so `pool.end()` alone would wait forever.
 * Release that client, then end the pool, so that scripts and Jest workers exit on their own.
 * A client still running a query is left alone: the pool releases it when the query ends, and
 * releasing it here as well made pg-pool throw "Release called on client which has already been
 * released" from that query's callback, an uncaught error that failed a whole test file in CI.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as { pool?: PgPool }).pool
  await payload.destroy()
  if (!pool || pool.ended) return
  const idle = new Set((pool._idle ?? []).map((item) => item.client))
  for (const client of pool._clients ?? []) {
    const busy = client._activeQuery != null || (client._queryQueue?.length ?? 0) > 0
    if (idle.has(client) || busy) continue
    try {
      client.release?.(true)
    } catch {
      // Released meanwhile; end() closes it.
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
    await Promise.race([
      closePayload(payload).catch(() => {}),
      new Promise((resolve) => (timer = setTimeout(resolve, ms))),
    ])
    clearTimeout(timer)
  }
  process.exit(process.exitCode ?? 0)
}
