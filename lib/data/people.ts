import { unstable_cache } from 'next/cache'
import { cache } from 'react'
import type { Person } from '@/payload-types'
import { cacheTags } from '@/lib/cache/tags'
import { summaryFields, type GuideSummary } from './guides'
import { asReader, payloadClient, published, unstorable } from './payload'

/** How many of a person's guides their profile lists, newest first. */
export const PROFILE_PAGE_GUIDES = 100

export interface PersonPageData {
  /** Read as an anonymous reader: the linked account is not part of it (collections/People). */
  person: Person
  /** Published guides they wrote or reviewed. */
  guides: GuideSummary[]
}

/**
 * An author's or reviewer's profile with their published guides; null when there is none. React's
 * `cache` shares one read between the page and its metadata within a request.
 */
export const getPersonPage = cache(async (slug: string): Promise<PersonPageData | null> => {
  if (unstorable(slug)) return null
  return unstable_cache(
    async () => {
      const client = await payloadClient()
      const { docs } = await client.find({
        collection: 'people',
        ...asReader,
        where: { slug: { equals: slug } },
        depth: 1, // the photo
        limit: 1,
        pagination: false,
      })
      const person = docs[0]
      if (!person) return null
      const guides = await client.find({
        collection: 'guides',
        ...asReader,
        where: { and: [published, { or: [{ authors: { equals: person.id } }, { reviewer: { equals: person.id } }] }] },
        sort: '-publishedAt',
        depth: 0,
        limit: PROFILE_PAGE_GUIDES,
        pagination: false,
        select: summaryFields,
      })
      return { person, guides: guides.docs }
    },
    ['person', slug],
    // The list tag: a guide published, unpublished or given other authors changes the list.
    { tags: [cacheTags.person(slug), cacheTags.people, cacheTags.guideList] },
  )()
})
