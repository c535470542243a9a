import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { startNextServer, stopProcessGroup, type NextServer } from '@/scripts/lib/server'
import { editorHeaders } from './client'

/**
 * Two app servers, one PostgreSQL, one Redis: Next's page cache lives in Redis (cache-handler.mjs,
 * on when REDIS_URL is set), so a page one server rendered is served by the other from the cache,
 * and a publish through one server expires the page on both: at once on the server that published,
 * and on the other within PAGE_MICROCACHE_MS (each server keeps a page it served for that long,
 * lib/http/page-microcache.ts). Needs TEST_REDIS_URL (.ci/run sets it).
 */
const MICROCACHE_MS = 1000
const redisUrl = process.env.TEST_REDIS_URL
const describeWithRedis = redisUrl ? describe : describe.skip

type AppServer = NextServer
const servers: AppServer[] = []
// A key prefix of this run's own, so that nothing another run cached is read.
const prefix = `careerpath-test-${randomBytes(4).toString('hex')}`

async function startAppServer(): Promise<AppServer> {
  const server = await startNextServer(() => ({
    DATABASE_URL: process.env.TEST_HTTP_DATABASE_URL,
    PAYLOAD_SECRET: process.env.TEST_PAYLOAD_SECRET,
    REDIS_URL: redisUrl,
    CACHE_KEY_PREFIX: prefix,
    PAGE_MICROCACHE_MS: String(MICROCACHE_MS),
    JOBS_AUTORUN: 'off',
    SQL_STATEMENT_LOG: '',
  }))
  servers.push(server)
  return server
}

async function fetchPage(server: AppServer, path: string) {
  const response = await fetch(server.origin + path)
  return { status: response.status, cache: response.headers.get('x-nextjs-cache'), html: await response.text() }
}

const content = (text: string) => [
  { blockType: 'plainList', heading: 'Shared cache', headingLevel: '2', items: [{ text }] },
]

describeWithRedis('two app servers sharing the page cache through Redis', () => {
  let a: AppServer
  let b: AppServer
  beforeAll(async () => {
    ;[a, b] = await Promise.all([startAppServer(), startAppServer()])
  })
  afterAll(async () => {
    await Promise.all(servers.map((server) => stopProcessGroup(server.child)))
  })

  it('serves on one server what the other rendered, and a publish on one expires it on both', async () => {
    const slug = `shared-cache-${Date.now().toString(36)}`
    const headers = await editorHeaders()
    const created = await fetch(`${a.origin}/api/guides`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        title: 'Shared Cache Tester',
        role: 'Cache Tester',
        slug,
        _status: 'published',
        content: content('First version'),
      }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }

    const first = await fetchPage(a, `/guides/${slug}`)
    expect(first.status).toBe(200)
    expect(first.cache).not.toBe('HIT')
    // Server B never rendered this page: a HIT means it came from Redis.
    const fromB = await fetchPage(b, `/guides/${slug}`)
    expect(fromB.cache).toBe('HIT')
    expect(fromB.html).toContain('First version')

    const updated = await fetch(`${a.origin}/api/guides/${doc.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ content: content('Second version'), _status: 'published' }),
    })
    expect(updated.status).toBe(200)
    const published = Date.now()
    expect((await fetchPage(a, `/guides/${slug}`)).html).toContain('Second version')

    let afterPublish = await fetchPage(b, `/guides/${slug}`)
    // Its own kept copy, at most MICROCACHE_MS old, is all that may delay it (plus requests' time
    // under load); without the shared expiry it would stay stale for Next's revalidate period, hours.
    while (afterPublish.html.includes('First version') && Date.now() - published < MICROCACHE_MS + 5000) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      afterPublish = await fetchPage(b, `/guides/${slug}`)
    }
    expect(afterPublish.html).toContain('Second version')
    expect(afterPublish.html).not.toContain('First version')
  })

  // The tags' expiry is a write to Redis: the server that took the publish finishes it before it
  // answers, so its very next page is the new one, every time (Next alone would do it after).
  it('answers a publish only once the page is expired, so the very next request gets the change', async () => {
    const slug = `shared-cache-next-${Date.now().toString(36)}`
    const headers = await editorHeaders()
    const created = await fetch(`${a.origin}/api/guides`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        title: 'Shared Cache Next Request',
        role: 'Cache Tester',
        slug,
        _status: 'published',
        content: content('Version 0'),
      }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    const stale: number[] = []
    for (let round = 1; round <= 20; round++) {
      await fetchPage(a, `/guides/${slug}`)
      const updated = await fetch(`${a.origin}/api/guides/${doc.id}`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ content: content(`Version ${round}`), _status: 'published' }),
      })
      expect(updated.status).toBe(200)
      if (!(await fetchPage(a, `/guides/${slug}`)).html.includes(`Version ${round}<`)) stale.push(round)
    }
    expect(stale).toEqual([])
  })
})
