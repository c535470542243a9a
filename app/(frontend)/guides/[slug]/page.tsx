import type { Metadata } from 'next'
import { draftMode, headers } from 'next/headers'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { Comments } from '@/components/comments/Comments'
import { GuideBlocks, headingIds } from '@/components/guide/GuideBlocks'
import { GuideNavigation, relatedCareers } from '@/components/guide/GuideNavigation'
import { TableOfContents } from '@/components/guide/TableOfContents'
import { readingMinutes, tableOfContents } from '@/lib/content/reading'
import { JsonLd } from '@/components/layout/JsonLd'
import { PreviewBanner } from '@/components/layout/PreviewBanner'
import { redirectOrNotFound } from '@/lib/redirects/redirect-or-not-found'
import { getApprovedComments, getGuideNeighbours, getGuidePreview, getPublishedGuide } from '@/lib/queries'
import { env } from '@/lib/config/env'
import { pageRobots } from '@/lib/seo/crawling'
import { guideStructuredData } from '@/lib/seo/structured-data'
import { guideImageUrl, guideOwnImage, pageMetadata } from '@/lib/seo/page-metadata'
import { SITE_NAME, guidePath, guidesPath } from '@/lib/config/site'
import { renderOnFirstRequestThenCache } from '@/lib/cache/render-mode'

type Props = { params: Promise<{ slug: string }> }

// Rendered on first request, then served from Next's cache until a publish expires its tags.
export const dynamicParams = true
export const generateStaticParams = renderOnFirstRequestThenCache

/** The published guide, or in draft mode (an editor's preview) its latest draft. */
async function guideFor(slug: string) {
  const previewing = (await draftMode()).isEnabled
  const guide = previewing ? await getGuidePreview(slug, await headers()) : await getPublishedGuide(slug)
  return { guide, previewing }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const { guide, previewing } = await guideFor(slug)
  if (!guide) return { title: 'Guide not found', robots: { index: false } }
  const title = guide.meta?.title || guide.title
  return pageMetadata({
    title,
    description: guide.meta?.description || guide.excerpt || undefined,
    canonical: guide.meta?.canonicalUrl || guidePath(guide.slug),
    type: 'article',
    keywords: [guide.meta?.focusKeyword, ...(guide.meta?.secondaryKeywords ?? [])].filter((k): k is string =>
      Boolean(k),
    ),
    robots: pageRobots(env().SITE_INDEXING, previewing || guide.meta?.noindex),
    // Without an image of its own, the guide's generated card (opengraph-image.tsx) is used.
    image: guideOwnImage(guide),
    publishedTime: guide.publishedAt ?? undefined,
    modifiedTime: guide.updatedAt,
  })
}

export default async function GuidePage({ params }: Props) {
  const { slug } = await params
  const { guide, previewing } = await guideFor(slug)
  if (!guide) return redirectOrNotFound(guidePath(slug))
  const updated = new Date(guide.updatedAt)
  const blocks = guide.content ?? []
  const technologyIds = (guide.technologies ?? []).map((t) => (typeof t === 'object' ? t.id : t))
  const [{ previous, next, related }, comments] = await Promise.all([
    getGuideNeighbours({ id: guide.id, publishedAt: guide.publishedAt, technologyIds }),
    getApprovedComments(guide.id),
  ])
  const careerPathGuides = blocks.flatMap((block) =>
    block.blockType === 'careerPaths'
      ? (block.items ?? []).flatMap((item) => (typeof item.guide === 'object' && item.guide ? [item.guide] : []))
      : [],
  )
  return (
    <article>
      {previewing ? <PreviewBanner path={guidePath(slug)} serverURL={env().SITE_URL} /> : null}
      <JsonLd
        graph={guideStructuredData(guide, {
          siteUrl: env().SITE_URL,
          siteName: SITE_NAME,
          commentCount: comments.length,
          image: guideImageUrl(guide, env().SITE_URL),
        })}
      />
      <Breadcrumbs
        trail={[{ name: 'Home', href: '/' }, { name: 'Guides', href: guidesPath() }, { name: guide.title }]}
      />
      <h1>{guide.title}</h1>
      <p className="guide-meta">
        Updated{' '}
        <time dateTime={updated.toISOString()}>
          {updated.toLocaleDateString('en', { dateStyle: 'long', timeZone: 'UTC' })}
        </time>{' '}
        · {readingMinutes(blocks)} min read
      </p>
      <TableOfContents entries={tableOfContents(blocks, headingIds(blocks))} />
      <GuideBlocks blocks={blocks} />
      <GuideNavigation related={relatedCareers(careerPathGuides, related, guide.id)} previous={previous} next={next} />
      <Comments guideId={guide.id} guidePath={guidePath(guide.slug)} comments={comments} />
    </article>
  )
}
