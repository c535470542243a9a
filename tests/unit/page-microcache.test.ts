import { describe, expect, it } from '@jest/globals'
import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  microcacheable,
  microcacheKey,
  PageMicrocache,
  purgeAfterWrite,
  purgePageMicrocaches,
  registerPageMicrocache,
} from '@/lib/http/page-microcache'

const page = (text: string) => ({
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: Buffer.from(text),
})
const html = { 'content-type': 'text/html; charset=utf-8' }

describe('microcacheKey: which requests a kept public page may answer', () => {
  it('takes anonymous GET and HEAD requests, keyed by path and query', () => {
    expect(microcacheKey('GET', '/guides/back-end?ref=x', {})).toBe('/guides/back-end?ref=x')
    expect(microcacheKey('HEAD', '/', { accept: 'text/html' })).toBe('/')
  })

  it('leaves signed-in, previewing and authorised requests to Next', () => {
    expect(microcacheKey('GET', '/guides/a', { cookie: 'payload-token=abc' })).toBeUndefined()
    expect(microcacheKey('GET', '/guides/a', { cookie: '__prerender_bypass=1' })).toBeUndefined()
    expect(microcacheKey('GET', '/guides/a', { authorization: 'JWT abc' })).toBeUndefined()
  })

  it("leaves Next's navigation, prefetch and action requests to Next", () => {
    expect(microcacheKey('GET', '/guides/a', { rsc: '1' })).toBeUndefined()
    expect(microcacheKey('GET', '/guides/a', { 'next-router-prefetch': '1' })).toBeUndefined()
    expect(microcacheKey('GET', '/guides/a?_rsc=1x2y', {})).toBeUndefined()
    expect(microcacheKey('POST', '/guides/a', { 'next-action': 'abc' })).toBeUndefined()
  })

  it('takes no writes and no absolute-form URLs', () => {
    expect(microcacheKey('POST', '/api/comments', {})).toBeUndefined()
    expect(microcacheKey('GET', 'http://other.example/guides/a', {})).toBeUndefined()
  })
})

describe('microcacheable: which responses may be kept', () => {
  it('keeps a 200 HTML page Next marks for shared caches', () => {
    expect(microcacheable(200, { ...html, 'cache-control': 's-maxage=60, stale-while-revalidate=31535940' })).toBe(true)
    const nextVary = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding'
    expect(microcacheable(200, { ...html, 'cache-control': 's-maxage=60', vary: nextVary })).toBe(true)
  })

  it('keeps no page that varies on a request header it does not account for', () => {
    expect(microcacheable(200, { ...html, 'cache-control': 's-maxage=60', vary: 'rsc, Accept-Language' })).toBe(false)
    expect(microcacheable(200, { ...html, 'cache-control': 's-maxage=60', vary: '*' })).toBe(false)
  })

  it('keeps nothing private, uncached, unsuccessful, non-HTML or setting a cookie', () => {
    expect(
      microcacheable(200, { ...html, 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' }),
    ).toBe(false)
    expect(microcacheable(200, { ...html })).toBe(false)
    expect(microcacheable(200, { ...html, 'cache-control': 's-maxage=0' })).toBe(false)
    expect(microcacheable(404, { ...html, 'cache-control': 's-maxage=60' })).toBe(false)
    expect(microcacheable(200, { 'content-type': 'application/json', 'cache-control': 's-maxage=60' })).toBe(false)
    expect(microcacheable(200, { ...html, 'cache-control': 's-maxage=60', 'set-cookie': ['a=b'] })).toBe(false)
  })
})

describe('PageMicrocache', () => {
  it('answers until its time is up, then asks again', () => {
    let now = 1000
    const cache = new PageMicrocache(1000, 10, () => now)
    cache.set('/a', page('A'))
    now += 999
    expect(cache.get('/a')?.body.toString()).toBe('A')
    now += 1
    expect(cache.get('/a')).toBeUndefined()
    expect(cache.size).toBe(0)
  })

  it('keeps at most maxEntries pages, dropping the oldest', () => {
    const cache = new PageMicrocache(1000, 2)
    cache.set('/a', page('A'))
    cache.set('/b', page('B'))
    cache.set('/c', page('C'))
    expect([cache.get('/a'), cache.get('/b')?.body.toString(), cache.get('/c')?.body.toString()]).toEqual([
      undefined,
      'B',
      'C',
    ])
  })

  it('lets expired pages go as new ones are kept, not only when they are asked for again', () => {
    let now = 1000
    const cache = new PageMicrocache(1000, 100, () => now)
    for (const path of ['/crawled-1', '/crawled-2', '/crawled-3']) cache.set(path, page(path))
    now += 600
    cache.set('/recent', page('recent'))
    expect(cache.size).toBe(4)
    now += 400 // the three crawled pages are now a second old; '/recent' is not
    cache.set('/newest', page('newest'))
    expect(cache.size).toBe(2)
    expect(cache.get('/recent')?.body.toString()).toBe('recent')
  })

  it('does not keep a page whose render was under way when the cache was purged', () => {
    const cache = new PageMicrocache(60_000)
    const startedBeforePublish = cache.generation
    cache.purge()
    cache.set('/a', page('old content'), startedBeforePublish)
    expect(cache.get('/a')).toBeUndefined()
    cache.set('/a', page('new content'), cache.generation)
    expect(cache.get('/a')?.body.toString()).toBe('new content')
  })

  it('keeps nothing with a time of 0 (turned off)', () => {
    const cache = new PageMicrocache(0)
    cache.set('/a', page('A'))
    expect(cache.get('/a')).toBeUndefined()
  })

  it('drops every registered cache when the app expires a cache tag', () => {
    const first = new PageMicrocache(60_000)
    const second = new PageMicrocache(60_000)
    registerPageMicrocache(first)
    registerPageMicrocache(second)
    first.set('/a', page('A'))
    second.set('/b', page('B'))
    purgePageMicrocaches()
    expect([first.size, second.size]).toEqual([0, 0])
  })
})

describe('purgeAfterWrite', () => {
  /** Answers a request the way Next does, through `end`, and says whether the kept page survived. */
  function answer(method: string, statusCode: number): boolean {
    const cache = new PageMicrocache(60_000)
    cache.set('/a', page('A'))
    const res = { statusCode, end: () => res } as unknown as ServerResponse
    purgeAfterWrite({ method } as IncomingMessage, res, cache)
    const keptBeforeEnd = cache.get('/a') !== undefined
    res.end()
    expect(keptBeforeEnd).toBe(true)
    return cache.get('/a') !== undefined
  }

  it('drops kept pages when a write succeeds, as its answer is sent', () => {
    expect(answer('PATCH', 200)).toBe(false)
    expect(answer('POST', 201)).toBe(false)
    expect(answer('DELETE', 200)).toBe(false)
  })

  it('keeps them for reads and for writes that were refused', () => {
    expect(answer('GET', 200)).toBe(true)
    expect(answer('HEAD', 200)).toBe(true)
    expect(answer('PATCH', 403)).toBe(true)
    expect(answer('POST', 503)).toBe(true)
  })
})
