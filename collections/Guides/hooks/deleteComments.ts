import type { CollectionBeforeDeleteHook } from 'payload'

/** A guide's comments go with it (in the same transaction); the database would refuse to orphan them. */
export const deleteComments: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'comments', where: { guide: { equals: id } }, req, overrideAccess: true })
}
