import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { cacheTags } from '@/lib/cache/tags'
import { expireCacheTags } from '@/lib/cache/revalidate'

type PersonDoc = { id: number | string; slug?: string | null }

/** A profile shows on its own page, in the bylines of its guides (tagged `people`) and in the sitemap. */
function tagsFor(...docs: (PersonDoc | undefined)[]): string[] {
  const slugs = docs.map((doc) => doc?.slug).filter((slug): slug is string => Boolean(slug))
  return [cacheTags.people, cacheTags.sitemap, ...slugs.map(cacheTags.person)]
}

export const revalidatePerson: CollectionAfterChangeHook<PersonDoc> = async ({ doc, previousDoc, req }) => {
  await expireCacheTags(req, tagsFor(doc, previousDoc))
  return doc
}

export const revalidatePersonDelete: CollectionAfterDeleteHook<PersonDoc> = async ({ doc, req }) => {
  await expireCacheTags(req, tagsFor(doc))
  return doc
}
