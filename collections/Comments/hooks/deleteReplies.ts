import type { CollectionAfterDeleteHook } from 'payload'

/** Replies go with the comment they answer, so none is left pointing at nothing. */
export const deleteReplies: CollectionAfterDeleteHook<{ id: number; parent?: unknown }> = async ({ doc, req }) => {
  if (doc.parent) return doc
  await req.payload.delete({ collection: 'comments', where: { parent: { equals: doc.id } }, req, overrideAccess: true })
  return doc
}
