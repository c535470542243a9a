import type { Metadata } from 'next'
import { fillMetadataSegment } from 'next/dist/lib/metadata/get-metadata-route'
import type { Guide } from '@/payload-types'
import { env } from '@/lib/config/env'
import {
  SITE_NAME,
  authorPath,
  guidePath,
  guidesPath,
  pageAlternates,
  paragraphsOf,
  type GuideFilters,
} from '@/lib/config/site'
import { TAXONOMY_PAGES } from '@/lib/content/taxonomy-pages'
import type { PersonPageData } from '@/lib/data/people'
import type { Comparison } from '@/lib/data/comparisons'
import { comparisonName } from '@/lib/compare/links'
import { comparisonPath } from '@/lib/compare/pair'
import { sharesEnough } from '@/lib/compare/similarity'
import type { TaxonomyField, TaxonomyPageData } from '@/lib/data/taxonomy'
import { isThinTaxonomyPage, pageRobots, type CrawlSettings } from './crawling'

/**
 * What every page tells search engines and link previews, in one place (each page's metadata is
 * one call here): title, description, canonical, Open Graph (`og:url` is the canonical) and a large
 * Twitter card. The image is the page's generated 1200×630 card (its route's opengraph-image.tsx,
 * all drawn by lib/og/card.tsx), which Next adds to `og:image` and `twitter:image` when a page gives none.
 */
export const SITE_LOCALE = 'en_US' // the site is written in English (<html lang="en">)

/**
 * Path of the social card an opengraph-image.tsx serves for a route (`segment` as in app/, with
 * its route groups), as Next fills it into og:image: under a route group Next suffixes the name
 * with a hash of the folder, so it is Next's own function that says what it is.
 */
export const socialCardPath = (segment: string, params: Record<string, string> = {}) =>
  fillMetadataSegment(segment, params, 'opengraph-image', false)

export interface PageMetadataInput {
  title: string
  description?: string
  /** The canonical URL or path: Next resolves paths against the layout's metadataBase (SITE_URL), for the canonical and og:url alike. */
  canonical: string
  type?: 'website' | 'article'
  robots?: Metadata['robots']
  keywords?: string[]
  /** An image of the page's own, instead of its generated card. */
  image?: { url: string; alt?: string | null; width?: number | null; height?: number | null }
  /** For articles. */
  publishedTime?: string
  modifiedTime?: string
}

export function pageMetadata({
  title,
  description,
  canonical,
  type = 'website',
  robots,
  keywords,
  image,
  publishedTime,
  modifiedTime,
}: PageMetadataInput): Metadata {
  const images = image && [
    { url: image.url, alt: image.alt ?? undefined, width: image.width ?? undefined, height: image.height ?? undefined },
  ]
  return {
    title,
    description,
    ...(keywords?.length && { keywords }),
    alternates: pageAlternates(canonical),
    ...(robots && { robots }),
    openGraph: {
      type,
      title,
      description,
      url: canonical,
      siteName: SITE_NAME,
      locale: SITE_LOCALE,
      ...(type === 'article' && { publishedTime, modifiedTime }),
      ...(images && { images }),
    },
    twitter: { card: 'summary_large_image', title, description, ...(images && { images }) },
  }
}

/** A page whose document does not exist (it answers with a redirect or a 404): kept out of indexes. */
export function notFoundMetadata(what: string): Metadata {
  return { title: `${what} not found`, robots: { index: false } }
}

type Indexing = CrawlSettings['indexing']

/** A guide's page, or an editor's preview of it (never indexed). */
export function guideMetadata(
  guide: Guide | null,
  { previewing = false, indexing = env().SITE_INDEXING }: { previewing?: boolean; indexing?: Indexing } = {},
): Metadata {
  if (!guide) return notFoundMetadata('Guide')
  return pageMetadata({
    title: guide.meta?.title || guide.title,
    description: guide.meta?.description || guide.excerpt || undefined,
    canonical: guide.meta?.canonicalUrl || guidePath(guide.slug),
    type: 'article',
    keywords: [guide.meta?.focusKeyword, ...(guide.meta?.secondaryKeywords ?? [])].filter((k): k is string =>
      Boolean(k),
    ),
    robots: pageRobots(indexing, previewing || guide.meta?.noindex),
    // Without an image of its own, the guide's generated card (opengraph-image.tsx) is used.
    image: guideOwnImage(guide),
    publishedTime: guide.publishedAt ?? undefined,
    modifiedTime: guide.updatedAt,
  })
}

/** A page of the guide list, filtered or not. */
export function guideListMetadata(page: number, filters: GuideFilters): Metadata {
  return pageMetadata({
    title: page > 1 ? `All career guides · Page ${page}` : 'All career guides',
    description:
      'Every career guide on Careerpath: what each role does, the skills and technologies it needs, and how to get there.',
    canonical: guidesPath(page, filters),
    // Filtered lists repeat the guides of the full list: crawlers follow them but do not index them.
    robots: Object.values(filters).some(Boolean) ? { index: false, follow: true } : undefined,
  })
}

/** A technology's or skill's page; thin ones (lib/seo/crawling.ts) are not indexed. */
export function taxonomyMetadata<C extends TaxonomyField>(
  collection: C,
  found: TaxonomyPageData<C> | null,
  indexing: Indexing = env().SITE_INDEXING,
): Metadata {
  const kind = TAXONOMY_PAGES[collection]
  if (!found) return notFoundMetadata(kind.noun)
  const { doc } = found
  return pageMetadata({
    title: `${doc.name} · Careers that ${kind.verb} it`,
    description: doc.description || `Career guides for roles that ${kind.verb} ${doc.name}.`,
    canonical: kind.path(doc.slug),
    // found.guides holds up to a page of them: enough to tell fewer than two.
    robots: pageRobots(indexing, isThinTaxonomyPage(doc.description, found.guides.length)),
  })
}

/** An author's or reviewer's profile: their name and job as the title, their bio's first paragraph (or what they do here) as the description. */
export function personMetadata(found: PersonPageData | null, indexing: Indexing = env().SITE_INDEXING): Metadata {
  if (!found) return notFoundMetadata('Author')
  const { person } = found
  const photo = typeof person.photo === 'object' && person.photo?.url ? person.photo : undefined
  return pageMetadata({
    title: person.jobTitle ? `${person.name}, ${person.jobTitle}` : person.name,
    description: paragraphsOf(person.bio)[0] ?? `Career guides written or reviewed by ${person.name} on ${SITE_NAME}.`,
    canonical: authorPath(person.slug),
    robots: pageRobots(indexing),
    ...(photo && { image: { ...photo, url: photo.url! } }),
  })
}

/**
 * A comparison of two guides. One that shares little (lib/compare/similarity.ts), or of a guide that
 * is itself noindex, is followed but not indexed; the other order of the pair redirects here.
 */
export function comparisonMetadata(comparison: Comparison, indexing: Indexing = env().SITE_INDEXING): Metadata {
  if (comparison.kind !== 'found') return notFoundMetadata('Comparison')
  const { a, b, overlap } = comparison
  const name = comparisonName(a, b)
  return pageMetadata({
    title: `${name}: pay, skills and technologies compared`,
    description: `${a.role} or ${b.role}? Median pay, education, job outlook and salaries side by side, and the ${overlap.shared} technologies and skills the two careers share.`,
    canonical: comparisonPath(a.slug, b.slug),
    robots: pageRobots(indexing, a.noindex || b.noindex || !sharesEnough(overlap)),
  })
}

/** Search results: for readers, not for search engines' indexes, and not for link previews. */
export function searchMetadata(query: string): Metadata {
  return {
    title: query ? `Search: ${query}` : 'Search career guides',
    robots: { index: false, follow: true },
    alternates: pageAlternates('/search'),
  }
}

/** A guide's own social image: its SEO image, else its featured image, in its 1200×630 card size when made. */
export function guideOwnImage(guide: Guide) {
  for (const image of [guide.meta?.image, guide.featuredImage]) {
    if (typeof image !== 'object' || !image?.url) continue
    const card = image.sizes?.card
    return card?.url
      ? { url: card.url, alt: image.alt, width: card.width, height: card.height }
      : { url: image.url, alt: image.alt, width: image.width, height: image.height }
  }
  return undefined
}

/** The absolute URL of the image a guide is shared with, as in its og:image: its own, else its generated card (app/(frontend)/guides/[slug]/opengraph-image.tsx). */
export function guideImageUrl(guide: Guide, siteUrl: string): string {
  const own = guideOwnImage(guide)
  return new URL(
    own ? own.url : socialCardPath('/(frontend)/guides/[slug]', { slug: guide.slug }),
    `${siteUrl}/`,
  ).toString()
}
