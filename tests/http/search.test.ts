import { describe, expect, it } from '@jest/globals'
import { base, get, page, SAMPLE_PATH } from './client'

/** Full-text search for readers: the results page, the JSON endpoint, and whatever they type. */
describe('/search', () => {
  it('finds the sample guide with highlighted words, and is kept out of search engines', async () => {
    const { status, html } = await page('/search?q=back-end+developer+databases')
    expect(status).toBe(200)
    expect(html).toContain(`href="${SAMPLE_PATH}"`)
    expect(html).toMatch(/<mark>[^<]+<\/mark>/)
    expect(html).toMatch(/<meta name="robots" content="noindex, follow"\/>/)
    expect(html).toMatch(/\d+ guides? match/)
  })

  it('has a labelled search form in every page header that works without JavaScript', async () => {
    const { html } = await page(SAMPLE_PATH)
    expect(html).toMatch(
      /<form role="search" aria-label="Site search" class="search-form search-box" action="\/search" method="get">/,
    )
    expect(html).toContain('<label for="site-search" class="visually-hidden">Search career guides</label>')
    // The input a plain form submits, already a combobox for when the script has loaded.
    const input = html.match(/<input[^>]*id="site-search"[^>]*>/)?.[0]
    expect(input).toMatch(/name="q"/)
    expect(input).toMatch(/role="combobox"/)
  })

  it('echoes what was typed as text, never as markup', async () => {
    const { status, html } = await page(`/search?q=${encodeURIComponent('<script>alert(1)</script>')}`)
    expect(status).toBe(200)
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })
})

describe('/api/search', () => {
  it('answers JSON for the search box, with snippets as text parts', async () => {
    const response = await get(`${base()}/api/search?q=kubernetes`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as {
      query: string
      results: { title: string; url: string; snippet: { text: string; marked: boolean }[] }[]
    }
    expect(body.query).toBe('kubernetes')
    expect(body.results.map((r) => r.url)).toContain(SAMPLE_PATH)
    expect(body.results[0]!.snippet.some((part) => part.marked && /kubernetes/i.test(part.text))).toBe(true)
  })

  it.each([
    '',
    '%20',
    'a'.repeat(1000),
    encodeURIComponent(`'&|!():*\\`),
    encodeURIComponent("' OR 1=1 --"),
    encodeURIComponent('Développeur 開発者 🚀'),
    '%00',
    '%5B%5D',
  ])('answers q=%s with 200 and a list', async (q) => {
    const response = await get(`${base()}/api/search?q=${q}`)
    expect(response.status).toBe(200)
    expect(Array.isArray(((await response.json()) as { results: unknown[] }).results)).toBe(true)
    expect((await page(`/search?q=${q}`)).status).toBe(200)
  })
})
