import { describe, expect, it } from '@jest/globals'
import {
  carriesCredentials,
  conditionalReads,
  isCollectionRead,
  noneMatchHits,
  publicReadCacheControl,
  strongEtag,
} from '@/lib/http/conditional-reads'

const BODY = JSON.stringify({ docs: [{ id: 1, title: 'Back-End Developer' }] })
const read = (status = 200, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
  conditionalReads(async () => new Response(status === 200 ? BODY : '{"errors":[]}', { status, headers }), {
    sharedMaxAge: 60,
  })
const request = (headers: Record<string, string> = {}, method = 'GET') =>
  new Request('http://site.example/api/guides', { method, headers })

describe('public reads', () => {
  it('answer anonymous readers with a strong ETag of the body and a shared-cache Cache-Control', async () => {
    const response = await read()(request(), {})
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(BODY)
    expect(response.headers.get('etag')).toBe(strongEtag(new TextEncoder().encode(BODY)))
    expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/)
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=60')
    expect(response.headers.get('content-type')).toBe('application/json')
  })

  it('answer 304 without a body when If-None-Match names the tag (weakly compared), 200 when it does not', async () => {
    const etag = (await read()(request(), {})).headers.get('etag')!
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const response = await read()(request({ 'If-None-Match': ifNoneMatch }), {})
      expect(response.status).toBe(304)
      expect(await response.text()).toBe('')
      expect(response.headers.get('etag')).toBe(etag)
      expect(response.headers.get('cache-control')).toMatch(/^public/)
      expect(response.headers.get('content-type')).toBeNull()
    }
    const changed = await read()(request({ 'If-None-Match': '"an-older-tag"' }), {})
    expect(changed.status).toBe(200)
    expect(await changed.text()).toBe(BODY)
  })

  it('answer requests with credentials private and no-store, without a tag, even when they name it', async () => {
    const etag = (await read()(request(), {})).headers.get('etag')!
    const credentials: Record<string, string>[] = [
      { Authorization: 'JWT a.b.c' },
      { Authorization: 'users API-Key 123' },
      { Cookie: 'theme=dark; payload-token=a.b.c' },
    ]
    for (const headers of credentials) {
      const response = await read()(request({ ...headers, 'If-None-Match': etag }), {})
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(response.headers.get('etag')).toBeNull()
      expect(await response.text()).toBe(BODY)
    }
    const refused = await read(403)(request({ Authorization: 'JWT a.b.c' }), {})
    expect(refused.headers.get('cache-control')).toBe('private, no-store')
  })

  it('leave errors, cookies, answers marked private and other methods or paths as the handler gave them', async () => {
    expect((await read(404)(request(), {})).headers.get('etag')).toBeNull()
    const cookie = await read(200, { 'Set-Cookie': 'a=b' })(request(), {})
    expect(cookie.headers.get('cache-control')).toBeNull()
    const marked = await read(200, { 'Cache-Control': 'no-store' })(request(), {})
    expect(marked.headers.get('cache-control')).toBe('no-store')
    expect((await read()(request({}, 'POST'), {})).headers.get('etag')).toBeNull()
    const elsewhere = conditionalReads(async () => new Response(BODY), { sharedMaxAge: 60, isPublicRead: () => false })
    expect((await elsewhere(request({ Authorization: 'JWT a.b.c' }), {})).headers.get('cache-control')).toBeNull()
  })

  it('answer HEAD with the same tag and no body', async () => {
    const get = await read()(request(), {})
    const head = await read()(request({}, 'HEAD'), {})
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'))
    expect(await head.text()).toBe('')
  })
})

describe('the parts', () => {
  it('tell credentials from other cookies', () => {
    expect(carriesCredentials(new Headers({ Cookie: 'payload-token=x' }))).toBe(true)
    expect(carriesCredentials(new Headers({ Cookie: 'theme=dark; not-payload-token=x' }))).toBe(false)
    expect(carriesCredentials(new Headers())).toBe(false)
  })

  it('compare If-None-Match as RFC 9110 says', () => {
    expect(noneMatchHits(null, '"a"')).toBe(false)
    expect(noneMatchHits('"b", W/"a"', '"a"')).toBe(true)
    expect(noneMatchHits('"ab"', '"a"')).toBe(false)
  })

  it('name the collections’ document reads, not their other endpoints', () => {
    const collections = ['guides', 'skills']
    expect(isCollectionRead(['guides'], collections)).toBe(true)
    expect(isCollectionRead(['guides', '12'], collections)).toBe(true)
    expect(isCollectionRead(['guides', 'versions'], collections)).toBe(false)
    expect(isCollectionRead(['guides', 'versions', '3'], collections)).toBe(false)
    expect(isCollectionRead(['users'], collections)).toBe(false)
    expect(isCollectionRead(undefined, collections)).toBe(false)
  })

  it('keep a copy in shared caches as long as a page', () => {
    expect(publicReadCacheControl(30)).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=30')
  })
})
