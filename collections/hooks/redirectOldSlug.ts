import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionSlug } from 'payload'
import { publicPath, type CollectionWithPages } from '@/lib/config/site'
import { redirectPathToDocument } from '@/collections/Redirects/redirect-to-document'

type SluggedDoc = { id: number; slug?: string | null; _status?: 'draft' | 'published' | null }

const LIVE_SLUG = 'liveSlugBeforeChange'
const LIVE_DOC = 'liveDocBeforeChange'

/**
 * The slug readers can reach right now. With drafts, `originalDoc` may be an autosaved draft that
 * already carries the new slug, so the live (published) document is read from the collection itself.
 */
export const rememberLiveSlug: CollectionBeforeChangeHook<SluggedDoc> = async ({
  operation,
  data,
  originalDoc,
  collection,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  if (!collection.versions?.drafts) {
    if (originalDoc.slug) req.context[LIVE_SLUG] = originalDoc.slug
    req.context[LIVE_DOC] = originalDoc
    return data
  }
  // An update that names no status keeps the one it had. A save as draft is either a draft over the
  // live guide (readers see no change) or an unpublish, which takes the live guide away: the live row
  // (the collection's own table, which draft saves leave alone) tells whether there was one to take.
  if ((data._status ?? originalDoc._status) !== 'published') {
    const row = (await req.payload.db.findOne({
      collection: collection.slug as CollectionSlug,
      where: { id: { equals: originalDoc.id } },
      req,
    })) as SluggedDoc | null
    if (row?._status === 'published' && row.slug) {
      req.context[LIVE_SLUG] = row.slug
      req.context[LIVE_DOC] = row
    }
    return data
  }
  const live = (await req.payload.findByID({
    collection: collection.slug as CollectionSlug,
    id: originalDoc.id,
    draft: false,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })) as SluggedDoc | null
  // Set on req.context after the read: a Local API call made with `req` gives the request a new context.
  if (live?._status === 'published' && live.slug) {
    req.context[LIVE_SLUG] = live.slug
    req.context[LIVE_DOC] = live
  }
  return data
}

/**
 * When the live document moves to a new slug, its old path redirects to the document itself (not to
 * the new path), so that a later rename never creates a chain: every old path resolves in one hop.
 * A redirect that pointed away from the new path is dropped, since a page now lives there.
 */
export const redirectOldSlug: CollectionAfterChangeHook<SluggedDoc> = async ({ doc, collection, req, context }) => {
  const oldSlug = context[LIVE_SLUG]
  const isPublished = !collection.versions?.drafts || doc._status === 'published'
  if (typeof oldSlug !== 'string' || !doc.slug || oldSlug === doc.slug || !isPublished) return doc
  const collectionSlug = collection.slug as CollectionWithPages
  const pathOf = (slug: string) => publicPath(collectionSlug, slug)
  await redirectPathToDocument(req, pathOf(oldSlug), collectionSlug, doc.id)
  await req.payload.delete({
    collection: 'redirects',
    where: { from: { equals: pathOf(doc.slug) } },
    req,
    overrideAccess: true,
  })
  return doc
}

/** The document as readers saw it before this change (set on updates of live documents only). */
export function liveDocBeforeChange(context: Record<string, unknown>): Record<string, unknown> | undefined {
  return context[LIVE_DOC] as Record<string, unknown> | undefined
}

/** The old path's cached page must go too, even when the previous version was a draft with the new slug. */
export function liveSlugBeforeChange(context: Record<string, unknown>): string | undefined {
  const slug = context[LIVE_SLUG]
  return typeof slug === 'string' ? slug : undefined
}
