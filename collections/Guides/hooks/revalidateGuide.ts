import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { cacheTags } from '@/lib/cache/tags'
import { expireCacheTags } from '@/lib/cache/revalidate'
import { liveDocBeforeChange, liveSlugBeforeChange } from '@/collections/hooks/redirectOldSlug'

type GuideDoc = { id: number | string; slug?: string | null; _status?: 'draft' | 'published' | null }

const relationIds = (values: unknown) =>
  Array.isArray(values) ? values.map((v) => (typeof v === 'object' && v ? (v as { id: unknown }).id : v)).sort() : []

/** What other pages show of a guide: lists, links, related careers, profiles, feed and sitemap entries. */
function shownElsewhere(doc: Record<string, unknown>): string {
  const meta = (doc.meta ?? {}) as Record<string, unknown>
  return JSON.stringify([
    doc.title,
    doc.role,
    doc.slug,
    doc.excerpt,
    doc.publishedAt,
    doc._status,
    relationIds(doc.technologies),
    relationIds(doc.skills),
    // Profile pages list the guides their person wrote or reviewed.
    relationIds(doc.authors),
    relationIds([doc.reviewer].filter(Boolean)),
    meta.title,
    meta.description,
    meta.noindex,
    meta.canonicalUrl,
  ])
}

/**
 * Readers only see published guides, so only a change that touches the published state (publishing,
 * editing what is live, unpublishing) expires their cached pages; saving a draft leaves them alone.
 * A draft saved over a published guide and an unpublish both turn "published" into "draft" here;
 * the collection's own row, which a draft save does not touch, tells them apart.
 */
export const revalidateGuide: CollectionAfterChangeHook<GuideDoc> = async ({ doc, previousDoc, req, context }) => {
  // previousDoc is the latest version, which may be a draft saved over the live guide.
  const wasLive = (liveDocBeforeChange(context) as GuideDoc | undefined)?._status === 'published'
  const touchesPublished = doc._status === 'published' || previousDoc?._status === 'published' || wasLive
  if (!touchesPublished) return doc
  if (doc._status === 'draft') {
    const live = await req.payload.findByID({
      collection: 'guides',
      id: doc.id,
      draft: false,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
      select: { _status: true },
    })
    if (live?._status === 'published') return doc // a new draft; the published version is unchanged
  }
  const slugs = new Set(
    [doc.slug, previousDoc?.slug, liveSlugBeforeChange(context)].filter((slug): slug is string => Boolean(slug)),
  )
  // An edit of the content alone changes only the guide's own page (and its sitemap date); other
  // pages are regenerated when something they show of it changes.
  const live = liveDocBeforeChange(context)
  const listsChange = !live || shownElsewhere(live) !== shownElsewhere(doc as unknown as Record<string, unknown>)
  const tags = [
    cacheTags.sitemap,
    cacheTags.redirects,
    ...[...slugs].map(cacheTags.guide),
    ...(listsChange ? [cacheTags.guideList] : []),
  ]
  await expireCacheTags(req, tags)
  return doc
}

/**
 * A deleted guide leaves every list, its neighbours' previous/next and related links, the guides
 * that link to it in their career paths (their data carries the list tag), the feed, the sitemap
 * and any redirect to it.
 */
export const revalidateDeletedGuide: CollectionAfterDeleteHook<GuideDoc> = async ({ doc, req }) => {
  const tags = [
    cacheTags.guideList,
    cacheTags.sitemap,
    cacheTags.redirects,
    ...(doc.slug ? [cacheTags.guide(doc.slug)] : []),
  ]
  await expireCacheTags(req, tags)
  return doc
}
