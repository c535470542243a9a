import { describe, expect, it } from '@jest/globals'
import { memoryRateLimiter } from '@/lib/rate-limit/memory'

describe('memoryRateLimiter', () => {
  it('allows `limit` attempts a window per key, then says how long to wait', async () => {
    let now = 0
    const limiter = memoryRateLimiter({ limit: 2, windowMs: 60_000, now: () => now })
    expect(await limiter.consume('a')).toEqual({ allowed: true, retryAfterSeconds: 0 })
    now = 10_000
    expect((await limiter.consume('a')).allowed).toBe(true)
    expect(await limiter.consume('a')).toEqual({ allowed: false, retryAfterSeconds: 50 })
    expect((await limiter.consume('b')).allowed).toBe(true)
    now = 60_001
    expect((await limiter.consume('a')).allowed).toBe(true)
  })

  it('keeps at most maxKeys addresses even when all of them are still counting, dropping the least recent', async () => {
    const now = 0
    const limiter = memoryRateLimiter({ limit: 1, windowMs: 60_000, now: () => now, maxKeys: 100 })
    await limiter.consume('kept')
    for (let i = 0; i < 10_000; i++) {
      await limiter.consume(`198.18.${i >> 8}.${i & 255}`)
      // The key used most recently stays counted, however many others arrive.
      if (i % 50 === 0) expect((await limiter.consume('kept')).allowed).toBe(false)
    }
    expect(limiter.size()).toBeLessThanOrEqual(100)
    // The newest addresses are still limited.
    expect((await limiter.consume('198.18.39.15')).allowed).toBe(false)
  })

  it('sweeps out keys whose window has passed before dropping counting ones', async () => {
    let now = 0
    const limiter = memoryRateLimiter({ limit: 1, windowMs: 1000, now: () => now, maxKeys: 10 })
    for (let i = 0; i < 10; i++) await limiter.consume(`old-${i}`)
    now = 5000
    await limiter.consume('new-0')
    expect(limiter.size()).toBe(1)
  })
})
