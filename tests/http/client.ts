import { randomInt } from 'node:crypto'
/** Talking to the built site under test (see tests/setup/server.ts). */
export const base = () => process.env.TEST_BASE_URL!
export const siteUrl = () => process.env.TEST_SITE_URL!
export const SAMPLE_PATH = '/guides/back-end-developer-career-guide'

/**
 * One retry on a connection-level failure only: under the full suite's load the very first request
 * of a worker has been seen to find its socket closed ("other side closed"); HTTP answers are
 * never retried, so every status and body is the server's first word.
 */
export async function get(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init)
  } catch {
    return fetch(url, init)
  }
}

/** A page as a crawler gets it: redirects are not followed. */
export async function page(path: string) {
  const response = await get(base() + path, { redirect: 'manual' })
  return { status: response.status, headers: response.headers, html: await response.text() }
}

/** Headers that authenticate as the test editor (a JWT, so no CSRF origin check applies). */
export function editorHeaders(): Promise<Record<string, string>> {
  return loginHeaders(process.env.TEST_EDITOR_EMAIL!)
}

/** The first account, an admin (tests/setup/http-fixtures.ts). */
export function adminHeaders(): Promise<Record<string, string>> {
  return loginHeaders('owner@example.com')
}

/** The test author (tests/setup/http-fixtures.ts): writes drafts, publishes nothing. */
export function authorHeaders(): Promise<Record<string, string>> {
  return loginHeaders(`author-${process.env.TEST_EDITOR_EMAIL}`)
}

/**
 * An address per sign-in from the benchmarking range (RFC 2544, 198.18.0.0/15), so the tests' logins
 * never share a rate-limit budget. Random per test file: Jest reloads this module for each file in
 * the same worker, so a counter alone would give every file the same addresses.
 */
let clientNumber = randomInt(0, 65_536)
export const testClientIp = () => {
  clientNumber = (clientNumber + 1) % 65_536
  return `198.18.${clientNumber >> 8}.${clientNumber & 255}`
}

const tokens = new Map<string, Promise<string>>()

/** Signs in once per account and test file (a token lasts 8 hours), as the site's clients do. */
async function loginHeaders(email: string): Promise<Record<string, string>> {
  if (!tokens.has(email)) tokens.set(email, signIn(email))
  const token = await tokens.get(email)!.catch((error: Error) => {
    tokens.delete(email)
    throw error
  })
  return { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
}

async function signIn(email: string): Promise<string> {
  const login = await get(`${base()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': testClientIp() },
    body: JSON.stringify({ email, password: process.env.TEST_EDITOR_PASSWORD }),
  })
  if (login.status !== 200) throw new Error(`login as ${email} failed: ${login.status} ${await login.text()}`)
  return ((await login.json()) as { token: string }).token
}

/** Calls the REST API (as the editor unless other headers are given) and returns the parsed answer. */
export async function api<T = Record<string, unknown>>(
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<{ status: number; json: T }> {
  const response = await get(`${base()}/api${path}`, {
    method,
    headers: headers ?? (await editorHeaders()),
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as T }
}

/**
 * What a browser signed in to the admin sends on a same-site navigation: the session cookie and
 * `Sec-Fetch-Site`, which Payload requires before it trusts a cookie without an Origin header.
 */
export async function editorBrowserHeaders(extraCookies = ''): Promise<Record<string, string>> {
  const token = (await editorHeaders()).Authorization!.replace('JWT ', '')
  return {
    Cookie: [`payload-token=${token}`, extraCookies].filter(Boolean).join('; '),
    'Sec-Fetch-Site': 'same-origin',
  }
}
