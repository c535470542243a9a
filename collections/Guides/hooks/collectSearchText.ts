import type { CollectionBeforeChangeHook } from 'payload'
import { searchTextOf } from '@/lib/search/search-text'

/**
 * Keeps `searchText` (one of the columns the search vector is built from) in step with the guide.
 * Runs after collectTaxonomy, so `technologies` and `skills` hold the IDs the blocks name.
 */
export const collectSearchText: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const guide = { ...originalDoc, ...data }
  const namesOf = async (collection: 'technologies' | 'skills', ids: unknown) => {
    const list = (Array.isArray(ids) ? ids : [])
      .map((id) => (typeof id === 'object' && id ? (id as { id: number }).id : id))
      .filter((id): id is number => typeof id === 'number')
    if (!list.length) return []
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: list } },
      depth: 0,
      pagination: false,
      req,
      overrideAccess: true,
      select: { name: true },
    })
    return docs.map((doc) => doc.name)
  }
  const taxonomyNames = [
    ...(await namesOf('technologies', guide.technologies)),
    ...(await namesOf('skills', guide.skills)),
  ]
  return {
    ...data,
    searchText: searchTextOf({
      role: guide.role,
      content: guide.content,
      secondaryKeywords: guide.meta?.secondaryKeywords,
      taxonomyNames,
    }),
  }
}
