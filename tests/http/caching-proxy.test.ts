import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import { NGINX, startNginx, type RunningNginx } from '@/scripts/lib/nginx'
import { freePort, startNextServer, stopProcessGroup, type NextServer } from '@/scripts/lib/server'
import { api, editorHeaders } from './client'

/**
 * deploy/nginx/careerpath.conf, run by Debian's nginx in front of an app server: pages are served
 * from nginx's cache for as long as the app's Cache-Control allows, a publish is visible through
 * it at once (the app asks nginx to refresh the page after the change is committed), and signed-in
 * editors always reach the app. The app server is one of its own (CACHE_REFRESH_URL pointing at
 * this nginx), caching its pages in Redis under its own prefix so nothing lands in the build folder.
 */
const haveNginx = fs.existsSync(NGINX)
if (!haveNginx && process.env.CI)
  throw new Error(`CI runs the caching-proxy test: install nginx (apt-get install -y nginx); looked for ${NGINX}`)
const redisUrl = process.env.TEST_REDIS_URL
const describeWithProxy = haveNginx && redisUrl ? describe : describe.skip

let app: NextServer | undefined
let nginx: RunningNginx | undefined
let proxy = ''

async function throughProxy(pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(proxy + pathname, { headers })
  return {
    status: response.status,
    cache: response.headers.get('x-cache-status'),
    cacheControl: response.headers.get('cache-control'),
    html: await response.text(),
  }
}

describeWithProxy('the nginx caching proxy (deploy/nginx)', () => {
  beforeAll(async () => {
    // The app must know the proxy's address before either starts: a port of nginx's own, reserved here.
    const refreshPort = await freePort()
    app = await startNextServer(() => ({
      DATABASE_URL: process.env.TEST_HTTP_DATABASE_URL,
      PAYLOAD_SECRET: process.env.TEST_PAYLOAD_SECRET,
      REDIS_URL: redisUrl,
      CACHE_KEY_PREFIX: `careerpath-proxy-${randomBytes(4).toString('hex')}`,
      CACHE_REFRESH_URL: `http://127.0.0.1:${refreshPort}`,
      JOBS_AUTORUN: 'off',
      SQL_STATEMENT_LOG: '',
      // As deploy/nginx says: nginx, on loopback, is the one proxy the app believes.
      TRUSTED_PROXIES: '127.0.0.1',
    }))
    nginx = await startNginx({ upstream: app.origin, port: refreshPort })
    proxy = nginx.origin
  })

  afterAll(async () => {
    await nginx?.stop()
    if (app) await stopProcessGroup(app.child)
  })

  it('serves a guide page from its cache for the s-maxage the app gives it', async () => {
    const slug = `proxy-cached-${Date.now().toString(36)}`
    expect(
      (
        await api('POST', '/guides', {
          title: 'Proxy Cached Guide',
          role: 'Proxy Tester',
          slug,
          excerpt: 'Cached by nginx',
          _status: 'published',
        })
      ).status,
    ).toBe(201)
    const first = await throughProxy(`/guides/${slug}`)
    expect(first.status).toBe(200)
    expect(first.cache).toBe('MISS')
    // Next's year, capped by server.ts to SHARED_CACHE_MAX_AGE.
    expect(first.cacheControl).toBe('s-maxage=60')
    const again = await throughProxy(`/guides/${slug}`)
    expect(again.cache).toBe('HIT')
    expect(again.html).toBe(first.html)
    // Compressed by nginx for browsers that ask.
    const compressed = await fetch(`${proxy}/guides/${slug}`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(compressed.headers.get('content-encoding')).toBe('gzip')
    expect(compressed.headers.get('x-cache-status')).toBe('HIT')
  })

  it('shows a publish at once: the app refreshes the page in the proxy after the change', async () => {
    const slug = `proxy-refresh-${Date.now().toString(36)}`
    const created = await api<{ doc: { id: number } }>('POST', '/guides', {
      title: 'Proxy Refresh Guide',
      role: 'Proxy Tester',
      slug,
      excerpt: 'First version',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    await throughProxy(`/guides/${slug}`)
    expect((await throughProxy(`/guides/${slug}`)).html).toContain('First version')

    // Published through this app server, whose hook refreshes nginx's copy once the response is sent.
    const update = await fetch(`${app!.origin}/api/guides/${created.json.doc.id}`, {
      method: 'PATCH',
      headers: await editorHeaders(),
      body: JSON.stringify({ excerpt: 'Second version', _status: 'published' }),
    })
    expect(update.status).toBe(200)
    let seen = await throughProxy(`/guides/${slug}`)
    for (let i = 0; i < 20 && !seen.html.includes('Second version'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      seen = await throughProxy(`/guides/${slug}`)
    }
    expect(seen.html).toContain('Second version')
    expect(seen.cache).toBe('HIT') // the refreshed copy, from the cache, well within the 60 s
  })

  it('passes signed-in editors and the search page to the app', async () => {
    const editorToken = (await editorHeaders()).Authorization!.replace('JWT ', '')
    const slug = '/guides/back-end-developer-career-guide'
    await throughProxy(slug)
    expect((await throughProxy(slug, { Cookie: `payload-token=${editorToken}` })).cache).toBe('BYPASS')
    const search = await throughProxy('/search?q=developer')
    expect(search.status).toBe(200)
    expect((await throughProxy('/search?q=developer')).cache).not.toBe('HIT')
  })

  it('keeps the public API reads as it keeps pages, but never for a client signed in with a token', async () => {
    const path = '/api/guides?limit=1&depth=0'
    const first = await fetch(proxy + path)
    expect(first.headers.get('x-cache-status')).toMatch(/MISS|EXPIRED/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=60')
    const etag = first.headers.get('etag')!
    const second = await fetch(proxy + path)
    expect(second.headers.get('x-cache-status')).toBe('HIT')
    expect(second.headers.get('etag')).toBe(etag)
    // nginx answers a current If-None-Match from its copy.
    const conditional = await fetch(proxy + path, { headers: { 'If-None-Match': etag } })
    expect(conditional.status).toBe(304)
    const signedIn = await fetch(proxy + path, { headers: await editorHeaders() })
    expect(signedIn.headers.get('x-cache-status')).toBe('BYPASS')
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
  })

  it('honours X-Cache-Refresh only from the app servers', async () => {
    const slug = '/guides/back-end-developer-career-guide'
    await throughProxy(slug)
    // From another address (127.0.0.2, not in the config's geo block) the header changes nothing.
    const cacheStatusFrom = (localAddress: string) =>
      new Promise<string | undefined>((resolve, reject) => {
        const request = http.get(proxy + slug, { localAddress, headers: { 'X-Cache-Refresh': '1' } }, (response) => {
          response.resume()
          response.on('end', () => resolve(response.headers['x-cache-status'] as string | undefined))
        })
        request.on('error', reject)
      })
    expect(await cacheStatusFrom('127.0.0.2')).toBe('HIT')
    expect(await cacheStatusFrom('127.0.0.1')).toBe('BYPASS')
  })
})
