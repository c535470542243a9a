import type { PayloadRequest } from 'payload'
import type { CollectionWithPages } from '@/lib/config/site'

/**
 * Makes `from` redirect permanently to the document itself (not to its path, so a later rename
 * never creates a chain), replacing whatever redirect that path had. Used when a live document
 * moves to a new slug and when a technology or skill is merged into another.
 */
export async function redirectPathToDocument(
  req: PayloadRequest,
  from: string,
  relationTo: CollectionWithPages,
  id: number,
) {
  const to = { type: 'reference' as const, reference: { relationTo, value: id } }
  const existing = await req.payload.find({
    collection: 'redirects',
    where: { from: { equals: from } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (existing.docs[0]) {
    await req.payload.update({
      collection: 'redirects',
      id: existing.docs[0].id,
      data: { to, type: '308' },
      req,
      overrideAccess: true,
    })
  } else {
    await req.payload.create({ collection: 'redirects', data: { from, to, type: '308' }, req, overrideAccess: true })
  }
}
