import { afterAll, describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import { redisSignInFailures } from '@/lib/auth/sign-in-throttle-redis'
import { closeRedisClients, redisRateLimiter } from '@/lib/rate-limit/redis'

/**
 * Against a real Redis: TEST_REDIS_URL (CI starts one on 127.0.0.1:6379). On a machine without
 * Redis these tests are skipped, and say so; the memory limiter is tested in tests/unit.
 */
const url = process.env.TEST_REDIS_URL
const describeWithRedis = url ? describe : describe.skip
if (!url) console.warn('TEST_REDIS_URL is not set: the Redis rate-limit tests are skipped')

afterAll(() => closeRedisClients())

describeWithRedis('redisRateLimiter', () => {
  it('shares one count between limiters, as two app servers would', async () => {
    const name = `test-${randomUUID()}`
    const serverA = redisRateLimiter(url!, name, { limit: 3, windowMs: 60_000 })
    const serverB = redisRateLimiter(url!, name, { limit: 3, windowMs: 60_000 })
    expect((await serverA.consume('198.51.100.1')).allowed).toBe(true)
    expect((await serverB.consume('198.51.100.1')).allowed).toBe(true)
    expect((await serverA.consume('198.51.100.1')).allowed).toBe(true)
    const refused = await serverB.consume('198.51.100.1')
    expect(refused.allowed).toBe(false)
    expect(refused.retryAfterSeconds).toBeGreaterThan(55)
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60)
    expect((await serverB.consume('198.51.100.2')).allowed).toBe(true)
  })

  it('lets no more than the limit through when many requests arrive at once', async () => {
    const limiter = redisRateLimiter(url!, `test-${randomUUID()}`, { limit: 5, windowMs: 60_000 })
    const results = await Promise.all(Array.from({ length: 40 }, () => limiter.consume('burst')))
    expect(results.filter((result) => result.allowed)).toHaveLength(5)
  })

  it('allows again once the window has passed', async () => {
    const limiter = redisRateLimiter(url!, `test-${randomUUID()}`, { limit: 1, windowMs: 300 })
    expect((await limiter.consume('k')).allowed).toBe(true)
    expect((await limiter.consume('k')).allowed).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 350))
    expect((await limiter.consume('k')).allowed).toBe(true)
  })
})

describe('redisRateLimiter without a reachable Redis', () => {
  it('allows the attempt and reports the error, so an outage locks nobody out', async () => {
    const errors: string[] = []
    const limiter = redisRateLimiter(
      'redis://127.0.0.1:1',
      `test-${randomUUID()}`,
      { limit: 1, windowMs: 60_000 },
      (error) => errors.push(error.message),
    )
    await expect(limiter.consume('k')).resolves.toEqual({ allowed: true, retryAfterSeconds: 0 })
    expect(errors.length).toBe(1)
  })
})

describeWithRedis('redisSignInFailures', () => {
  const policy = { free: 2, baseDelayMs: 1000, maxDelayMs: 4000, forgetAfterMs: 60_000 }

  it('counts like the memory store: free failures, then doubling waits up to the cap, shared by servers', async () => {
    const key = `test-${randomUUID()}`
    const serverA = redisSignInFailures(url!, () => {})
    const serverB = redisSignInFailures(url!, () => {})
    expect(await serverA.attempt(key, policy, 0)).toBe(0)
    expect(await serverB.attempt(key, policy, 0)).toBe(0)
    expect(await serverA.attempt(key, policy, 500)).toBe(500)
    expect(await serverB.attempt(key, policy, 1000)).toBe(0)
    expect(await serverA.attempt(key, policy, 1000)).toBe(2000)
    expect(await serverA.attempt(key, policy, 3000)).toBe(0)
    expect(await serverA.attempt(key, policy, 3000)).toBe(4000)
    // Forgotten a while after the last failure.
    expect(await serverA.attempt(key, policy, 3000 + 60_000)).toBe(0)
  })

  it('lets only the free attempts through when many arrive at once, and forgives on success', async () => {
    const key = `test-${randomUUID()}`
    const store = redisSignInFailures(url!, () => {})
    const waits = await Promise.all(Array.from({ length: 20 }, () => store.attempt(key, policy, 0)))
    expect(waits.filter((wait) => wait === 0)).toHaveLength(2)
    await store.forgive(key, true)
    expect(await store.attempt(key, policy, 0)).toBe(0)
  })
})
