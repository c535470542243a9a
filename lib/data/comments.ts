import { unstable_cache } from 'next/cache'
import type { Comment } from '@/payload-types'
import { cacheTags } from '@/lib/cache/tags'
import { payloadClient } from './payload'

/** What a reader sees of a comment: never the email or the IP hash. */
export type PublicComment = Pick<Comment, 'id' | 'authorName' | 'body' | 'createdAt'> & { parent: number | null }

/**
 * A guide's approved comments, oldest first; expired when a comment on it is approved or withdrawn.
 * Filters on `approved` itself rather than through the readers' access rule, whose "on a published
 * guide" condition joins the guides table and so costs Payload two statements instead of one: the
 * page asks only for a guide it has already read as published (or an editor previews).
 */
export function getApprovedComments(guideId: number): Promise<PublicComment[]> {
  return unstable_cache(
    async () => {
      const { docs } = await (
        await payloadClient()
      ).find({
        collection: 'comments',
        overrideAccess: true,
        where: { and: [{ guide: { equals: guideId } }, { status: { equals: 'approved' } }] },
        sort: 'createdAt',
        depth: 0,
        limit: 1000,
        pagination: false,
        select: { authorName: true, body: true, createdAt: true, parent: true },
      })
      return docs.map(({ id, authorName, body, createdAt, parent }) => ({
        id,
        authorName,
        body,
        createdAt,
        parent: typeof parent === 'object' && parent ? parent.id : (parent ?? null),
      }))
    },
    ['approved-comments', String(guideId)],
    { tags: [cacheTags.comments(guideId)] },
  )()
}
