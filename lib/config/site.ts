import { env } from './env'

export const SITE_NAME = 'Careerpath'
export const SITE_TITLE = `${SITE_NAME} · Career guides`
export const SITE_DESCRIPTION =
  'In-depth career guides: what each role does, the skills and technologies it needs, and how to get there.'

/** Absolute URL of a path on the public site, under SITE_URL. */
export function absoluteUrl(path: string): string {
  return new URL(path, env().SITE_URL + '/').toString()
}

/**
 * A URL of the site's own as a path (Payload gives media absolute URLs under SITE_URL), so that
 * next/image optimises it as a local image; another origin's URL (an S3 bucket) is left as it is.
 */
export function sitePathOf(url: string): string {
  const site = new URL(env().SITE_URL)
  const parsed = new URL(url, site)
  return parsed.origin === site.origin ? `${parsed.pathname}${parsed.search}` : parsed.toString()
}

/** next/image's `src` and `unoptimized` for an upload: Next optimises the site's own media (next.config.ts images); an S3 bucket's is served as it is. */
export function uploadImageSource(url: string): { src: string; unoptimized: boolean } {
  const src = sitePathOf(url)
  return { src, unoptimized: !src.startsWith('/') }
}

/** What the guide list can be narrowed to: guides that need a technology or a skill (by slug), or any technology of a category. */
export interface GuideFilters {
  technology?: string
  skill?: string
  category?: string
}

/** The guide list's URL for a page and filters, without empty parameters. */
export function guidesPath(page = 1, filters: GuideFilters = {}): string {
  const params = new URLSearchParams(
    Object.entries({ ...filters, page: page > 1 ? String(page) : undefined }).filter((e): e is [string, string] =>
      Boolean(e[1]),
    ),
  )
  return params.size ? `/guides?${params}` : '/guides'
}
export const guidePath = (slug: string) => `/guides/${slug}`
export const technologyPath = (slug: string) => `/technologies/${slug}`
export const skillPath = (slug: string) => `/skills/${slug}`
/** An author's or reviewer's profile (the `people` collection). */
export const authorPath = (slug: string) => `/authors/${slug}`

/** The public page of a document in one of the collections that have pages. */
export type CollectionWithPages = 'guides' | 'technologies' | 'skills'
const pathOfCollection: Record<CollectionWithPages, (slug: string) => string> = {
  guides: guidePath,
  technologies: technologyPath,
  skills: skillPath,
}
export const publicPath = (collection: CollectionWithPages, slug: string) => pathOfCollection[collection](slug)

/** Textarea content as paragraphs: writers separate paragraphs with an empty line. */
export function paragraphsOf(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
}

/**
 * A page's `alternates`: its canonical URL plus the feed link. Next merges metadata shallowly, so a
 * page that sets a canonical would otherwise drop the layout's feed link.
 */
export function pageAlternates(canonical: string) {
  return {
    canonical,
    types: { 'application/rss+xml': [{ url: '/feed.xml', title: `${SITE_NAME} career guides` }] },
  }
}
