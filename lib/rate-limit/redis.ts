import { randomUUID } from 'node:crypto'
import { createClient } from 'redis'
import type { RateLimiter, RateLimitOptions } from './memory'

type RedisClient = ReturnType<typeof createClient>

// One sorted set per key, scored by attempt time: drop what left the window, count, add if allowed.
// One script, so concurrent servers cannot both take the last place.
const SLIDING_WINDOW = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, tonumber(oldest[2]) + window - now}
end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], window)
return {1, 0}
`

const clients = new Map<string, RedisClient>()
/** A client's first connection attempt; later outages fail fast instead (no offline queue). */
const firstConnection = new WeakMap<RedisClient, Promise<unknown>>()

/**
 * One connection per Redis URL for the process. Commands fail at once while it is not connected
 * (no offline queue) and it reconnects in the background, so an outage never holds a request up.
 */
export function redisClient(url: string): RedisClient {
  let client = clients.get(url)
  if (!client) {
    client = createClient({
      url,
      disableOfflineQueue: true,
      socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(50 + retries * 200, 5000) },
    })
    // Errors surface on each command; this only stops an unhandled 'error' event from crashing the server.
    client.on('error', () => {})
    const connecting = client
    // Settles on the first success or failure: while Redis is down, requests wait for one attempt at
    // most, not a timeout each.
    firstConnection.set(
      client,
      new Promise((resolve) => (connecting.once('ready', resolve), connecting.once('error', resolve))),
    )
    client.connect().catch(() => {})
    clients.set(url, client)
  }
  return client
}

export async function closeRedisClients(): Promise<void> {
  const open = [...clients.values()]
  clients.clear()
  for (const client of open) client.destroy()
}

const COMMAND_TIMEOUT_MS = 1000

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>(
    (_, reject) =>
      (timer = setTimeout(
        () => reject(new Error(`no answer from Redis in ${COMMAND_TIMEOUT_MS} ms`)),
        COMMAND_TIMEOUT_MS,
      )),
  )
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/**
 * Runs a Lua script, after the client's first connection attempt if it has not settled yet (the
 * first command may race it), and fails after COMMAND_TIMEOUT_MS rather than hold a request up.
 */
export async function evalScript(url: string, script: string, keys: string[], args: string[]): Promise<unknown> {
  const client = redisClient(url)
  if (!client.isReady) await withTimeout(firstConnection.get(client)!)
  return withTimeout(client.eval(script, { keys, arguments: args }))
}

/**
 * The same limits as the memory limiter, counted in Redis so that every app server shares them.
 * If Redis cannot be reached, the attempt is allowed and `onError` told: an outage of the counter
 * must not lock readers and editors out of the site.
 */
export function redisRateLimiter(
  url: string,
  name: string,
  { limit, windowMs, now = Date.now }: RateLimitOptions,
  onError: (error: Error) => void = () => {},
): RateLimiter {
  return {
    async consume(key) {
      try {
        const [allowed, waitMs] = (await evalScript(
          url,
          SLIDING_WINDOW,
          [`careerpath:ratelimit:${name}:${key}`],
          [String(now()), String(windowMs), String(limit), randomUUID()],
        )) as [number, number]
        return allowed === 1
          ? { allowed: true, retryAfterSeconds: 0 }
          : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) }
      } catch (error) {
        onError(error as Error)
        return { allowed: true, retryAfterSeconds: 0 }
      }
    },
  }
}
