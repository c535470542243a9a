import { evalScript } from '@/lib/rate-limit/redis'
import type { SignInFailures } from './sign-in-failures'

// The memory store's `attempt` (delayAfter, waitFor in sign-in-throttle.ts) as one script, so that
// attempts sent at once to several servers cannot all pass on the same count.
const ATTEMPT = `
local now = tonumber(ARGV[1])
local free = tonumber(ARGV[2])
local base = tonumber(ARGV[3])
local cap = tonumber(ARGV[4])
local forget = tonumber(ARGV[5])
local failures = tonumber(redis.call('HGET', KEYS[1], 'f') or '0')
local last = tonumber(redis.call('HGET', KEYS[1], 'l') or '0')
if now - last >= forget then failures = 0 end
if failures >= free then
  local wait = last + math.min(base * 2 ^ (failures - free), cap) - now
  if wait > 0 then return wait end
end
redis.call('HSET', KEYS[1], 'f', failures + 1, 'l', now)
redis.call('PEXPIRE', KEYS[1], forget)
return 0
`

const FORGIVE = `
if ARGV[1] == '1' or tonumber(redis.call('HGET', KEYS[1], 'f') or '0') <= 1 then
  redis.call('DEL', KEYS[1])
else
  redis.call('HINCRBY', KEYS[1], 'f', -1)
end
return 0
`

/**
 * Failure counts in Redis, shared by every app server. If Redis cannot be reached the attempt goes
 * ahead and `onError` is told, as for the rate limits (lib/rate-limit/redis.ts): the proxy's limit
 * on sign-ins per address still holds.
 */
export function redisSignInFailures(url: string, onError: (error: Error) => void): SignInFailures {
  const key = (name: string) => `careerpath:signin:${name}`
  return {
    async attempt(name, policy, now) {
      try {
        const args = [now, policy.free, policy.baseDelayMs, policy.maxDelayMs, policy.forgetAfterMs].map(String)
        return Number(await evalScript(url, ATTEMPT, [key(name)], args))
      } catch (error) {
        onError(error as Error)
        return 0
      }
    },
    async forgive(name, clear) {
      try {
        await evalScript(url, FORGIVE, [key(name)], [clear ? '1' : '0'])
      } catch (error) {
        onError(error as Error)
      }
    },
  }
}
