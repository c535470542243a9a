/** Sliding-window rate limits for public writes, logins and search, counted in this process's memory. */
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
