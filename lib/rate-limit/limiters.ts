import { env } from '@/lib/config/env'
import { countedByPrimary, primaryRateLimiter } from './cluster'
import { redisRateLimiter } from './redis'
import { memoryRateLimiter, type RateLimiter, type RateLimitOptions } from './memory'

/**
 * One limiter per purpose for the whole process: counted in Redis when `REDIS_URL` is set
 * (lib/rate-limit/redis.ts), so several app servers share one count; else by the primary for all
 * its workers under `npm start` (lib/rate-limit/cluster.ts); in this process's memory otherwise. Next can evaluate a module once per bundle (pages,
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
