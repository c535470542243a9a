import { unstable_cache } from 'next/cache'
import { cache } from 'react'
import type { Skill, Technology } from '@/payload-types'
import { cacheTags } from '@/lib/cache/tags'
import { drizzleOf } from '@/lib/db/drizzle'
import type { GuideSummary } from './guides'
import { asReader, payloadClient, unstorable } from './payload'
import { summaryOfRow } from './sql/guide-summary'
import { guidesReferencingQuery, popularTechnologiesQuery, type TaxonomyField } from './sql/taxonomy-guides'

export type { TaxonomyField }

/** A technology or a skill, by its collection. */
export type TaxonomyDoc<C extends TaxonomyField> = C extends 'technologies' ? Technology : Skill

/** How many guides a technology or skill page lists; the rest are on the guide list filtered by it. */
export const TAXONOMY_PAGE_GUIDES = 24

export interface TaxonomyGuides {
  /** The newest published guides that name it. */
  guides: GuideSummary[]
  /** Whether more published guides name it than `guides` holds. */
  more: boolean
}

/** The newest published guides that name a technology or skill (one statement, sql/taxonomy-guides.ts). */
export async function guidesReferencing(field: TaxonomyField, id: number): Promise<TaxonomyGuides> {
  const { rows } = await drizzleOf(await payloadClient()).execute(
    guidesReferencingQuery(field, id, TAXONOMY_PAGE_GUIDES + 1),
  )
  return { guides: rows.slice(0, TAXONOMY_PAGE_GUIDES).map(summaryOfRow), more: rows.length > TAXONOMY_PAGE_GUIDES }
}

export type TaxonomyPageData<C extends TaxonomyField> = { doc: TaxonomyDoc<C> } & TaxonomyGuides

const tagOfDoc = { technologies: cacheTags.technology, skills: cacheTags.skill } as const

/**
 * A technology or skill page: the document and the newest published guides that name it; null when
 * there is none. React's `cache` shares one read between the page, its metadata and its card within
 * a request.
 */
export const getTaxonomyPage = cache(function getTaxonomyPage<C extends TaxonomyField>(
  collection: C,
  slug: string,
): Promise<TaxonomyPageData<C> | null> {
  if (unstorable(slug)) return Promise.resolve(null)
  return unstable_cache(
    async () => {
      const { docs } = await (
        await payloadClient()
      ).find({
        collection,
        ...asReader,
        where: { slug: { equals: slug } },
        depth: 0,
        limit: 1,
        pagination: false,
      })
      const doc = docs[0] as TaxonomyDoc<C> | undefined
      if (!doc) return null
      return { doc, ...(await guidesReferencing(collection, doc.id)) }
    },
    [collection, slug],
    { tags: [tagOfDoc[collection](slug), cacheTags.taxonomy, cacheTags.guideList] },
  )()
})

/** Every skill, for the guide list's filter, sorted by name. */
export const getAllSkills = unstable_cache(
  async (): Promise<Pick<Skill, 'id' | 'name' | 'slug'>[]> => {
    const { docs } = await (
      await payloadClient()
    ).find({
      collection: 'skills',
      ...asReader,
      sort: 'name',
      depth: 0,
      pagination: false,
      select: { name: true, slug: true },
    })
    return docs
  },
  ['all-skills'],
  { tags: [cacheTags.taxonomy] },
)

/** Every technology, for the hub page, sorted by name. */
export const getAllTechnologies = unstable_cache(
  async (): Promise<Pick<Technology, 'id' | 'name' | 'slug' | 'category' | 'abbreviation'>[]> => {
    const { docs } = await (
      await payloadClient()
    ).find({
      collection: 'technologies',
      ...asReader,
      sort: 'name',
      depth: 0,
      pagination: false,
      select: { name: true, slug: true, category: true, abbreviation: true },
    })
    return docs
  },
  ['all-technologies'],
  { tags: [cacheTags.taxonomy] },
)

/** A technology as chips show it. */
export type TechnologyChipData = Pick<Technology, 'id' | 'name' | 'slug' | 'category' | 'abbreviation'>

/**
 * The technologies the newest published guides name most, with how many, most first: the home page's
 * "browse by technology" (getPopularTechnologies, cached; the sample: sql/taxonomy-guides.ts).
 */
export async function popularTechnologies(limit: number): Promise<(TechnologyChipData & { guides: number })[]> {
  const { rows } = await drizzleOf(await payloadClient()).execute(popularTechnologiesQuery(limit))
  return rows.map((row) => ({
    id: Number(row.id),
    name: String(row.name),
    slug: String(row.slug),
    category: String(row.category) as Technology['category'],
    abbreviation: row.abbreviation == null ? null : String(row.abbreviation),
    guides: Number(row.guides),
  }))
}

export const getPopularTechnologies = unstable_cache(popularTechnologies, ['popular-technologies'], {
  tags: [cacheTags.taxonomy, cacheTags.guideList],
})
