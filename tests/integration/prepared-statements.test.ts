import { afterAll, afterEach, describe, expect, it, jest } from '@jest/globals'
import pg from 'pg'
import type { Payload } from 'payload'
import { pgWithPreparedStatements, statementName, withPreparedStatements } from '@/lib/db/prepared-statements'
import { payloadForThisFile } from './payload'
import { newData } from '@/tests/support/data'

/**
 * lib/db/prepared-statements.ts: reads inside `withPreparedStatements` are prepared once per
 * connection (PostgreSQL lists them in `pg_prepared_statements`), every other statement is not.
 */
const pool = new pgWithPreparedStatements.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })
afterAll(() => pool.end())

/** Statements prepared on the pool's one connection. */
const preparedOnConnection = async () =>
  (await pool.query<{ name: string; statement: string }>('SELECT name, statement FROM pg_prepared_statements')).rows

describe('a pool from pgWithPreparedStatements', () => {
  it('prepares a statement read inside withPreparedStatements once, and runs it again by name', async () => {
    const text = 'SELECT $1::int + 1 AS next /* inside */'
    for (const value of [1, 2, 3]) {
      const { rows } = await withPreparedStatements(() => pool.query({ text, values: [value] }))
      expect(rows).toEqual([{ next: value + 1 }])
    }
    expect((await preparedOnConnection()).filter((row) => row.statement === text)).toEqual([
      { name: statementName(text), statement: text },
    ])
  })

  it('leaves statements read outside it unnamed, even when they wait for the connection behind one inside it', async () => {
    const inside = 'SELECT pg_sleep(0.05) /* inside, holding the only connection */'
    const outside = 'SELECT 1 AS one /* outside */'
    // The outside read is queued while the inside one holds the connection: whether it is named is
    // decided where it was asked for, not in the context that hands the connection over.
    await Promise.all([
      withPreparedStatements(() => pool.query({ text: inside })),
      pool.query({ text: outside }),
      pool.query(outside),
    ])
    const statements = (await preparedOnConnection()).map((row) => row.statement)
    expect(statements).toContain(inside)
    expect(statements).not.toContain(outside)
  })

  it('keeps a name the caller gave', async () => {
    const text = 'SELECT 2 AS two /* named by the caller */'
    await withPreparedStatements(() => pool.query({ name: 'callers_own_name', text }))
    expect((await preparedOnConnection()).filter((row) => row.statement === text).map((row) => row.name)).toEqual([
      'callers_own_name',
    ])
  })
})

describe("Payload's adapter", () => {
  const getPayload = payloadForThisFile()
  const sent: { name?: string; text: string }[] = []
  const query = pg.Client.prototype.query
  afterEach(() => {
    jest.restoreAllMocks()
  })

  function recordStatements() {
    sent.length = 0
    jest.restoreAllMocks()
    jest.spyOn(pg.Client.prototype, 'query').mockImplementation(function (this: pg.Client, ...args: unknown[]) {
      const config = args[0] as { name?: string; text?: string } | string
      sent.push(typeof config === 'string' ? { text: config } : { name: config.name, text: String(config.text) })
      return (query as (...a: unknown[]) => unknown).apply(this, args) as never
    })
  }

  it('names the statements of a read inside withPreparedStatements, and no others', async () => {
    const payload: Payload = getPayload()
    const guide = await payload.create({
      collection: 'guides',
      data: newData<'guides'>({
        title: 'Prepared Reader: Career Guide',
        role: 'Prepared reader',
        _status: 'published',
      }),
    })
    const read = () =>
      payload.find({
        collection: 'guides',
        where: { id: { equals: guide.id } },
        depth: 1,
        limit: 1,
        pagination: false,
        overrideAccess: false,
      })

    recordStatements()
    expect((await withPreparedStatements(read)).docs.map((doc) => doc.id)).toEqual([guide.id])
    const guideRead = sent.find((statement) => statement.text.includes('from "guides"'))
    expect(guideRead?.name).toBe(statementName(guideRead!.text))

    recordStatements()
    await read()
    expect(sent.length).toBeGreaterThan(0)
    expect(sent.filter((statement) => statement.name)).toEqual([])
  })
})
