import { describe, expect, it } from '@jest/globals'
import {
  SITEMAP_FILE_URLS,
  SITEMAP_URL_LIMIT,
  sitemapFileCount,
  sitemapIndexXml,
  sitemapLayout,
  sitemapSlices,
  type SitemapCounts,
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

describe('sitemap XML', () => {
  it('is a valid urlset, escaping what XML needs escaped', async () => {
    const xml = urlsetXml([...generatedEntries(3), { url: `${SITE}/search?q=a&b=<c>`, priority: 1 }])
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    )
    expect(locs(xml)).toHaveLength(4)
    expect(xml).toContain(`<loc>${SITE}/search?q=a&amp;b=&lt;c&gt;</loc>`)
    expect(await sitemapSchemaErrors(xml)).toEqual([])
  })

  it('is rejected by the schema checker when it is not valid (the check can fail)', async () => {
    const broken = urlsetXml([{ url: 'x', priority: 7 }])
    expect((await sitemapSchemaErrors(broken)).join('\n')).toMatch(/loc|priority/)
  })

  it('makes a valid index, and a full file stays within the protocol', async () => {
    const index = sitemapIndexXml([
      { loc: `${SITE}/sitemap/0.xml`, lastmod: '2026-01-01T00:00:00.000Z' },
      { loc: `${SITE}/sitemap/1.xml` },
    ])
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(await sitemapSchemaErrors(index)).toEqual([])
    expect(SITEMAP_FILE_URLS).toBeLessThanOrEqual(SITEMAP_URL_LIMIT)
    const full = urlsetXml(generatedEntries(SITEMAP_FILE_URLS))
    expect(await sitemapSchemaErrors(full)).toEqual([])
    expect(full.length).toBeLessThan(50 * 1024 * 1024)
  })
})

const counts = (guides: number, rest: Partial<SitemapCounts> = {}): SitemapCounts => ({
  lists: 3,
  guides,
  technologies: 39,
  skills: 8,
  people: 2,
  ...rest,
})

describe('splitting the sitemap into files', () => {
  it('keeps one file (served at /sitemap.xml) while everything fits', () => {
    expect(sitemapFileCount(counts(0))).toBe(1)
    expect(sitemapFileCount(counts(SITEMAP_FILE_URLS - 52))).toBe(1)
    expect(sitemapFileCount(counts(SITEMAP_FILE_URLS - 51))).toBe(2)
    expect(sitemapSlices(counts(5), 0)).toEqual([
      { segment: 'lists', offset: 0, limit: 3 },
      { segment: 'guides', offset: 0, limit: 5 },
      { segment: 'technologies', offset: 0, limit: 39 },
      { segment: 'skills', offset: 0, limit: 8 },
      { segment: 'people', offset: 0, limit: 2 },
    ])
  })

  it('gives 100,000 guides files of at most the file size, every URL in exactly one, none past the end', () => {
    const site = counts(100_000)
    const files = sitemapFileCount(site)
    expect(files).toBe(Math.ceil((3 + 100_000 + 39 + 8 + 2) / SITEMAP_FILE_URLS))
    const slices = Array.from({ length: files }, (_, file) => sitemapSlices(site, file))
    for (const file of slices)
      expect(file.reduce((sum, slice) => sum + slice.limit, 0)).toBeLessThanOrEqual(SITEMAP_FILE_URLS)
    // Each segment's slices follow one another from 0 to its count.
    for (const segment of ['lists', 'guides', 'technologies', 'skills', 'people'] as const) {
      let next = 0
      for (const slice of slices.flat().filter((s) => s.segment === segment)) {
        expect(slice.offset).toBe(next)
        next += slice.limit
      }
      expect(next).toBe(site[segment])
    }
    expect(slices[1]).toEqual([{ segment: 'guides', offset: SITEMAP_FILE_URLS - 3, limit: SITEMAP_FILE_URLS }])
    expect(sitemapSlices(site, files)).toEqual([])
    // With a small file size, a file spans the end of the guides and the start of the rest.
    expect(sitemapSlices(counts(10), 1, 10)).toEqual([
      { segment: 'guides', offset: 7, limit: 3 },
      { segment: 'technologies', offset: 0, limit: 7 },
    ])
  })
})

describe('where the comparison pages go', () => {
  it('stay in /sitemap.xml while every URL, comparisons at their most, fits in one file', () => {
    const site = counts(100)
    expect(sitemapLayout(site, { files: 1, atMost: 300 })).toEqual({ segmentFiles: 1, files: 1, inline: true })
    // 3 + 100 + 39 + 8 + 2 URLs and up to 9,850 comparisons: one more than a file holds.
    expect(sitemapLayout(site, { files: 1, atMost: SITEMAP_FILE_URLS - 151 })).toEqual({
      segmentFiles: 1,
      files: 2,
      inline: false,
    })
  })

  it('get files of their own after the others on a large site', () => {
    const site = counts(100_000)
    const segmentFiles = sitemapFileCount(site)
    expect(sitemapLayout(site, { files: 30, atMost: 300_000 })).toEqual({
      segmentFiles,
      files: segmentFiles + 30,
      inline: false,
    })
    // Past the segment files, no slice of the other segments.
    expect(sitemapSlices(site, segmentFiles)).toEqual([])
  })
})
