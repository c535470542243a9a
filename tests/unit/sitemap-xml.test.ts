import { describe, expect, it } from '@jest/globals'
import {
  numberedSitemapXml,
  rootSitemapXml,
  SITEMAP_URL_LIMIT,
  type SitemapEntry,
  urlsetXml,
} from '@/lib/seo/sitemap-xml'
import { sitemapSchemaErrors } from '../sitemap-schema'

const SITE = 'https://careerpath.example'

/** A generated site: `count` guide URLs, dated one minute apart. */
function generatedEntries(count: number): SitemapEntry[] {
  const start = Date.parse('2026-01-01T00:00:00.000Z')
  return Array.from({ length: count }, (_, i) => ({
    url: `${SITE}/guides/generated-guide-${i}`,
    lastModified: new Date(start + i * 60_000).toISOString(),
    changeFrequency: 'weekly' as const,
    priority: 0.8,
  }))
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)

describe('a site that fits in one sitemap', () => {
  it('serves a valid urlset at /sitemap.xml, escaping what XML needs escaped', async () => {
    const xml = rootSitemapXml([...generatedEntries(3), { url: `${SITE}/search?q=a&b=<c>`, priority: 1 }], SITE)
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    )
    expect(locs(xml)).toHaveLength(4)
    expect(xml).toContain(`<loc>${SITE}/search?q=a&amp;b=&lt;c&gt;</loc>`)
    expect(await sitemapSchemaErrors(xml)).toEqual([])
    expect(numberedSitemapXml(generatedEntries(3), 0)).toBeNull()
  })

  it('is rejected by the schema checker when it is not valid (the check can fail)', async () => {
    const broken = urlsetXml([{ url: 'x', priority: 7 }])
    expect((await sitemapSchemaErrors(broken)).join('\n')).toMatch(/loc|priority/)
  })
})

describe('a site with more than 50,000 URLs', () => {
  const entries = generatedEntries(2 * SITEMAP_URL_LIMIT + 1)

  it('serves an index at /sitemap.xml pointing to numbered sitemaps, each dated by its newest URL', async () => {
    const index = rootSitemapXml(entries, SITE)
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(locs(index)).toEqual([`${SITE}/sitemap/0.xml`, `${SITE}/sitemap/1.xml`, `${SITE}/sitemap/2.xml`])
    const lastmods = [...index.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)].map((m) => m[1])
    expect(lastmods).toEqual([
      entries[SITEMAP_URL_LIMIT - 1]!.lastModified,
      entries[2 * SITEMAP_URL_LIMIT - 1]!.lastModified,
      entries.at(-1)!.lastModified,
    ])
    expect(await sitemapSchemaErrors(index)).toEqual([])
  })

  it('splits every URL into sitemaps of at most 50,000, each valid, none lost or repeated', async () => {
    const pages = [0, 1, 2].map((page) => numberedSitemapXml(entries, page)!)
    expect(pages.map((xml) => locs(xml).length)).toEqual([SITEMAP_URL_LIMIT, SITEMAP_URL_LIMIT, 1])
    expect(new Set(pages.flatMap(locs))).toEqual(new Set(entries.map((entry) => entry.url)))
    expect(await sitemapSchemaErrors(pages[0]!)).toEqual([])
    expect(numberedSitemapXml(entries, 3)).toBeNull()
    expect(numberedSitemapXml(entries, -1)).toBeNull()
  })
})
