import { withoutXmlInvalidCharacters } from './xml-text'
import type { MetadataRoute } from 'next'

/**
 * Sitemaps as sitemaps.org XML. A sitemap may list at most 50,000 URLs; ours list at most
 * SITEMAP_FILE_URLS, and a larger site gets an index at /sitemap.xml that points to numbered
 * sitemaps at /sitemap/<n>.xml.
 */
export const SITEMAP_URL_LIMIT = 50_000

/**
 * URLs per sitemap file: 10,000, not the protocol's 50,000, so that what a file is built from fits in
 * one entry of Next's data cache (unstable_cache keeps nothing over 2 MB: 10,000 guides' slugs and
 * dates are about 0.8 MB) and one file costs a bounded ~10,000 rows to read and ~1.5 MB to send.
 */
export const SITEMAP_FILE_URLS = 10_000

export type SitemapEntry = MetadataRoute.Sitemap[number]

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n'
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9'

function escapeXml(text: string): string {
  return withoutXmlInvalidCharacters(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  )
}

function lastmodOf(value: SitemapEntry['lastModified']): string | undefined {
  if (!value) return undefined
  return (value instanceof Date ? value : new Date(value)).toISOString()
}

export function urlsetXml(entries: SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const lastmod = lastmodOf(entry.lastModified)
    return [
      '<url>',
      `<loc>${escapeXml(entry.url)}</loc>`,
      lastmod && `<lastmod>${lastmod}</lastmod>`,
      entry.changeFrequency && `<changefreq>${entry.changeFrequency}</changefreq>`,
      entry.priority !== undefined && `<priority>${entry.priority.toFixed(1)}</priority>`,
      '</url>',
    ]
      .filter(Boolean)
      .join('\n')
  })
  return `${XML_HEADER}<urlset xmlns="${NAMESPACE}">\n${urls.join('\n')}\n</urlset>\n`
}

export function sitemapIndexXml(sitemaps: { loc: string; lastmod?: string }[]): string {
  const items = sitemaps.map(({ loc, lastmod }) =>
    ['<sitemap>', `<loc>${escapeXml(loc)}</loc>`, lastmod && `<lastmod>${lastmod}</lastmod>`, '</sitemap>']
      .filter(Boolean)
      .join('\n'),
  )
  return `${XML_HEADER}<sitemapindex xmlns="${NAMESPACE}">\n${items.join('\n')}\n</sitemapindex>\n`
}

export const sitemapPagePath = (page: number) => `/sitemap/${page}.xml`

/** What the sitemaps list, in this order (lib/seo/crawling.ts, sitemapEntries). */
export const SITEMAP_SEGMENTS = ['lists', 'guides', 'technologies', 'skills', 'people'] as const
export type SitemapSegment = (typeof SITEMAP_SEGMENTS)[number]
export type SitemapCounts = Record<SitemapSegment, number>

/** How many sitemap files a site of these counts needs; 1 means /sitemap.xml is the sitemap itself. */
export function sitemapFileCount(counts: SitemapCounts, fileSize = SITEMAP_FILE_URLS): number {
  const total = SITEMAP_SEGMENTS.reduce((sum, segment) => sum + counts[segment], 0)
  return Math.max(1, Math.ceil(total / fileSize))
}

export interface SitemapSlice {
  segment: SitemapSegment
  /** The first URL of the segment in this file, counted within the segment. */
  offset: number
  limit: number
}

/**
 * The parts of each segment that sitemap file `file` lists: file n holds URLs n × fileSize up to
 * (n + 1) × fileSize of the whole order, so it is read a slice at a time. None for a file past the end.
 */
export function sitemapSlices(counts: SitemapCounts, file: number, fileSize = SITEMAP_FILE_URLS): SitemapSlice[] {
  const from = file * fileSize
  const to = from + fileSize
  const slices: SitemapSlice[] = []
  let start = 0
  for (const segment of SITEMAP_SEGMENTS) {
    const end = start + counts[segment]
    const offset = Math.max(from, start)
    const last = Math.min(to, end)
    if (last > offset) slices.push({ segment, offset: offset - start, limit: last - offset })
    start = end
  }
  return slices
}

/**
 * How the sitemaps are laid out: the files of the segments above, then one file per range of guides
 * for the comparison pages (`comparisonFiles`). A site small enough that every URL, comparisons at
 * their most, fits in one file has only /sitemap.xml, comparisons included (`inline`).
 */
export interface SitemapLayout {
  /** Files of the segments above: 0 … segmentFiles − 1. */
  segmentFiles: number
  /** All files: the comparison files come after the segment files. */
  files: number
  inline: boolean
}

export function sitemapLayout(
  counts: SitemapCounts,
  comparisons: { files: number; atMost: number },
  fileSize = SITEMAP_FILE_URLS,
): SitemapLayout {
  const segmentFiles = sitemapFileCount(counts, fileSize)
  const urls = SITEMAP_SEGMENTS.reduce((sum, segment) => sum + counts[segment], 0)
  const inline = segmentFiles === 1 && urls + comparisons.atMost <= fileSize
  return { segmentFiles, files: inline ? 1 : segmentFiles + comparisons.files, inline }
}
