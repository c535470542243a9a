import { describe, expect, it } from '@jest/globals'
import {
  ACCOUNT_AND_ADDRESS,
  ADDRESS,
  beginSignIn,
  delayAfter,
  memorySignInFailures,
  signInSucceeded,
  waitFor,
} from '@/lib/auth/sign-in-throttle'

describe('delayAfter', () => {
  it('lets the free failures through, then doubles the wait up to the cap', () => {
    expect([0, 4].map((failures) => delayAfter(failures, ACCOUNT_AND_ADDRESS))).toEqual([0, 0])
    expect([5, 6, 7, 10].map((failures) => delayAfter(failures, ACCOUNT_AND_ADDRESS))).toEqual([
      1000, 2000, 4000, 32_000,
    ])
    expect(delayAfter(40, ACCOUNT_AND_ADDRESS)).toBe(15 * 60_000)
    expect(delayAfter(29, ADDRESS)).toBe(0)
  })

  it('forgets a count an hour after its last failure', () => {
    expect(waitFor({ failures: 20, lastFailureAt: 0 }, ACCOUNT_AND_ADDRESS, 60_000)).toBe(15 * 60_000 - 60_000)
    expect(waitFor({ failures: 20, lastFailureAt: 0 }, ACCOUNT_AND_ADDRESS, 60 * 60_000)).toBe(0)
  })
})

describe('beginSignIn', () => {
  const owner = 'owner@example.com'

  it('slows the address guessing an account with growing delays, and not the owner at another address', async () => {
    const store = memorySignInFailures()
    let now = 1_000_000
    for (let i = 0; i < 5; i++) expect(await beginSignIn(owner, '203.0.113.1', now, store)).toBe(0)
    expect(await beginSignIn(owner, '203.0.113.1', now, store)).toBe(1)
    now += 1000
    expect(await beginSignIn(owner, '203.0.113.1', now, store)).toBe(0)
    expect(await beginSignIn(owner, '203.0.113.1', now, store)).toBe(2)
    now += 2000
    expect(await beginSignIn(owner, '203.0.113.1', now, store)).toBe(0)
    expect(await beginSignIn(owner, '203.0.113.1', now, store)).toBe(4)
    // The owner, elsewhere, signs in at once.
    expect(await beginSignIn(owner, '198.51.100.7', now, store)).toBe(0)
  })

  it('waits the same for an account that does not exist: the answer tells nothing', async () => {
    const store = memorySignInFailures()
    const waits = async (email: string) => {
      const seen = []
      for (let i = 0; i < 7; i++) seen.push(await beginSignIn(email, '203.0.113.2', 5_000_000, store))
      return seen
    }
    expect(await waits(owner)).toEqual(await waits('nobody@example.com'))
  })

  it('slows an address trying many accounts once it has spent its 30 free failures', async () => {
    const store = memorySignInFailures()
    for (let i = 0; i < 30; i++) expect(await beginSignIn(`user${i}@example.com`, '203.0.113.3', 0, store)).toBe(0)
    expect(await beginSignIn('user99@example.com', '203.0.113.3', 0, store)).toBe(1)
    // Refused by the address's count: the account's count from there is not charged.
    expect(await beginSignIn('user99@example.com', '203.0.113.4', 0, store)).toBe(0)
  })

  it("starts the account's count again after a sign-in succeeds", async () => {
    const store = memorySignInFailures()
    for (let i = 0; i < 5; i++) await beginSignIn(owner, '203.0.113.5', 0, store)
    expect(await beginSignIn(owner, '203.0.113.5', 0, store)).toBe(1)
    await signInSucceeded(owner, '203.0.113.5', store)
    expect(await beginSignIn(owner, '203.0.113.5', 0, store)).toBe(0)
  })

  it('counts attempts made at once: all but the free ones wait', async () => {
    const store = memorySignInFailures()
    const waits = await Promise.all(Array.from({ length: 8 }, () => beginSignIn(owner, '203.0.113.6', 0, store)))
    expect(waits.filter((wait) => wait === 0)).toHaveLength(5)
  })

  it('keeps at most maxKeys counts, dropping the least recently used', async () => {
    const store = memorySignInFailures({ maxKeys: 50 })
    for (let i = 0; i < 5000; i++) await store.attempt(`k${i}`, ADDRESS, 0)
    expect(store.size()).toBe(50)
  })
})
