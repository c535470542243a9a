import { createHash } from 'node:crypto'
import { env } from '@/lib/config/env'
import { redisSignInFailures } from './sign-in-throttle-redis'
import type { SignInFailures, ThrottlePolicy } from './sign-in-failures'

export type { SignInFailures, ThrottlePolicy }

/**
 * Failed sign-ins slow down the address that makes them, never the account's owner elsewhere.
 * Payload's own lockout (maxLoginAttempts) is off (collections/Users.ts): it locked an account for
 * everyone after 5 wrong passwords from anyone, and answered "locked" only for accounts that exist.
 *
 * Two counts, each with growing delays once its free attempts are spent:
 *  - per account and address: 5 free, then 1 s, 2 s, 4 s … up to 15 minutes between attempts;
 *  - per address, whatever the account (guessing across many accounts): 30 free, then the same.
 * An attempt counts as failed when it starts, and is forgiven when it succeeds, so attempts sent
 * at once are all counted. Unknown accounts are counted like existing ones: the answer (401, or 429
 * with the wait) never tells whether an account exists.
 */

export const ACCOUNT_AND_ADDRESS: ThrottlePolicy = {
  free: 5,
  baseDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
}
export const ADDRESS: ThrottlePolicy = {
  free: 30,
  baseDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
}

export interface FailureCount {
  failures: number
  lastFailureAt: number
}

/** The wait before the next attempt after `failures` failures: none while free, then doubling up to the cap. */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.free) return 0
  return Math.min(policy.baseDelayMs * 2 ** (failures - policy.free), policy.maxDelayMs)
}

/** Milliseconds until `count` allows another attempt (0: now). */
export function waitFor(count: FailureCount | undefined, policy: ThrottlePolicy, now: number): number {
  if (!count || now - count.lastFailureAt >= policy.forgetAfterMs) return 0
  return Math.max(0, count.lastFailureAt + delayAfter(count.failures, policy) - now)
}

/**
 * Counts in this process's memory, at most `maxKeys` of them: past that, the least recently used
 * is dropped (a Map keeps insertion order; each use moves a key to the end).
 */
export function memorySignInFailures({ maxKeys = 10_000 }: { maxKeys?: number } = {}): SignInFailures & {
  size(): number
} {
  const counts = new Map<string, FailureCount>()
  return {
    async attempt(key, policy, now) {
      const count = counts.get(key)
      const wait = waitFor(count, policy, now)
      if (wait > 0) return wait
      const fresh = !count || now - count.lastFailureAt >= policy.forgetAfterMs
      counts.delete(key)
      counts.set(key, { failures: fresh ? 1 : count.failures + 1, lastFailureAt: now })
      while (counts.size > maxKeys) counts.delete(counts.keys().next().value!)
      return 0
    },
    async forgive(key, clear) {
      const count = counts.get(key)
      if (!count) return
      if (clear || count.failures <= 1) counts.delete(key)
      else count.failures -= 1
    },
    size: () => counts.size,
  }
}

function failureStore(): SignInFailures {
  const holder = globalThis as { __careerpathSignInFailures?: SignInFailures }
  if (!holder.__careerpathSignInFailures) {
    const redisUrl = env().REDIS_URL
    holder.__careerpathSignInFailures = redisUrl
      ? redisSignInFailures(redisUrl, (error) =>
          console.error(`Sign-in failures not counted, Redis unavailable: ${error.message}`),
        )
      : memorySignInFailures()
  }
  return holder.__careerpathSignInFailures
}

/** Keys name no email or address in the clear (they may sit in Redis). */
const digest = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32)
const keys = (email: string, address: string) => ({
  accountAndAddress: `a:${digest(email.trim().toLowerCase(), address)}`,
  address: `i:${digest(address)}`,
})

export const tooManyFailuresMessage = (seconds: number) =>
  `Too many failed sign-ins from your network. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and try again, or reset your password.`

/** Before a sign-in: the seconds to wait, or 0 when it may go ahead (it is then counted as failed until it succeeds). */
export async function beginSignIn(
  email: string,
  address: string,
  now = Date.now(),
  store = failureStore(),
): Promise<number> {
  const key = keys(email, address)
  const waitAccount = await store.attempt(key.accountAndAddress, ACCOUNT_AND_ADDRESS, now)
  if (waitAccount > 0) return Math.ceil(waitAccount / 1000)
  const waitAddress = await store.attempt(key.address, ADDRESS, now)
  if (waitAddress > 0) {
    await store.forgive(key.accountAndAddress, false)
    return Math.ceil(waitAddress / 1000)
  }
  return 0
}

/** After a sign-in succeeded: the account's count from this address starts again, the address's loses this attempt. */
export async function signInSucceeded(email: string, address: string, store = failureStore()): Promise<void> {
  const key = keys(email, address)
  await store.forgive(key.accountAndAddress, true)
  await store.forgive(key.address, false)
}
