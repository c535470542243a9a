import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, FieldHook } from 'payload'
import { cacheTags } from '@/lib/cache/tags'
import { normalizePath } from '@/lib/redirects/resolve'
import { expireCacheTags } from '@/lib/cache/revalidate'

/** Stored the way requests are looked up, so "/Guides/a/" typed by an editor still matches. */
export const normalizeRedirectFrom: FieldHook = ({ value }) =>
  typeof value === 'string' && value.trim() ? normalizePath(value) : value

export const revalidateRedirects: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({ doc, req }) => {
  await expireCacheTags(req, [cacheTags.redirects])
  return doc
}
