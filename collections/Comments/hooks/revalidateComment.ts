import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { cacheTags } from '@/lib/cache/tags'
import { expireCacheTags } from '@/lib/cache/revalidate'

type CommentDoc = { id: number; guide?: number | { id: number } | null; status?: string | null }

const guideId = (doc: CommentDoc | undefined) =>
  typeof doc?.guide === 'object' && doc.guide ? doc.guide.id : doc?.guide

function expireGuideComments(
  req: Parameters<CollectionAfterDeleteHook>[0]['req'],
  ...docs: (CommentDoc | undefined)[]
) {
  const ids = [...new Set(docs.map(guideId).filter((id): id is number => typeof id === 'number'))]
  return expireCacheTags(req, ids.map(cacheTags.comments))
}

/**
 * Readers see approved comments only, so a guide's page changes when a comment becomes approved,
 * stops being approved, or an approved one is edited; a new pending comment expires nothing.
 */
export const revalidateComment: CollectionAfterChangeHook<CommentDoc> = async ({ doc, previousDoc, req }) => {
  if (doc.status === 'approved' || previousDoc?.status === 'approved') await expireGuideComments(req, doc, previousDoc)
  return doc
}

export const revalidateDeletedComment: CollectionAfterDeleteHook<CommentDoc> = async ({ doc, req }) => {
  if (doc.status === 'approved') await expireGuideComments(req, doc)
  return doc
}
