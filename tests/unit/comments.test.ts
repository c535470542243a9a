import { describe, expect, it } from '@jest/globals'
import { hashIp } from '@/lib/http/client-ip'
import { commentParagraphs, linkify } from '@/lib/comments/autolink'
import { memoryRateLimiter } from '@/lib/rate-limit/memory'

describe('linkify', () => {
  it('turns http and https addresses into links and leaves the rest as text', () => {
    expect(linkify('See https://example.com/a?b=1 and http://x.org.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', href: 'https://example.com/a?b=1', text: 'https://example.com/a?b=1' },
      { kind: 'text', text: ' and ' },
      { kind: 'link', href: 'http://x.org/', text: 'http://x.org' },
      { kind: 'text', text: '.' },
    ])
  })

  it('never links other schemes', () => {
    for (const text of [
      'javascript:alert(1)',
      'data:text/html,<script>',
      'JAVASCRIPT://%0aalert(1)',
      'ftp://example.com',
    ]) {
      expect(linkify(text)).toEqual([{ kind: 'text', text }])
    }
  })

  it('keeps sentence punctuation and unmatched brackets out of the address', () => {
    expect(linkify('(see https://en.wikipedia.org/wiki/Go_(programming_language)).')[1]).toEqual({
      kind: 'link',
      href: 'https://en.wikipedia.org/wiki/Go_(programming_language)',
      text: 'https://en.wikipedia.org/wiki/Go_(programming_language)',
    })
    expect(linkify('"https://example.com/x",')[1]).toMatchObject({ text: 'https://example.com/x' })
  })

  it('stops an address at markup characters', () => {
    expect(linkify('https://a.example/<script>')).toEqual([
      { kind: 'link', href: 'https://a.example/', text: 'https://a.example/' },
      { kind: 'text', text: '<script>' },
    ])
  })
})

describe('commentParagraphs', () => {
  it('splits paragraphs on empty lines and keeps single line breaks', () => {
    expect(commentParagraphs('one\ntwo\n\n\nthree')).toEqual([['one', 'two'], ['three']])
  })
})

describe('memoryRateLimiter', () => {
  it('allows `limit` attempts per window and says when the next one is allowed', async () => {
    let now = 0
    const limiter = memoryRateLimiter({ limit: 2, windowMs: 60_000, now: () => now })
    expect(await limiter.consume('a')).toEqual({ allowed: true, retryAfterSeconds: 0 })
    now = 10_000
    expect((await limiter.consume('a')).allowed).toBe(true)
    now = 20_000
    expect(await limiter.consume('a')).toEqual({ allowed: false, retryAfterSeconds: 40 })
    expect((await limiter.consume('b')).allowed).toBe(true)
    now = 60_001 // the first attempt has left the window
    expect((await limiter.consume('a')).allowed).toBe(true)
  })

  it('forgets idle keys once it holds too many', async () => {
    let now = 0
    const limiter = memoryRateLimiter({ limit: 1, windowMs: 1000, now: () => now, maxKeys: 2 })
    await limiter.consume('a')
    await limiter.consume('b')
    now = 5000
    await limiter.consume('c') // sweeps a and b
    expect((await limiter.consume('a')).allowed).toBe(true)
  })
})

describe('memoryRateLimiter under many distinct addresses', () => {
  it('keeps at most maxKeys keys, forgetting the least recently seen, and still limits the address in use', async () => {
    const limiter = memoryRateLimiter({ limit: 2, windowMs: 60_000, now: () => 1000, maxKeys: 100 })
    await limiter.consume('busy')
    await limiter.consume('busy')
    for (let index = 0; index < 5000; index++) {
      await limiter.consume(`198.18.${index >> 8}.${index & 255}`)
      if (index % 50 === 0) expect((await limiter.consume('busy')).allowed).toBe(false)
    }
    expect(limiter.size()).toBeLessThanOrEqual(100)
    expect((await limiter.consume('busy')).allowed).toBe(false)
  })
})

describe('hashIp', () => {
  it('hashes with the secret, so the address cannot be looked up without it', () => {
    expect(hashIp('198.51.100.7', 'a'.repeat(32))).toMatch(/^[0-9a-f]{32}$/)
    expect(hashIp('198.51.100.7', 'a'.repeat(32))).toBe(hashIp('198.51.100.7', 'a'.repeat(32)))
    expect(hashIp('198.51.100.7', 'a'.repeat(32))).not.toBe(hashIp('198.51.100.7', 'b'.repeat(32)))
  })
})
