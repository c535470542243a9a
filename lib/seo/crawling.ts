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

const latest = (dates: (string | undefined)[]) =>
  dates
    .filter((date): date is string => Boolean(date))
    .sort()
    .at(-1)

/**
 * The sitemap lists the site's own canonical pages only: a guide whose canonical URL points
 * elsewhere is left out, as are drafts and noindex guides (filtered by the query).
 */
export function sitemapEntries({ siteUrl }: CrawlSettings, source: SitemapSource): MetadataRoute.Sitemap {
  const url = (path: string) => `${siteUrl}${path}`
  // A list page changes when what it lists does. Before any guide is published, the lists show
  // an empty state that is as old as the site's newest content of any kind.
  const technologiesListed = source.technologiesUpdatedAt ?? latest(source.technologies.map((t) => t.updatedAt))
  const anything = latest([technologiesListed, ...source.skills.map((s) => s.updatedAt)])
  const guidesListed = latest(source.guides.map((g) => g.updatedAt)) ?? anything
  return [
    { url: url('/'), lastModified: guidesListed, changeFrequency: 'daily', priority: 1 },
    { url: url('/guides'), lastModified: guidesListed, changeFrequency: 'daily', priority: 0.9 },
    {
      url: url('/technologies'),
      lastModified: technologiesListed ?? guidesListed,
      changeFrequency: 'weekly',
      priority: 0.6,
    },
    ...source.guides
      .filter((guide) => !guide.canonicalUrl || guide.canonicalUrl === url(`/guides/${guide.slug}`))
      .map((guide) => ({
        url: url(`/guides/${guide.slug}`),
        lastModified: guide.updatedAt,
        changeFrequency: 'weekly' as const,
        priority: 0.8,
      })),
    ...source.technologies.map((t) => ({
      url: url(`/technologies/${t.slug}`),
      lastModified: t.updatedAt,
      priority: 0.5,
    })),
    ...source.skills.map((s) => ({ url: url(`/skills/${s.slug}`), lastModified: s.updatedAt, priority: 0.5 })),
    ...source.people.map((p) => ({ url: url(authorPath(p.slug)), lastModified: p.updatedAt, priority: 0.4 })),
    ...(source.comparisons ?? []).map((c) => ({ url: url(c.path), lastModified: c.updatedAt, priority: 0.4 })),
  ]
}
