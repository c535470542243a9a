import type { Metadata } from 'next'
import { fillMetadataSegment } from 'next/dist/lib/metadata/get-metadata-route'
import type { Guide } from '@/payload-types'
import { SITE_NAME, pageAlternates } from '@/lib/config/site'

/**
 * What every indexable page tells search engines and link previews, in one place: title,
 * description, canonical, Open Graph (`og:url` is the canonical) and a large Twitter card. The
 * image is the page's generated 1200×630 card (its route's opengraph-image.tsx, all drawn by
 * lib/og/card.tsx), which Next adds to `og:image` and `twitter:image` when a page gives none.
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

/** A guide's own social image (its SEO image), if it has one. */
export function guideOwnImage(guide: Guide) {
  const image = guide.meta?.image
  return typeof image === 'object' && image?.url ? { ...image, url: image.url } : undefined
}

/** The absolute URL of the image a guide is shared with, as in its og:image: its own, else its generated card (app/(frontend)/guides/[slug]/opengraph-image.tsx). */
export function guideImageUrl(guide: Guide, siteUrl: string): string {
  const own = guideOwnImage(guide)
  return new URL(
    own ? own.url : socialCardPath('/(frontend)/guides/[slug]', { slug: guide.slug }),
    `${siteUrl}/`,
  ).toString()
}
