import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import autocannon from 'autocannon'
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureDatabaseExists, withDatabaseName } from '@/lib/db/connection'
import { startEmbeddedServer, type EmbeddedServer } from '@/lib/db/embedded'
import { distinctClient } from '@/scripts/lib/load'
import { freePort, startNextServer, stopProcessGroup } from '@/scripts/lib/server'
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
const admin = { email: 'outage-admin@example.com', password: randomBytes(12).toString('hex') }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function restartDatabase(): Promise<void> {
  database = await startEmbeddedServer({ dataDir, port: pgPort })
}

describeWithRedis('a database outage', () => {
  beforeAll(async () => {
    pgPort = await freePort()
    database = await startEmbeddedServer({ dataDir, port: pgPort })
    const url = withDatabaseName(database.serverUrl, 'careerpath_outage')
    await ensureDatabaseExists(url)
    const seeded = runScript('scripts/migrate.ts', ['--seed'], { ...process.env, DATABASE_URL: url })
    if (seeded.status !== 0) throw new Error(`seeding failed (${describeExit(seeded)}):\n${seeded.stderr}`)
    const account = runScript('scripts/create-admin.ts', ['--email', admin.email, '--password', admin.password], {
      ...process.env,
      DATABASE_URL: url,
    })
    if (account.status !== 0)
      throw new Error(`creating the admin failed (${describeExit(account)}):\n${account.stderr}`)

    const server = await startNextServer(
      () => ({
        DATABASE_URL: url,
        PAYLOAD_SECRET: randomBytes(24).toString('hex'),
        REDIS_URL: redisUrl,
        CACHE_KEY_PREFIX: `careerpath-outage-${randomBytes(4).toString('hex')}`,
        JOBS_AUTORUN: 'off',
        SQL_STATEMENT_LOG: '',
      }),
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

    await restartDatabase()
    let status = 0
    for (let i = 0; i < 40 && status !== 200; i++) {
      status = (await fetch(`${origin}/api/guides?limit=1&depth=0`)).status
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(status).toBe(200)
  })
  it('keeps every reader answered through an outage during a soak, refuses publishing with 503 meanwhile, and publishes again after', async () => {
    const login = await fetch(`${origin}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(admin),
    })
    expect(login.status).toBe(200)
    const headers = {
      Authorization: `JWT ${((await login.json()) as { token: string }).token}`,
      'Content-Type': 'application/json',
    }
    const slug = `outage-soak-${Date.now().toString(36)}`
    const created = await fetch(`${origin}/api/guides`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        title: 'Outage Soak Guide',
        role: 'Outage Tester',
        slug,
        excerpt: 'Version 0',
        _status: 'published',
      }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    const paths = [SAMPLE, `/guides/${slug}`]
    for (const path of paths) await fetch(origin + path).then((response) => response.arrayBuffer())

    let version = 0
    const publish = async () => {
      version++
      const response = await fetch(`${origin}/api/guides/${doc.id}`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ excerpt: `Version ${version}`, _status: 'published' }),
      })
      const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
      return { status: response.status, message: body.errors?.[0]?.message }
    }
    // The API answers a publish once the page's cache tags are expired (lib/cache/revalidate.ts,
    // answerAfterCacheExpiry), so the very next reader gets the new version, however busy the server.
    const visible = async () => (await (await fetch(`${origin}/guides/${slug}`)).text()).includes(`Version ${version}`)

    let next = 0
    const readers = autocannon({
      url: origin,
      connections: 8,
      duration: 14,
      requests: [
        {
          method: 'GET',
          setupRequest: (request) => distinctClient({ ...request, path: paths[next++ % paths.length] }),
        },
      ],
    })
    // Up: publishes go through and show straight away.
    for (let i = 0; i < 3; i++) {
      expect((await publish()).status).toBe(200)
      expect(await visible()).toBe(true)
      await sleep(500)
    }
    await sleep(1000) // let the last publish's page be rendered again before the database goes

    await database.stop()
    const duringOutage: { status: number; message?: string }[] = []
    for (let i = 0; i < 6; i++) {
      duringOutage.push(await publish())
      await sleep(500)
    }
    expect(duringOutage).toEqual(
      Array(6).fill({
        status: 503,
        message: 'The database is unavailable at the moment; nothing was changed. Please try again in a minute.',
      }),
    )

    await restartDatabase()
    let status = 0
    for (let i = 0; i < 40 && status !== 200; i++) {
      status = (await publish()).status
      if (status !== 200) await sleep(250)
    }
    expect(status).toBe(200)
    expect(await visible()).toBe(true)

    const result = await readers
    expect(result.requests.total).toBeGreaterThan(100)
    expect(result['5xx'] ?? 0).toBe(0)
    expect(result.non2xx).toBe(0)
    expect(result.errors + result.timeouts).toBe(0)
  })
})
