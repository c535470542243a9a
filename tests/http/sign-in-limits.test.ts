import { describe, expect, it } from '@jest/globals'
import { rateLimitPolicies } from '@/lib/rate-limit/policy'
import { adminHeaders, api, base, get, testClientIp } from './client'

/**
 * Every way to sign in or touch an account is limited per address, one request is one guess, and
 * failed sign-ins slow down only the address making them (lib/auth/sign-in-throttle.ts): nobody can
 * lock an owner out, and nothing in the answer says whether an account exists.
 */
const PASSWORD = 'sign-in-limits-password-1'
let counter = 0

/** A fresh account of its own per test, so that guesses at it leave the shared accounts alone. */
async function account(): Promise<string> {
  const email = `sign-in-${Date.now().toString(36)}-${++counter}@example.com`
  const created = await api('POST', '/users', { email, password: PASSWORD, roles: ['author'] }, await adminHeaders())
  expect(created.status).toBe(201)
  return email
}

async function restLogin(email: string, password: string, address: string) {
  const response = await get(`${base()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token?: string; errors?: { message: string }[] }
  return { status: response.status, message: body.errors?.[0]?.message, token: body.token }
}

async function graphqlLogin(query: string, address: string) {
  const response = await get(`${base()}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
    body: JSON.stringify({ query }),
  })
  const body = (await response.json()) as {
    data?: { loginUser?: { token: string } | null }
    errors?: { message: string }[]
  }
  return { status: response.status, message: body.errors?.[0]?.message, token: body.data?.loginUser?.token }
}

const loginMutation = (email: string, password: string, alias = '') =>
  `${alias}loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}) { token }`

/** Status and message with the seconds left out: the answers compared, not the waits. */
const shape = ({ status, message }: { status: number; message?: string }) =>
  `${status} ${message?.replace(/\d+ seconds?/, 'N seconds')}`

describe('sign-in limits', () => {
  it('limits GraphQL sign-ins per address like REST, from one budget: 10 a minute in all', async () => {
    const address = testClientIp()
    for (let i = 0; i < 5; i++) expect((await restLogin('nobody@example.com', 'wrong', address)).status).toBe(401)
    for (let i = 0; i < 5; i++) {
      const answer = await graphqlLogin(`mutation { ${loginMutation(`nobody${i}@example.com`, 'wrong')} }`, address)
      expect(answer.message).toBe('The email or password provided is incorrect.')
    }
    const refused = await graphqlLogin(`mutation { ${loginMutation('nobody@example.com', 'wrong')} }`, address)
    expect(refused.status).toBe(429)
    expect(refused.message).toMatch(/^Too many sign-in attempts from your network\. Please wait \d+ seconds/)
    expect((await restLogin('nobody@example.com', 'wrong', address)).status).toBe(429)
  })

  it('refuses a request with several loginUser aliases without making a guess', async () => {
    const email = await account()
    const address = testClientIp()
    const seven = `mutation { ${Array.from({ length: 7 }, (_, i) => loginMutation(email, `guess ${i}`, `l${i}: `)).join(' ')} }`
    // Three times: 21 guesses, had they been made, would have spent the account's free failures from here.
    for (let i = 0; i < 3; i++) {
      const answer = await graphqlLogin(seven, address)
      expect(answer.status).toBe(400)
      expect(answer.message).toMatch(/one sign-in or account mutation/)
    }
    const owner = await graphqlLogin(`mutation { ${loginMutation(email, PASSWORD)} }`, address)
    expect(owner.token).toEqual(expect.any(String))
  })

  // After the 5 free failures the next attempt waits 1 s, then 2 s, 4 s…: of a few sent at once, at
  // most one can start (if a second has passed), whatever the machine's speed.
  const burst = (login: string, address: string) =>
    Promise.all(Array.from({ length: 4 }, (_, i) => restLogin(login, `wrong again ${i}`, address)))
  const INCORRECT = '401 The email or password provided is incorrect.'
  const THROTTLED =
    '429 Too many failed sign-ins from your network. Please wait N seconds and try again, or reset your password.'

  it('lets the owner sign in from another address after many failures from one', async () => {
    const email = await account()
    const attacker = testClientIp()
    for (let i = 0; i < 5; i++) expect(shape(await restLogin(email, `wrong ${i}`, attacker))).toBe(INCORRECT)
    const throttled = (await burst(email, attacker)).map(shape)
    expect(throttled.filter((answer) => answer === THROTTLED).length).toBeGreaterThanOrEqual(3)
    // The owner, elsewhere, signs in at once, over REST and GraphQL (with Payload's lockout, the account was locked for everyone).
    expect((await restLogin(email, PASSWORD, testClientIp())).status).toBe(200)
    expect((await graphqlLogin(`mutation { ${loginMutation(email, PASSWORD)} }`, testClientIp())).token).toEqual(
      expect.any(String),
    )
  })

  it('answers an unknown account exactly like an existing one, wrong password after wrong password', async () => {
    const email = await account()
    const answersFor = async (login: string) => {
      const address = testClientIp()
      const seen = []
      for (let i = 0; i < 5; i++) seen.push(shape(await restLogin(login, 'wrong password', address)))
      return [...seen, ...(await burst(login, address)).map(shape)]
    }
    for (const answers of [await answersFor(email), await answersFor(`unknown-${email}`)]) {
      expect(answers.slice(0, 5)).toEqual(Array(5).fill(INCORRECT))
      // Never "This user is locked", which only an existing account could get.
      for (const answer of answers.slice(5)) expect([INCORRECT, THROTTLED]).toContain(answer)
      expect(answers.slice(5).filter((answer) => answer === THROTTLED).length).toBeGreaterThanOrEqual(3)
    }
  })

  const accountEndpoints = rateLimitPolicies.filter((policy) =>
    ['forgot-password', 'reset-password', 'first-register', 'unlock', 'refresh-token'].includes(policy.name),
  )
  it.each(accountEndpoints.map((policy) => [policy.name, policy] as const))(
    'limits /api/users/%s per address',
    async (name, policy) => {
      const address = testClientIp()
      const send = () =>
        get(`${base()}/api/users/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
          body: JSON.stringify({ email: 'nobody@example.com', password: 'x', token: 'not-a-token' }),
        })
      for (let i = 0; i < policy.limit; i++) expect((await send()).status).not.toBe(429)
      const refused = await send()
      expect(refused.status).toBe(429)
      expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
        /^Too many .* from your network\. Please wait \d+ seconds/,
      )
    },
  )

  it('limits GraphQL password resets from the same budget as REST', async () => {
    const address = testClientIp()
    const forgot = () => graphqlLogin('mutation { forgotPasswordUser(email: "nobody@example.com") }', address)
    for (let i = 0; i < 5; i++) expect((await forgot()).status).toBe(200)
    expect((await forgot()).status).toBe(429)
  })
})
