import { describe, expect, it } from '@jest/globals'
import { api, base, editorBrowserHeaders, get, SAMPLE_PATH } from './client'

/** The admin's guide edit view, as an editor opens it (server-rendered before React takes over). */
describe('the guide edit view', () => {
  it('shows the SEO analysis of the guide, with its search-result preview', async () => {
    const { json } = await api<{ docs: { id: number }[] }>(
      'GET',
      `/guides?where[slug][equals]=${SAMPLE_PATH.split('/').pop()}&depth=0`,
    )
    const response = await get(`${base()}/admin/collections/guides/${json.docs[0]!.id}`, {
      headers: await editorBrowserHeaders(),
    })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('SEO analysis')
    expect(html).toContain('aria-label="Search result preview"')
    // The sample's real findings: its meta description promises a salary and a roadmap it does not have.
    expect(html).toMatch(/The meta description promises [^<]*roadmap/) // the seeded salary table keeps its salary promise
  })
})

/** Moderation starts from the comments list, split by status with a count for each. */
describe('the comments list', () => {
  it('links to each status with its count and marks the one shown', async () => {
    const { json: guides } = await api<{ docs: { id: number }[] }>(
      'GET',
      `/guides?where[slug][equals]=${SAMPLE_PATH.split('/').pop()}&depth=0`,
    )
    const created = await api('POST', '/comments', {
      guide: guides.docs[0]!.id,
      authorName: 'Spammer',
      email: 's@example.com',
      body: 'Buy now',
      status: 'spam',
    })
    expect(created.status).toBe(201)
    const { json: spam } = await api<{ totalDocs: number }>('GET', '/comments?where[status][equals]=spam&limit=1')

    const response = await get(`${base()}/admin/collections/comments?where[status][equals]=spam`, {
      headers: await editorBrowserHeaders(),
    })
    expect(response.status).toBe(200)
    const html = (await response.text()).replace(/<!-- -->/g, '')
    const tabs = html.match(/<nav aria-label="Comments by status"[\s\S]*?<\/nav>/)?.[0] ?? 'no status links on the page'
    expect(tabs).toMatch(new RegExp(`<a[^>]*aria-current="page"[^>]*>Spam \\(${spam.totalDocs}\\)</a>`))
    expect(tabs).toMatch(
      /<a[^>]*href="\/admin\/collections\/comments\?where\[status\]\[equals\]=pending"[^>]*>Awaiting moderation \(\d+\)<\/a>/,
    )
  })
})
