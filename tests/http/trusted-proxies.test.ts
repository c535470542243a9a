import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startNextServer, stopProcessGroup, type NextServer } from '@/scripts/lib/server'
import { postWithoutJs, publishedGuide } from './comment-form'

/**
 * A production server exposed directly, with no TRUSTED_PROXIES (the default): whatever a client
 * writes in X-Forwarded-For, X-Real-IP or the header server.ts hands Next the address in, its
 * address is the connection's, so the sign-in, search and comment limits cannot be escaped by
 * changing them. (The suite's own server trusts loopback, as behind nginx: tests/http/security.test.ts.)
 */
let server: NextServer

beforeAll(async () => {
  server = await startNextServer(() => ({
    DATABASE_URL: process.env.TEST_HTTP_DATABASE_URL,
    PAYLOAD_SECRET: process.env.TEST_PAYLOAD_SECRET,
    JOBS_AUTORUN: 'off',
    SQL_STATEMENT_LOG: '',
    TRUSTED_PROXIES: '',
  }))
}, 120_000)

afterAll(async () => {
  if (server) await stopProcessGroup(server.child)
})

let n = 0
/** A different claimed client on every call, in every header a client might try. */
const spoofed = () => {
  n++
  const forwarded = [`198.51.100.${n}`, `, `, `unknown`, `203.0.113.${n}, 127.0.0.1`, `::ffff:198.51.100.${n}`][n % 5]!
  return { 'X-Forwarded-For': forwarded, 'X-Real-IP': `192.0.2.${n}`, 'X-Careerpath-Client-Address': `198.18.0.${n}` }
}

describe('a server without trusted proxies', () => {
  it('counts every sign-in attempt against the connection, whatever the forwarded headers say', async () => {
    const login = () =>
      fetch(`${server.origin}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...spoofed() },
        body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong password' }),
      })
    // Five failures free for one account from one address, then waits (lib/auth/sign-in-throttle.ts);
    // past 10 a minute the address's own limit (proxy.ts) answers too. New headers reset neither.
    for (let i = 0; i < 5; i++) expect((await login()).status).toBe(401)
    for (let i = 0; i < 10; i++) expect((await login()).status).toBe(429)
  })

  it('counts every search against the connection', async () => {
    const search = () => fetch(`${server.origin}/api/search?q=developer`, { headers: spoofed() })
    for (let i = 0; i < 60; i++) expect((await search()).status).toBe(200)
    for (let i = 0; i < 3; i++) expect((await search()).status).toBe(429)
  })

  it('limits comments to 5 a minute from the connection, whatever the forwarded headers say', async () => {
    const guide = await publishedGuide()
    const send = (i: number) =>
      postWithoutJs(
        guide.path,
        { authorName: 'Spoofer', email: 'spoofer@example.com', body: `Comment ${i}` },
        spoofed(),
        server.origin,
      )
    for (let i = 0; i < 5; i++) expect((await send(i)).html).toContain('awaiting moderation')
    for (let i = 5; i < 8; i++)
      expect((await send(i)).html).toMatch(
        /You have sent several comments in the last minute\. Please wait \d+ seconds/,
      )
  })
})
