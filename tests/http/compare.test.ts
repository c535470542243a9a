import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { javaAvailable, vnuErrors } from '@/scripts/lib/vnu'
import { api, base, get, page, siteUrl } from './client'
import {
  DISSIMILAR_PAIR_PATH,
  DISSIMILAR_SLUG,
  SAMPLE_SLUG,
  SIMILAR_PAIR_PATH,
  SIMILAR_SLUG,
  createComparisonGuides,
  deleteComparisonGuides,
} from '../support/comparison-guides'

/**
 * Comparison pages, /compare/<a>-vs-<b>: the sample against a Data Engineer guide that shares much of
 * it and a Landscape Gardener guide that shares two skills (tests/support/comparison-guides.ts).
 */
const NOINDEX = /<meta name="robots" content="noindex, follow"\/>/
const inSitemap = async (path: string) => (await page('/sitemap.xml')).html.includes(`<loc>${siteUrl()}${path}</loc>`)

beforeAll(() => {
  createComparisonGuides()
}, 120_000)

afterAll(() => {
  deleteComparisonGuides()
}, 120_000)

describe('a comparison of two guides that share much', () => {
  it('shows both, their quick facts and salaries side by side, and what they share', async () => {
    const { status, html } = await page(SIMILAR_PAIR_PATH)
    expect(status).toBe(200)
    expect(html).toMatch(/<h1>Back-End Developer vs Data Engineer<\/h1>/)
    expect(html).toContain('<caption>Quick facts: Back-End Developer vs Data Engineer</caption>')
    expect(html).toContain('<th scope="row">Median pay</th>')
    expect(html).toContain('$125,000 per year (United States)')
    expect(html).toContain('Source: US BLS, 2025')
    // Salaries by region and level, in the row's locale (₹ in India's grouping).
    expect(html).toContain('<th scope="row">United States · Mid level</th>')
    expect(html).toContain('₹6,00,000 – ₹20,00,000 per year')
    // Shared technologies in the "Both" list, linked to their pages; the Data Engineer's own in its list.
    // (The technologies' lists come before the skills'.)
    const both = html.slice(html.indexOf('compare-taxonomy__list--shared'), html.indexOf('compare-taxonomy__list--a'))
    expect(both).toContain('href="/technologies/postgresql"')
    expect(both).toContain('href="/technologies/kubernetes"')
    expect(both).not.toContain('href="/technologies/php"')
    const onlyDataEngineer = html.slice(html.indexOf('compare-taxonomy__list--b'))
    expect(onlyDataEngineer).toContain('href="/technologies/apache-spark"')
    // Both guides linked; indexed, under its canonical URL, with its structured data and card.
    expect(html).toContain(`href="/guides/${SAMPLE_SLUG}"`)
    expect(html).toContain(`href="/guides/${SIMILAR_SLUG}"`)
    expect(html).toContain(`<link rel="canonical" href="${siteUrl()}${SIMILAR_PAIR_PATH}"/>`)
    expect(html).not.toMatch(/<meta name="robots"/)
    expect(html).toContain('"@type":"WebPage"')
    expect(html).toContain('"@type":"BreadcrumbList"')
    const card = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1]
    expect(card).toBeDefined()
    const image = await get(card!.replace(siteUrl(), base()))
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/png')
  })

  it('is in the sitemap and linked from both guides’ "Compare with"', async () => {
    expect(await inSitemap(SIMILAR_PAIR_PATH)).toBe(true)
    for (const slug of [SAMPLE_SLUG, SIMILAR_SLUG]) {
      const { html } = await page(`/guides/${slug}`)
      expect(html).toContain('>Compare with</h2>')
      expect(html).toContain(`href="${SIMILAR_PAIR_PATH}"`)
      expect(html).not.toContain(`href="${DISSIMILAR_PAIR_PATH}"`)
    }
  })

  it('answers the other order with a permanent redirect to the canonical one', async () => {
    const reversed = `/compare/${SIMILAR_SLUG}-vs-${SAMPLE_SLUG}`
    const { status, headers } = await page(reversed)
    expect([301, 308]).toContain(status)
    // The first, uncached render repeats the Location header (vercel/next.js#82117, as in redirects.test.ts).
    const locations = new Set((headers.get('location') ?? '').split(', ').map((l) => new URL(l, base()).pathname))
    expect([...locations]).toEqual([SIMILAR_PAIR_PATH])
    const cached = await page(reversed)
    expect(cached.status).toBe(status)
    expect(new URL(cached.headers.get('location')!, base()).pathname).toBe(SIMILAR_PAIR_PATH)
  })

  it('shows a change to either guide, written from another process or through the API', async () => {
    const { json } = await api<{ docs: { id: number }[] }>(
      'GET',
      `/guides?where[slug][equals]=${SIMILAR_SLUG}&depth=0&select[id]=true`,
    )
    const changed = await api('PATCH', `/guides/${json.docs[0]!.id}`, {
      quickFacts: { experience: 'Three to five years' },
    })
    expect(changed.status).toBe(200)
    expect((await page(SIMILAR_PAIR_PATH)).html).toContain('Three to five years')
  })
})

describe('a comparison of two guides that share little', () => {
  it('is served but noindex, out of the sitemap and not linked from the guides', async () => {
    const { status, html } = await page(DISSIMILAR_PAIR_PATH)
    expect(status).toBe(200)
    expect(html).toMatch(/<h1>Back-End Developer vs Landscape Gardener<\/h1>/)
    expect(html).toMatch(NOINDEX)
    expect(await inSitemap(DISSIMILAR_PAIR_PATH)).toBe(false)
    expect((await page(`/guides/${DISSIMILAR_SLUG}`)).html).not.toContain('>Compare with</h2>')
  })
})

describe('addresses that are not a comparison', () => {
  it.each([
    ['an unknown guide', `/compare/${SAMPLE_SLUG}-vs-no-such-guide`],
    ['a guide with itself', `/compare/${SAMPLE_SLUG}-vs-${SAMPLE_SLUG}`],
    ['an unpublished draft', `/compare/${SAMPLE_SLUG}-vs-${process.env.TEST_DRAFT_SLUG}`],
    ['no second slug', '/compare/a-vs-'],
    ['no slugs', '/compare/-vs-'],
    ['no separator', `/compare/${SAMPLE_SLUG}`],
    ['2,000 characters', `/compare/${'a-vs-b'.repeat(334)}`],
    ['NUL', `/compare/${SAMPLE_SLUG}-vs-${SIMILAR_SLUG}%00`],
    ['SQL', `/compare/${encodeURIComponent(`${SAMPLE_SLUG}-vs-x' OR '1'='1`)}`],
    ['SQL after a slug', `/compare/${SAMPLE_SLUG}-vs-${encodeURIComponent('x;DROP TABLE guides;--')}`],
    ['capitals', `/compare/${SAMPLE_SLUG.toUpperCase()}-VS-${SIMILAR_SLUG}`],
  ])('%s is the site’s 404', async (_, path) => {
    const { status, html } = await page(path)
    expect(status).toBe(404)
    expect(html).toContain('<meta name="robots" content="noindex"/>')
  })
})

// The W3C Nu checker where Java is installed (CI installs it for `npm run validate:html`, whose seeded
// site has no second guide to compare with); a machine with Node alone skips it.
;(javaAvailable() ? describe : describe.skip)('the W3C Nu HTML Checker', () => {
  it('finds no error on a comparison page, a noindex one, or the compared guide', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'compare-vnu-'))
    try {
      const files: string[] = []
      for (const pagePath of [SIMILAR_PAIR_PATH, DISSIMILAR_PAIR_PATH, `/guides/${SIMILAR_SLUG}`]) {
        const { status, html } = await page(pagePath)
        expect(status).toBe(200)
        const file = path.join(folder, `${files.length}.html`)
        fs.writeFileSync(file, html)
        files.push(file)
      }
      expect((await vnuErrors(files)).map((error) => `${error.url}: ${error.message}`)).toEqual([])
    } finally {
      fs.rmSync(folder, { recursive: true, force: true })
    }
  }, 120_000)
})
