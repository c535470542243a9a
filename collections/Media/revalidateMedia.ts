import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { cacheTags } from '@/lib/cache/tags'
import { expireCacheTags } from '@/lib/cache/revalidate'

// An image's alt text or caption shows on the guides that use it; guide pages carry the taxonomy
// tag (lib/data/guides.ts) and guide lists their own, so both are expired rather than looking the guides up.
const MEDIA_TAGS = [cacheTags.taxonomy, cacheTags.guideList]

export const revalidateMedia: CollectionAfterChangeHook = async ({ doc, req }) => {
  await expireCacheTags(req, MEDIA_TAGS)
  return doc
}

export const revalidateMediaDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await expireCacheTags(req, MEDIA_TAGS)
  return doc
}
