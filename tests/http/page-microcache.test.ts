import { describe, expect, it } from '@jest/globals'
import { api, base, get, SAMPLE_PATH } from './client'

/**
 * The production server keeps a public page it served for PAGE_MICROCACHE_MS (1 s by default, 5 s
 * for the test server) and answers from memory (lib/http/page-microcache.ts): only for anonymous
 * readers, never for Next's own navigation requests, and never past a publish.
 */
const fetchPage = async (path: string, headers: Record<string, string> = {}, method = 'GET') => {
  const response = await get(base() + path, { method, headers, redirect: 'manual' })
  return { status: response.status, headers: response.headers, body: await response.text() }
}

/** Two requests in a row: the second finds the first's page kept. */
async function keptCopy(path: string, headers: Record<string, string> = {}) {
  const first = await fetchPage(path, headers)
  const second = await fetchPage(path, headers)
  return { first, second }
}

describe('the page microcache', () => {
  it("answers a reader's second request from memory with the same page, headers and script policy", async () => {
    const { first, second } = await keptCopy(SAMPLE_PATH)
    expect(second.status).toBe(200)
    expect(second.headers.get('x-page-microcache')).toBe('HIT')
    expect(second.body).toBe(first.body)
    expect(second.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'))
    expect(second.headers.get('cache-control')).toBe(first.headers.get('cache-control'))
    expect(second.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers HEAD without a body and a matching If-None-Match with 304', async () => {
    const etag = (await fetchPage(SAMPLE_PATH)).headers.get('etag')
    expect(etag).toBeTruthy()
    const head = await fetchPage(SAMPLE_PATH, {}, 'HEAD')
    expect([head.status, head.headers.get('x-page-microcache'), head.body]).toEqual([200, 'HIT', ''])
    const revalidated = await fetchPage(SAMPLE_PATH, { 'if-none-match': etag! })
    expect([revalidated.status, revalidated.headers.get('etag'), revalidated.body]).toEqual([304, etag, ''])
  })

  it("leaves cookies, Next's navigation requests and per-request pages to Next", async () => {
    expect(
      (await keptCopy(SAMPLE_PATH, { cookie: 'payload-token=not-a-token' })).second.headers.get('x-page-microcache'),
    ).toBeNull()
    // Next answers it with a redirect (a navigation request must carry Next's own `_rsc` token),
    // not with the page's HTML, which is what a cache ignoring the header would send back.
    const navigation = await keptCopy(SAMPLE_PATH, { rsc: '1' })
    expect(navigation.second.headers.get('x-page-microcache')).toBeNull()
    expect(navigation.second.headers.get('content-type') ?? '').not.toMatch(/text\/html/)
    expect((await keptCopy('/search?q=database')).second.headers.get('x-page-microcache')).toBeNull()
  })

  it('drops a kept page as soon as a publish changes it', async () => {
    const slug = `microcache-${Date.now().toString(36)}`
    const content = (text: string) => [
      { blockType: 'plainList', heading: 'Kept', headingLevel: '2', items: [{ text }] },
    ]
    const created = await api<{ doc: { id: number } }>('POST', '/guides', {
      title: 'Microcache Tester',
      role: 'Cache Tester',
      slug,
      _status: 'published',
      content: content('First version'),
    })
    expect(created.status).toBe(201)
    const { second } = await keptCopy(`/guides/${slug}`)
    expect(second.headers.get('x-page-microcache')).toBe('HIT')
    expect(second.body).toContain('First version')

    const updated = await api('PATCH', `/guides/${created.json.doc.id}`, {
      content: content('Second version'),
      _status: 'published',
    })
    expect(updated.status).toBe(200)
    const afterPublish = await fetchPage(`/guides/${slug}`)
    expect(afterPublish.headers.get('x-page-microcache')).toBeNull()
    expect(afterPublish.body).toContain('Second version')
    expect(afterPublish.body).not.toContain('First version')
  })
})
