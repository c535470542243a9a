import { describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-postgres'
import { drizzleOf } from '@/lib/db/drizzle'
import { payloadForThisFile } from './payload'

const getPayload = payloadForThisFile()

describe("the application's database connections", () => {
  it('run with JIT compilation off (it took seconds to compile Payload guide reads that run in milliseconds)', async () => {
    const { rows } = await drizzleOf(getPayload()).execute(sql`SHOW jit`)
    expect(rows[0]).toEqual({ jit: 'off' })
  })
})
