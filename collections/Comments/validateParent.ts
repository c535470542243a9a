import type { RelationshipFieldSingleValidation } from 'payload'

const idOf = (value: unknown) => (typeof value === 'object' && value ? (value as { id: unknown }).id : value)

/** A reply answers a top-level comment on the same guide: one level of replies, never itself. */
export const validateParent: RelationshipFieldSingleValidation = async (value, { req, data, id }) => {
  const parentId = idOf(value)
  if (parentId === null || parentId === undefined || parentId === '') return true
  if (id !== undefined && String(parentId) === String(id)) return 'A comment cannot reply to itself.'
  const parent = await req.payload.findByID({
    collection: 'comments',
    id: parentId as number,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { guide: true, parent: true },
  })
  if (!parent) return 'The comment this replies to does not exist.'
  if (idOf(parent.parent)) return 'Replies go one level deep: answer the original comment instead.'
  if (String(idOf(parent.guide)) !== String(idOf((data as { guide?: unknown }).guide)))
    return 'A reply must be on the same guide as the comment it answers.'
  return true
}
