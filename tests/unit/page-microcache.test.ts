import { describe, expect, it } from '@jest/globals'
import { microcacheable, microcacheKey, PageMicrocache, purgePageMicrocaches, registerPageMicrocache } from '../../lib/http/page-microcache'

const page = (text: string) => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: Buffer.from(text) })
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
  })

  it('keeps nothing private, uncached, unsuccessful, non-HTML or setting a cookie', () => {
    expect(microcacheable(200, { ...html, 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' })).toBe(false)
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
    expect([cache.get('/a'), cache.get('/b')?.body.toString(), cache.get('/c')?.body.toString()]).toEqual([undefined, 'B', 'C'])
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
