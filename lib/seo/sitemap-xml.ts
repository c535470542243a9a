import { withoutXmlInvalidCharacters } from './xml-text'
import type { MetadataRoute } from 'next'

/**
 * Sitemaps as sitemaps.org XML. A sitemap may list at most 50,000 URLs, so a larger site gets an
 * index at /sitemap.xml that points to numbered sitemaps at /sitemap/<n>.xml.
 */
export const SITEMAP_URL_LIMIT = 50_000

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

/** The numbered sitemaps of a large site, each within the limit. */
export function sitemapPages(entries: SitemapEntry[], limit = SITEMAP_URL_LIMIT): SitemapEntry[][] {
  const pages: SitemapEntry[][] = []
  for (let start = 0; start < entries.length; start += limit) pages.push(entries.slice(start, start + limit))
  return pages
}

export const sitemapPagePath = (page: number) => `/sitemap/${page}.xml`

/**
 * What /sitemap.xml serves: the sitemap itself while the site fits in one, otherwise an index of
 * the numbered sitemaps, each dated by its newest page.
 */
export function rootSitemapXml(entries: SitemapEntry[], siteUrl: string, limit = SITEMAP_URL_LIMIT): string {
  if (entries.length <= limit) return urlsetXml(entries)
  return sitemapIndexXml(
    sitemapPages(entries, limit).map((page, index) => ({
      loc: `${siteUrl}${sitemapPagePath(index)}`,
      lastmod: page
        .map((entry) => lastmodOf(entry.lastModified))
        .filter((d): d is string => Boolean(d))
        .sort()
        .at(-1),
    })),
  )
}

/** One numbered sitemap, or null when there is no such page (or the site fits in one sitemap). */
export function numberedSitemapXml(entries: SitemapEntry[], page: number, limit = SITEMAP_URL_LIMIT): string | null {
  if (entries.length <= limit || !Number.isInteger(page) || page < 0) return null
  const chunk = sitemapPages(entries, limit)[page]
  return chunk ? urlsetXml(chunk) : null
}
