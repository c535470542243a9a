import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'
import { runScript } from '../setup/run-script'
import { createTestDatabase, describeExit, destroyTestDatabase } from '../setup/test-database'

/**
 * DATABASE_REPLICA_URLS: Payload reads from the replicas and writes to the primary. Shown with a
 * "replica" that is a second database holding a row the primary does not: a read finds it, and a
 * write lands in the primary only. (A real replica follows the primary; here they differ on purpose.)
 */
let replicaUrl: string
const primaryUrl = () => process.env.DATABASE_URL!

async function technologyNames(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<{ name: string }>('SELECT name FROM technologies')).rows.map((row) => row.name)
  } finally {
    await client.end()
  }
}

beforeAll(async () => {
  replicaUrl = await createTestDatabase('replica')
  const client = new pg.Client({ connectionString: replicaUrl })
  await client.connect()
  await client.query(
    `INSERT INTO technologies (name, slug, category) VALUES ('Only In The Replica', 'only-in-the-replica', 'other')`,
  )
  await client.end()
})

afterAll(async () => {
  await destroyTestDatabase(replicaUrl)
})

describe('read replicas', () => {
  it('send reads to DATABASE_REPLICA_URLS and writes to DATABASE_URL', async () => {
    const created = `Written To The Primary ${Date.now().toString(36)}`
    const result = runScript('tests/scripts/replica-probe.ts', ['Only In The Replica', created], {
      ...process.env,
      DATABASE_URL: primaryUrl(),
      DATABASE_REPLICA_URLS: replicaUrl,
    })
    if (result.status !== 0)
      throw new Error(`replica probe failed (${describeExit(result)}):\n${result.stdout}\n${result.stderr}`)
    expect(JSON.parse(result.stdout.trim().split('\n').at(-1)!)).toEqual({ found: ['Only In The Replica'] })
    expect(await technologyNames(primaryUrl())).toContain(created)
    expect(await technologyNames(primaryUrl())).not.toContain('Only In The Replica')
    expect(await technologyNames(replicaUrl)).not.toContain(created)
  })

  it('without replicas, reads the primary', async () => {
    const result = runScript(
      'tests/scripts/replica-probe.ts',
      ['Only In The Replica', `Another ${Date.now().toString(36)}`],
      { ...process.env, DATABASE_URL: primaryUrl(), DATABASE_REPLICA_URLS: '' },
    )
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout.trim().split('\n').at(-1)!)).toEqual({ found: [] })
  })
})
