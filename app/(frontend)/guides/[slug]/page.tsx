import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { Byline } from '@/components/guide/Byline'
import { Comments } from '@/components/comments/Comments'
import { FeaturedImage } from '@/components/guide/FeaturedImage'
import { GuideBlocks, headingIds } from '@/components/guide/GuideBlocks'
import { GuideNavigation } from '@/components/guide/GuideNavigation'
import { QuickFacts } from '@/components/guide/QuickFacts'
import { TableOfContents } from '@/components/guide/TableOfContents'
import { readingMinutes, tableOfContents } from '@/lib/content/reading'
import { JsonLd } from '@/components/layout/JsonLd'
import { PreviewBanner } from '@/components/layout/PreviewBanner'
import { redirectOrNotFound } from '@/lib/redirects/redirect-or-not-found'
import { getGuideForRequest, getGuideSurroundings } from '@/lib/data/guides'
import { env } from '@/lib/config/env'
import { guideStructuredData } from '@/lib/seo/structured-data'
import { guideImageUrl, guideMetadata } from '@/lib/seo/metadata'
import { SITE_NAME, guidePath, guidesPath } from '@/lib/config/site'
import { renderOnFirstRequestThenCache } from '@/lib/cache/render-mode'

type Props = { params: Promise<{ slug: string }> }

// Rendered on first request, then served from Next's cache until a publish expires its tags.
export const dynamicParams = true
export const generateStaticParams = renderOnFirstRequestThenCache

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { guide, previewing } = await getGuideForRequest((await params).slug)
  return guideMetadata(guide, { previewing })
}

export default async function GuidePage({ params }: Props) {
  const { slug } = await params
  const { guide, previewing } = await getGuideForRequest(slug)
  if (!guide) return redirectOrNotFound(guidePath(slug))
  const updated = new Date(guide.updatedAt)
  const blocks = guide.content ?? []
  const { related, comparisons, previous, next, comments } = await getGuideSurroundings(guide)
  return (
    <article className="guide">
      {previewing ? <PreviewBanner path={guidePath(slug)} serverURL={env().SITE_URL} /> : null}
      <JsonLd
        graph={guideStructuredData(guide, {
          siteUrl: env().SITE_URL,
          siteName: SITE_NAME,
          commentCount: comments.length,
          image: guideImageUrl(guide, env().SITE_URL),
        })}
      />
      <header className="guide-header">
        <Breadcrumbs
          trail={[{ name: 'Home', href: '/' }, { name: 'Guides', href: guidesPath() }, { name: guide.title }]}
        />
        <h1>{guide.title}</h1>
        <Byline guide={guide} />
        <p className="guide-meta">
          Updated{' '}
          <time dateTime={updated.toISOString()}>
            {updated.toLocaleDateString('en', { dateStyle: 'long', timeZone: 'UTC' })}
          </time>{' '}
          · {readingMinutes(blocks)} min read
        </p>
        <FeaturedImage image={guide.featuredImage} />
      </header>
      <div className="guide-layout">
        <TableOfContents entries={tableOfContents(blocks, headingIds(blocks))} />
        <div className="guide-body">
          <QuickFacts guide={guide} />
          <GuideBlocks blocks={blocks} />
          <GuideNavigation related={related} comparisons={comparisons} previous={previous} next={next} />
          <Comments guideId={guide.id} guidePath={guidePath(guide.slug)} comments={comments} />
        </div>
      </div>
    </article>
  )
}
