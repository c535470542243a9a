import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { cacheTags } from '@/lib/cache/tags'
import { expireCacheTags } from '@/lib/cache/revalidate'

type TaxonomyDoc = { id: number | string; slug?: string | null }

function tagsFor(collection: string, ...docs: (TaxonomyDoc | undefined)[]): string[] {
  const slugTag = collection === 'skills' ? cacheTags.skill : cacheTags.technology
  const slugs = docs.map((doc) => doc?.slug).filter((slug): slug is string => Boolean(slug))
  return [cacheTags.taxonomy, cacheTags.redirects, ...slugs.map(slugTag)]
}

export const revalidateTaxonomy: CollectionAfterChangeHook<TaxonomyDoc> = async ({
  doc,
  previousDoc,
  collection,
  req,
}) => {
  await expireCacheTags(req, tagsFor(collection.slug, doc, previousDoc))
  return doc
}

export const revalidateTaxonomyDelete: CollectionAfterDeleteHook<TaxonomyDoc> = async ({ doc, collection, req }) => {
  await expireCacheTags(req, tagsFor(collection.slug, doc))
  return doc
}
