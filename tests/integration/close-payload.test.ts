import { describe, expect, it } from '@jest/globals'
import { getPayload } from 'payload'
import type { Pool } from 'pg'
import { closePayload } from '@/lib/db/close-payload'

/**
 * Closing Payload while a query is still running (a hook's late write, a test's last read) must let
 * that query finish and then close the pool, not release its client a second time: pg-pool throws
 * that as an uncaught error from the query's callback, which took a whole test file down in CI.
 */
describe('closePayload', () => {
  it('waits for a query in flight instead of releasing its client twice', async () => {
    const { default: config } = await import('../../payload.config')
    // A fresh instance, not Payload's cached one that other code in this worker may share.
    const payload = await getPayload({ config, key: `close-payload-${process.pid}` })
    const pool = (payload.db as unknown as { pool: Pool }).pool

    const uncaught: Error[] = []
    const record = (error: Error) => uncaught.push(error)
    process.on('uncaughtException', record)
    try {
      const inFlight = pool.query('SELECT pg_sleep(0.3) AS slept, 1 AS answer')
      await new Promise((resolve) => setTimeout(resolve, 50))
      await closePayload(payload)

      await expect(inFlight).resolves.toMatchObject({ rows: [{ answer: 1 }] })
      expect(pool.ended).toBe(true)
      expect(pool.totalCount).toBe(0)
      // Give a second release, had there been one, the turn it needs to throw.
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(uncaught.map((error) => error.message)).toEqual([])
    } finally {
      process.off('uncaughtException', record)
    }
  })
})
