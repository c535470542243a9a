import { describe, expect, it } from '@jest/globals'
import { base, get, testClientIp } from './client'

/**
 * A wrong password takes as long to refuse for an email with no account as for one with an
 * account (lib/auth/equal-time-sign-in.ts): the time no longer tells who has an account. Medians of
 * alternating attempts, each from its own address, so that neither the throttle nor the machine's
 * load favours one side; the hash is about 300 ms, a database lookup a few.
 */
async function timeToRefuse(email: string): Promise<number> {
  const started = performance.now()
  const response = await get(`${base()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': testClientIp() },
    body: JSON.stringify({ email, password: 'not the password at all' }),
  })
  expect(response.status).toBe(401)
  expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
    'The email or password provided is incorrect.',
  )
  return performance.now() - started
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

describe('a wrong password', () => {
  it('is refused in the same time whether or not the email has an account', async () => {
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 5; i++) {
      known.push(await timeToRefuse(process.env.TEST_EDITOR_EMAIL!))
      unknown.push(await timeToRefuse(`nobody-${i}-${Date.now()}@example.com`))
    }
    const ratio = median(unknown) / median(known)
    expect(ratio).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
  }, 60_000)
})
