import { env } from './env'
import { countedByPrimary, primaryRateLimiter } from './rate-limit-cluster'
import { redisRateLimiter } from './rate-limit-redis'

/**
 * Sliding-window rate limits for public writes, logins and search. Counted in Redis when
 * `REDIS_URL` is set (lib/rate-limit-redis.ts), so several app servers share one count; else by
 * the primary for all its workers under `npm start` (lib/rate-limit-cluster.ts); in this process's
 * memory otherwise.
 */
export interface RateLimitResult {
  allowed: boolean
  /** Whole seconds until the next attempt is allowed (0 when allowed). */
  retryAfterSeconds: number
}

export interface RateLimiter {
  consume(key: string): Promise<RateLimitResult>
}

export interface RateLimitOptions {
  limit: number
  windowMs: number
  now?: () => number
  /**
   * Above this many keys, those with no attempt left in the window are swept out; if all are still
   * counting (many addresses at once), the least recently used go, so memory stays bounded.
   */
  maxKeys?: number
}

export function memoryRateLimiter({
  limit,
  windowMs,
  now = Date.now,
  maxKeys = 10_000,
}: RateLimitOptions): RateLimiter & { size(): number } {
  const attempts = new Map<string, number[]>()
  const recent = (key: string, at: number) => (attempts.get(key) ?? []).filter((time) => time > at - windowMs)

  let lastSweep = -Infinity
  function sweep(at: number) {
    // Expired keys at most once a window: a sweep reads every key.
    if (at - lastSweep >= windowMs) {
      lastSweep = at
      for (const key of attempts.keys()) {
        if (recent(key, at).length === 0) attempts.delete(key)
      }
    }
    // A Map iterates in insertion order and every attempt re-inserts its key: the first are the least recent.
    for (const key of attempts.keys()) {
      if (attempts.size <= maxKeys) break
      attempts.delete(key)
    }
  }

  function store(key: string, times: number[]) {
    attempts.delete(key)
    attempts.set(key, times)
  }

  return {
    async consume(key) {
      const at = now()
      const times = recent(key, at)
      if (times.length >= limit) {
        store(key, times)
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((times[0]! + windowMs - at) / 1000)) }
      }
      times.push(at)
      store(key, times)
      if (attempts.size > maxKeys) sweep(at)
      return { allowed: true, retryAfterSeconds: 0 }
    },
    size: () => attempts.size,
  }
}

/**
 * One limiter per purpose for the whole process. Next can evaluate a module once per bundle (pages,
 * route handlers, server actions), so the instances live on `globalThis`.
 */
export function sharedRateLimiter(name: string, options: RateLimitOptions): RateLimiter {
  const registry = ((globalThis as { __careerpathRateLimiters?: Map<string, RateLimiter> }).__careerpathRateLimiters ??=
    new Map())
  let limiter = registry.get(name)
  if (!limiter) {
    const redisUrl = env().REDIS_URL
    limiter = redisUrl
      ? redisRateLimiter(redisUrl, name, options, (error) =>
          console.error(`Rate limit "${name}" not counted, Redis unavailable: ${error.message}`),
        )
      : countedByPrimary()
        ? primaryRateLimiter(name, options, (error) =>
            console.error(`Rate limit "${name}" counted in this worker only: ${error.message}`),
          )
        : memoryRateLimiter(options)
    registry.set(name, limiter)
  }
  return limiter
}
