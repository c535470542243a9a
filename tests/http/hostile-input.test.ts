import { beforeAll, describe, expect, it } from '@jest/globals'
import { SAMPLE_PATH, api, base, editorHeaders, get, page } from './client'

/**
 * Hostile input over HTTP against the running server: every case gets a 4xx with a message or a safe
 * answer, never a 5xx or a stack trace, the server keeps serving, and no data changes.
 */
const STACK_TRACE = /\bat [\w.<>]+ \(|node_modules|\.tsx?:\d+/

async function snapshot() {
  const guides = await api<{ totalDocs: number; docs: { updatedAt: string }[] }>('GET', '/guides?limit=1&sort=-updatedAt&depth=0&draft=true')
  const users = await api<{ totalDocs: number }>('GET', '/users?limit=1&depth=0')
  return { guides: guides.json.totalDocs, newest: guides.json.docs[0]?.updatedAt, users: users.json.totalDocs }
}

let before: Awaited<ReturnType<typeof snapshot>>
beforeAll(async () => {
  before = await snapshot()
})

async function expectSafe(response: Response, allowed: number[] = [200, 400, 401, 403, 404, 405, 413, 415, 429]) {
  const body = await response.text()
  expect({ status: response.status, allowed: allowed.includes(response.status) }).toEqual({ status: response.status, allowed: true })
  expect(body).not.toMatch(STACK_TRACE)
  return body
}

describe('query parameters and where filters', () => {
  const injections = [`' OR '1'='1`, `1; DROP TABLE guides; --`, `"); DELETE FROM users; --`, `%' UNION SELECT email, hash FROM users --`, '\u0000', '\\', `${'a'.repeat(5000)}`]
  it.each(injections)('answers %p in slugs, search and REST filters safely, returning no hidden data', async (value) => {
    const encoded = encodeURIComponent(value)
    await expectSafe(await get(`${base()}/guides/${encoded}`), [404, 308, 307, 400])
    await expectSafe(await get(`${base()}/technologies/${encoded}`), [404, 308, 307, 400])
    await expectSafe(await get(`${base()}/old/${encoded}`), [404, 308, 307, 400])
    await expectSafe(await get(`${base()}/search?q=${encoded}`), [200, 400, 429])
    await expectSafe(await get(`${base()}/api/search?q=${encoded}`), [200, 400, 429])
    const rest = await get(`${base()}/api/guides?where[slug][equals]=${encoded}&depth=0`)
    const body = await expectSafe(rest, [200, 400])
    if (rest.status === 200) expect(JSON.parse(body).docs).toEqual([])
    else expect(JSON.parse(body).errors[0].message).toMatch(/NUL character/)
    await expectSafe(await get(`${base()}/guides?page=${encoded}&technology=${encoded}`), [200, 400, 404])
  })

  it('refuses filters on fields readers may not see, or finds nothing through them', async () => {
    // Anonymous readers filtering on a draft's status or on another collection's secret fields.
    const drafts = await get(`${base()}/api/guides?where[_status][equals]=draft&depth=0`)
    expect(JSON.parse(await expectSafe(drafts, [200, 400])).docs ?? []).toEqual([])
    const emails = await get(`${base()}/api/comments?where[email][like]=%40&depth=0`)
    const found = JSON.parse(await expectSafe(emails, [200, 400, 403]))
    for (const doc of found.docs ?? []) expect(doc).not.toHaveProperty('email')
    const hashes = await get(`${base()}/api/users?where[hash][exists]=true`)
    await expectSafe(hashes, [401, 403])
  })

  it('answers operators that do not exist, and nested garbage, with 4xx or nothing', async () => {
    for (const query of ['where[slug][$ne]=x', 'where[$where]=1', 'where[slug][equals][$gt]=', 'where[or][0][and]=x', 'depth=999999', 'limit=-1', 'page=NaN', 'sort=;drop']) {
      await expectSafe(await get(`${base()}/api/guides?${query}`), [200, 400])
    }
  })
})

describe('request bodies', () => {
  it('refuses malformed JSON, wrong content types and a 10 MB body without storing anything', async () => {
    const headers = await editorHeaders()
    await expectSafe(await get(`${base()}/api/guides`, { method: 'POST', headers, body: '{"title": "Broken' }), [400])
    expect(await expectSafe(await get(`${base()}/api/guides`, { method: 'POST', headers: { ...headers, 'Content-Type': 'text/plain' }, body: 'title=Plain' }), [400, 415])).toContain('Send the document as JSON')
    await expectSafe(await get(`${base()}/api/guides`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/xml' }, body: '<guide/>' }), [400, 415])
    const huge = JSON.stringify({ title: 'Huge', role: 'Huge', slug: 'huge-body', excerpt: 'x'.repeat(10 * 1024 * 1024) })
    await expectSafe(await get(`${base()}/api/guides`, { method: 'POST', headers, body: huge }), [400, 413])
    expect((await api('GET', '/guides?where[slug][equals]=huge-body&depth=0&draft=true')).json).toMatchObject({ totalDocs: 0 })
    await expectSafe(await get(`${base()}/api/guides/import`, { method: 'POST', headers, body: '{' }), [400, 413, 415])
  })

  it('refuses a NUL character in a document with a 400 that says so', async () => {
    const response = await get(`${base()}/api/technologies`, { method: 'POST', headers: await editorHeaders(), body: JSON.stringify({ name: 'Nul\u0000Tech', slug: 'nul-tech', category: 'other' }) })
    expect(await expectSafe(response, [400])).toContain('NUL character')
  })

  it('ignores prototype-pollution keys in JSON bodies', async () => {
    const body = `{"title": "Polluted", "role": "Tester", "slug": "polluted-${Date.now().toString(36)}", "__proto__": {"polluted": true, "roles": ["admin"]}, "constructor": {"prototype": {"polluted": true}}}`
    const response = await get(`${base()}/api/guides`, { method: 'POST', headers: await editorHeaders(), body })
    await expectSafe(response, [201, 400])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    // Signing up as an admin through __proto__ does not work either.
    const signup = await get(`${base()}/api/users`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: `{"email": "proto-${Date.now()}@example.com", "password": "proto-password-123", "__proto__": {"roles": ["admin"]}}` })
    await expectSafe(signup, [400, 401, 403])
  })
})

describe('paths', () => {
  it.each(['/guides/..%2F..%2Fetc%2Fpasswd', '/guides/%2e%2e/%2e%2e/payload.config.ts', '/api/media/file/..%2F..%2F.env', '/api/media/file/..%2Fpayload-secret', '/_next/static/..%2F..%2Fpackage.json', `/guides/${'a'.repeat(3000)}`, '/guides/b%D0%B0ck-end-developer-career-guide'])('answers %s without leaking a file', async (path) => {
    const response = await get(`${base()}${path}`, { redirect: 'manual' })
    const body = await expectSafe(response, [400, 403, 404, 414, 431, 308])
    expect(body).not.toMatch(/PAYLOAD_SECRET|"dependencies"|root:x:0:0/)
  })
})

describe('text that editors and readers write', () => {
  it('renders XSS payloads in a guide as text', async () => {
    const payloadText = `<img src=x onerror=alert(1)><script>alert("xss")</script>"'><svg onload=alert(1)>`
    const slug = `hostile-text-${Date.now().toString(36)}`
    const created = await api('POST', '/guides', {
      title: `Hostile ${payloadText}`,
      role: payloadText,
      slug,
      excerpt: payloadText,
      _status: 'published',
      meta: { title: payloadText, description: payloadText },
      content: [{ blockType: 'plainList', heading: payloadText, headingLevel: '2', items: [{ text: payloadText }] }],
    })
    expect(created.status).toBe(201)
    const { status, html } = await page(`/guides/${slug}`)
    expect(status).toBe(200)
    expect(html).not.toContain('<script>alert("xss")</script>')
    expect(html).not.toMatch(/<img src=x onerror/)
    expect(html).not.toMatch(/<svg onload/)
    expect(html).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;')
  })
})

describe('afterwards', () => {
  it('the server still serves, and nothing was changed by the refused requests', async () => {
    expect((await page(SAMPLE_PATH)).status).toBe(200)
    const after = await snapshot()
    // The two guides the tests above created on purpose (the polluted and the hostile one) are the only new ones.
    expect(after.users).toBe(before.users)
    expect(after.guides).toBeLessThanOrEqual(before.guides + 2)
  })
})
