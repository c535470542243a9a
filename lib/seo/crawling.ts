import type { MetadataRoute } from 'next'
import { authorPath } from '@/lib/config/site'

/**
 * What crawlers are told, as pure functions of the site's settings: robots.txt rules, the
 * robots meta of a page, and which documents belong in the sitemap.
 */
export interface CrawlSettings {
  siteUrl: string
  indexing: 'on' | 'off'
}

export function robotsTxt({ siteUrl, indexing }: CrawlSettings): MetadataRoute.Robots {
  if (indexing === 'off') return { rules: { userAgent: '*', disallow: '/' } }
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
    sitemap: `${siteUrl}/sitemap.xml`,
  }
}

/** The robots meta for a page; undefined means the default (index, follow). */
export function pageRobots(indexing: CrawlSettings['indexing'], noindex?: boolean | null) {
  return indexing === 'off' || noindex ? { index: false, follow: true } : undefined
}

/** A technology or skill page needs its own description or this many published guides to be worth indexing. */
export const MIN_GUIDES_TO_INDEX = 2

/**
 * A technology or skill page with no description and fewer than two published guides is thin
 * content (a heading and a link or two): noindex and out of the sitemap until it grows.
 */
export function isThinTaxonomyPage(description: string | null | undefined, publishedGuides: number): boolean {
  return !description?.trim() && publishedGuides < MIN_GUIDES_TO_INDEX
}

export interface SitemapSource {
  guides: { slug: string; updatedAt: string; canonicalUrl?: string | null }[]
  technologies: { slug: string; updatedAt: string }[]
  skills: { slug: string; updatedAt: string }[]
  /** Author and reviewer profiles (/authors/<slug>). */
  people: { slug: string; updatedAt: string }[]
  /** Comparison pages of guides that share enough (/compare/<a>-vs-<b>), by path. */
  comparisons?: { path: string; updatedAt: string }[]
  /** The latest change to any technology, thin ones included: /technologies lists them all. */
  technologiesUpdatedAt?: string
}

const latest = (dates: (string | undefined | null)[]) =>
  dates
    .filter((date): date is string => Boolean(date))
    .sort()
    .at(-1)

/** The dates of the list pages: when what each lists last changed. */
export interface ListPageDates {
  /** The newest listed guide, or before any is published the newest content of any kind. */
  guides?: string
  /** The latest change to any technology, thin ones included; else `guides`. */
  technologies?: string
}

/** The dates of the list pages from the newest guide, technology (of all) and listed skill. */
export function listPageDates(newest: { guide?: string; technology?: string; skill?: string }): ListPageDates {
  const guides = newest.guide ?? latest([newest.technology, newest.skill])
  return { guides, technologies: newest.technology ?? guides }
}

/** `/`, `/guides` and `/technologies`: the first three URLs of the sitemap. */
export const LIST_PAGES = 3

export function listPageEntries(siteUrl: string, dates: ListPageDates): MetadataRoute.Sitemap {
  return [
    { url: `${siteUrl}/`, lastModified: dates.guides, changeFrequency: 'daily', priority: 1 },
    { url: `${siteUrl}/guides`, lastModified: dates.guides, changeFrequency: 'daily', priority: 0.9 },
    { url: `${siteUrl}/technologies`, lastModified: dates.technologies, changeFrequency: 'weekly', priority: 0.6 },
  ]
}

type Dated = { slug: string; updatedAt: string }

/** The sitemap lists the site's own canonical pages only: a guide whose canonical URL points elsewhere is left out. */
export const isOwnCanonical = (siteUrl: string, guide: { slug: string; canonicalUrl?: string | null }) =>
  !guide.canonicalUrl || guide.canonicalUrl === `${siteUrl}/guides/${guide.slug}`

export const guideEntries = (siteUrl: string, guides: SitemapSource['guides']): MetadataRoute.Sitemap =>
  guides
    .filter((guide) => isOwnCanonical(siteUrl, guide))
    .map((guide) => ({
      url: `${siteUrl}/guides/${guide.slug}`,
      lastModified: guide.updatedAt,
      changeFrequency: 'weekly' as const,
      priority: 0.8,
    }))

export const technologyEntries = (siteUrl: string, technologies: Dated[]): MetadataRoute.Sitemap =>
  technologies.map((t) => ({ url: `${siteUrl}/technologies/${t.slug}`, lastModified: t.updatedAt, priority: 0.5 }))

export const skillEntries = (siteUrl: string, skills: Dated[]): MetadataRoute.Sitemap =>
  skills.map((s) => ({ url: `${siteUrl}/skills/${s.slug}`, lastModified: s.updatedAt, priority: 0.5 }))

export const personEntries = (siteUrl: string, people: Dated[]): MetadataRoute.Sitemap =>
  people.map((p) => ({ url: `${siteUrl}${authorPath(p.slug)}`, lastModified: p.updatedAt, priority: 0.4 }))

export const comparisonEntries = (
  siteUrl: string,
  comparisons: NonNullable<SitemapSource['comparisons']>,
): MetadataRoute.Sitemap =>
  comparisons.map((c) => ({ url: `${siteUrl}${c.path}`, lastModified: c.updatedAt, priority: 0.4 }))

/**
 * A comparison file of a large site's sitemap. The schema wants at least one <url>, and the index cannot know
 * a file is empty without building it: a range of guides with no comparison worth indexing lists the guide
 * list page instead (also in the first file; a URL may appear in more than one file).
 */
export function comparisonFileEntries(
  siteUrl: string,
  comparisons: NonNullable<SitemapSource['comparisons']>,
  dates: ListPageDates,
): MetadataRoute.Sitemap {
  if (comparisons.length > 0) return comparisonEntries(siteUrl, comparisons)
  return listPageEntries(siteUrl, dates).filter((entry) => entry.url === `${siteUrl}/guides`)
}

/**
 * Every URL of a sitemap, in order: the list pages, guides (drafts and noindex guides are filtered by
 * the query), technologies, skills, author profiles, comparisons. A large site's files are consecutive slices of
 * this order (lib/seo/sitemap-xml.ts, sitemapSlices), read a slice at a time.
 */
export function sitemapEntries({ siteUrl }: CrawlSettings, source: SitemapSource): MetadataRoute.Sitemap {
  const dates = listPageDates({
    guide: latest(source.guides.map((g) => g.updatedAt)),
    technology: source.technologiesUpdatedAt ?? latest(source.technologies.map((t) => t.updatedAt)),
    skill: latest(source.skills.map((s) => s.updatedAt)),
  })
  return [
    ...listPageEntries(siteUrl, dates),
    ...guideEntries(siteUrl, source.guides),
    ...technologyEntries(siteUrl, source.technologies),
    ...skillEntries(siteUrl, source.skills),
    ...personEntries(siteUrl, source.people),
    ...comparisonEntries(siteUrl, source.comparisons ?? []),
  ]
}
