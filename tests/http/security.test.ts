import { describe, expect, it } from '@jest/globals'
import { contentSecurityPolicy, foreignInlineScripts, frameworkScriptHashes } from '@/lib/http/csp'
import { base, editorBrowserHeaders, get, page, SAMPLE_PATH } from './client'

const expectedHeaders = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': expect.stringContaining('camera=()'),
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'SAMEORIGIN',
}
const headersOf = (response: Response) =>
  Object.fromEntries(Object.keys(expectedHeaders).map((name) => [name, response.headers.get(name)]))
const directive = (policy: string, name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `))

describe('security headers', () => {
  it.each(['/', SAMPLE_PATH, '/admin/login', '/technologies/postgresql', '/no-such-page'])(
    'are sent with the HTML page %s, cached or not, whose policy names each of its inline scripts by hash',
    async (path) => {
      for (let request = 0; request < 2; request++) {
        // The second request gets the page's cached answer, where there is one.
        const response = await get(base() + path, { redirect: 'manual' })
        const html = await response.text()
        expect(headersOf(response)).toEqual(expectedHeaders)
        const policy = response.headers.get('content-security-policy')!
        const hashes = frameworkScriptHashes(html)
        expect(hashes.length).toBeGreaterThan(0)
        // Every inline script the real page has is one the framework wrote, so none is blocked.
        expect(foreignInlineScripts(html)).toEqual([])
        expect(policy).toBe(contentSecurityPolicy({ hashes }))
        expect(directive(policy, 'script-src')).toBe(
          `script-src 'self' ${hashes.map((hash) => `'sha256-${hash}'`).join(' ')}`,
        )
        expect(policy).not.toMatch(/unsafe-eval/)
        for (const required of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'self'", "default-src 'self'"])
          expect(policy).toContain(required)
      }
    },
  )

  it.each(['/api/guides?limit=1', '/sitemap.xml', '/robots.txt'])(
    'are sent with %s, with the fallback policy (no HTML, no scripts)',
    async (path) => {
      const response = await get(base() + path)
      expect(headersOf(response)).toEqual(expectedHeaders)
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy('fallback'))
    },
  )

  it('compresses pages after hashing them', async () => {
    const response = await get(base() + SAMPLE_PATH, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    // fetch has decoded it: the hashes match the decoded page.
    expect(response.headers.get('content-security-policy')).toBe(
      contentSecurityPolicy({ hashes: frameworkScriptHashes(await response.text()) }),
    )
  })

  it('keeps the guide page cached', async () => {
    await page(SAMPLE_PATH)
    expect((await page(SAMPLE_PATH)).headers.get('x-nextjs-cache')).toBe('HIT')
  })
})

describe('rate limits', () => {
  // Another account each time: after 5 failures for one account from one address, that pair waits
  // (lib/auth/sign-in-throttle.ts, tests/http/sign-in-limits.test.ts); this is the address's own limit.
  let attempt = 0
  const login = (ip: string) =>
    get(`${base()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip },
      body: JSON.stringify({ email: `nobody-${++attempt}@example.com`, password: 'wrong password' }),
    })

  it('allows 10 sign-in attempts a minute from one address, then answers 429 with Retry-After', async () => {
    const ip = '198.51.100.50'
    for (let i = 0; i < 10; i++) expect((await login(ip)).status).toBe(401)
    const refused = await login(ip)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60)
    expect(await refused.json()).toEqual({
      errors: [
        {
          message: expect.stringMatching(
            /^Too many sign-in attempts from your network\. Please wait \d+ seconds and try again\.$/,
          ),
        },
      ],
    })
    // Another address is not affected.
    expect((await login('198.51.100.51')).status).toBe(401)
  })

  it('allows 60 searches a minute from one address, then answers 429 with Retry-After', async () => {
    const search = (ip: string) => get(`${base()}/api/search?q=developer`, { headers: { 'X-Forwarded-For': ip } })
    const ip = '198.51.100.60'
    const statuses = []
    for (let i = 0; i < 60; i++) statuses.push((await search(ip)).status)
    expect(new Set(statuses)).toEqual(new Set([200]))
    const refused = await search(ip)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /Too many searches/,
    )
    // The search page shares the budget, and tells a browser in words.
    const searchPage = await get(`${base()}/search?q=developer`, {
      headers: { 'X-Forwarded-For': ip, Accept: 'text/html' },
    })
    expect(searchPage.status).toBe(429)
    expect(await searchPage.text()).toMatch(
      /^Too many searches in a minute\. Please wait \d+ seconds and search again\.$/,
    )
    expect((await search('198.51.100.61')).status).toBe(200)
  })
})

describe('Payload hardening', () => {
  const graphql = (query: string, headers: Record<string, string> = {}) =>
    get(`${base()}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    })

  it('answers no introspection query in production', async () => {
    const response = await graphql('{ __schema { types { name } } }')
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] }
    expect(body.data).toBeUndefined()
    expect(body.errors?.[0]?.message).toMatch(/introspection/i)
  })

  it('refuses a query over the limits with 400, and still answers a plain one', async () => {
    // 100 aliased lists: over the top-level field limit (lib/graphql/cost.ts; tests/http/graphql-limits.test.ts has the rest).
    const fields = Array.from({ length: 100 }, (_, i) => `g${i}: Guides(limit: 1) { docs { title slug } }`).join(' ')
    const response = await graphql(`{ ${fields} }`)
    expect(response.status).toBe(400)
    const heavy = (await response.json()) as { data?: unknown; errors?: { message: string }[] }
    expect(heavy.errors?.map((error) => error.message)).toContainEqual(
      expect.stringMatching(/more than 10 top-level fields/),
    )
    const plain = (await (await graphql('{ Guides(limit: 1) { docs { title } } }')).json()) as {
      data: { Guides: { docs: unknown[] } }
    }
    expect(plain.data.Guides.docs).toHaveLength(1)
  })

  it('ignores a session cookie sent from another site, and grants it no CORS', async () => {
    const cookie = { Cookie: (await editorBrowserHeaders()).Cookie! }
    const fromSite = await get(`${base()}/api/users/me`, { headers: { ...cookie, 'Sec-Fetch-Site': 'same-origin' } })
    expect(((await fromSite.json()) as { user: unknown }).user).not.toBeNull()
    const fromElsewhere = await get(`${base()}/api/users/me`, {
      headers: { ...cookie, Origin: 'https://evil.example' },
    })
    expect(((await fromElsewhere.json()) as { user: unknown }).user).toBeNull()
    expect(fromElsewhere.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await get(`${base()}/api/guides`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'PATCH' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
  })
})
