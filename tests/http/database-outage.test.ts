import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureDatabaseExists, withDatabaseName } from '../../lib/db/connection'
import { startEmbeddedServer, type EmbeddedServer } from '../../lib/db/embedded'
import { freePort, startNextServer, stopProcessGroup } from '../../scripts/lib/server'
import { runScript } from '../setup/run-script'
import { describeExit } from '../setup/test-database'

/**
 * PostgreSQL goes down under a running site and comes back: cached pages are served all along, the
 * API answers 503 with a message while it is down, and the site recovers without a restart.
 * A PostgreSQL and a server of its own (it is stopped on purpose); its pages are cached in Redis
 * under a prefix of its own, so that nothing it renders lands in the build folder the other HTTP
 * tests' server reads (which is why it needs TEST_REDIS_URL).
 */
const redisUrl = process.env.TEST_REDIS_URL
const describeWithRedis = redisUrl ? describe : describe.skip
const SAMPLE = '/guides/back-end-developer-career-guide'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careerpath-outage-'))
fs.chmodSync(dataDir, 0o755)
let database: EmbeddedServer
let pgPort: number
let app: ChildProcess | undefined
let origin = ''

describeWithRedis('a database outage', () => {
  beforeAll(async () => {
    pgPort = await freePort()
    database = await startEmbeddedServer({ dataDir, port: pgPort })
    const url = withDatabaseName(database.serverUrl, 'careerpath_outage')
    await ensureDatabaseExists(url)
    const seeded = runScript('scripts/migrate.ts', ['--seed'], { ...process.env, DATABASE_URL: url })
    if (seeded.status !== 0) throw new Error(`seeding failed (${describeExit(seeded)}):\n${seeded.stderr}`)

    const server = await startNextServer(
      () => ({ DATABASE_URL: url, PAYLOAD_SECRET: randomBytes(24).toString('hex'), REDIS_URL: redisUrl, CACHE_KEY_PREFIX: `careerpath-outage-${randomBytes(4).toString('hex')}`, JOBS_AUTORUN: 'off', SQL_STATEMENT_LOG: '' }),
      { readyPath: SAMPLE },
    )
    app = server.child
    origin = server.origin
  })

  afterAll(async () => {
    if (app) await stopProcessGroup(app)
    await database?.stop()
  })

  it('serves cached pages while PostgreSQL is down, answers the API with 503, and recovers on its own', async () => {
    await fetch(origin + SAMPLE).then((r) => r.arrayBuffer())
    expect((await fetch(origin + SAMPLE)).headers.get('x-nextjs-cache')).toBe('HIT')

    await database.stop()
    const cached = await fetch(origin + SAMPLE)
    expect(cached.status).toBe(200)
    expect(await cached.text()).toContain('Back-End Developer')
    const api = await fetch(`${origin}/api/guides?limit=1&depth=0`)
    expect(api.status).toBe(503)
    expect(((await api.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
      'The database is unavailable at the moment; nothing was changed. Please try again in a minute.',
    )

    database = await startEmbeddedServer({ dataDir, port: pgPort })
    let status = 0
    for (let i = 0; i < 40 && status !== 200; i++) {
      status = (await fetch(`${origin}/api/guides?limit=1&depth=0`)).status
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(status).toBe(200)
  })
})
