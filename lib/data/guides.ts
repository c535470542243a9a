import { unstable_cache } from 'next/cache'
import { draftMode, headers } from 'next/headers'
import type { Where } from 'payload'
import { cache } from 'react'
import type { Guide } from '@/payload-types'
import { cacheTags } from '@/lib/cache/tags'
import type { GuideFilters } from '@/lib/config/site'
import { drizzleOf } from '@/lib/db/drizzle'
import { withPreparedStatements } from '@/lib/db/prepared-statements'
import { getApprovedComments, type PublicComment } from './comments'
import type { GuideSummary } from './sql/guide-summary'

export type { GuideSummary }
import { asReader, payloadClient, published, unstorable } from './payload'
import { careerPathGuides, relatedCareers, type GuideLink } from './related-careers'
import { summaryOfRow } from './sql/guide-summary'
import { publishedGuideCountQuery, publishedGuideIdsQuery, type RequiredTaxonomy } from './sql/guide-list'
import { guideNeighboursQuery, type NeighbourOf } from './sql/guide-neighbours'
import { closestComparable, type Overlap } from '@/lib/compare/similarity'
import { comparisonLinkOf, type ComparisonLink } from '@/lib/compare/links'

/** What guide lists read of a guide (GuideSummary). */
export const summaryFields = {
  title: true,
  role: true,
  slug: true,
  excerpt: true,
  publishedAt: true,
  updatedAt: true,
} as const

/** What cards read of a guide: the summary and its featured image, populated with what next/image needs. */
const cardFields = { ...summaryFields, featuredImage: true } as const
const cardPopulate = {
  media: { alt: true, url: true, filename: true, width: true, height: true, sizes: { card: true } },
} as const

export const getPublishedGuides = unstable_cache(
  async (): Promise<GuideSummary[]> => {
    const { docs } = await (
      await payloadClient()
    ).find({
      collection: 'guides',
      ...asReader,
      where: published,
      sort: '-publishedAt',
      depth: 1,
      limit: 100,
      pagination: false,
      select: cardFields,
      populate: cardPopulate,
    })
    return docs
  },
  ['published-guides'],
  { tags: [cacheTags.guideList] },
)

const guidePopulate = {
  technologies: { name: true, slug: true, category: true, abbreviation: true },
  skills: { name: true, slug: true, kind: true },
  guides: { title: true, slug: true, role: true },
  // The byline: authors and reviewer, each linked to their profile (components/guide/Byline.tsx).
  people: { name: true, slug: true, jobTitle: true, credentials: true },
} as const

/**
 * A published guide with the technologies, skills and linked guides its blocks show; null when there is none.
 * React's `cache` shares one read between the page and its metadata within a request: on a cache miss
 * both would otherwise query, as Next's data cache does not coalesce concurrent misses.
 */
export const getPublishedGuide = cache(async (slug: string): Promise<Guide | null> => {
  if (unstorable(slug)) return null
  return unstable_cache(
    async () => {
      const client = await payloadClient()
      const { docs } = await withPreparedStatements(() =>
        client.find({
          collection: 'guides',
          ...asReader,
          where: { and: [published, { slug: { equals: slug } }] },
          depth: 1,
          limit: 1,
          pagination: false,
          populate: guidePopulate,
        }),
      )
      return docs[0] ?? null
    },
    ['guide', slug],
    // The list tag too: the guides its career-path blocks link to are read with it, and one of
    // them renamed, unpublished or deleted must not stay linked. The people tag for its byline.
    { tags: [cacheTags.guide(slug), cacheTags.taxonomy, cacheTags.guideList, cacheTags.people] },
  )()
})

/**
 * The latest draft of a guide, for an editor previewing it (Next's draft mode): read as the signed-in
 * account, never cached, so a draft can reach neither an anonymous reader nor the page cache.
 */
export async function getGuidePreview(slug: string, requestHeaders: Headers): Promise<Guide | null> {
  const client = await payloadClient()
  const { user } = await client.auth({ headers: requestHeaders })
  if (!user) return null
  const { docs } = await client.find({
    collection: 'guides',
    overrideAccess: false,
    user,
    draft: true,
    where: { slug: { equals: slug } },
    depth: 1,
    limit: 1,
    pagination: false,
    populate: guidePopulate,
  })
  return docs[0] ?? null
}

/** The guide a request shows: the published one, or in draft mode (an editor's preview) its latest draft. */
export async function getGuideForRequest(slug: string): Promise<{ guide: Guide | null; previewing: boolean }> {
  const previewing = (await draftMode()).isEnabled
  const guide = previewing ? await getGuidePreview(slug, await headers()) : await getPublishedGuide(slug)
  return { guide, previewing }
}

export const GUIDES_PER_PAGE = 24

/**
 * One page of the guide list, newest first, optionally only guides that need a technology or a skill
 * (by slug) or any technology of a category; `totalPages` is at least 1 so page 1 always exists.
 */
export function getPublishedGuidesPage(
  page: number,
  filters: GuideFilters = {},
): Promise<{ guides: GuideSummary[]; page: number; totalPages: number }> {
  return unstable_cache(
    async () => {
      const client = await payloadClient()
      const idsOf = async (collection: 'technologies' | 'skills', where: Where) =>
        (await client.find({ collection, ...asReader, where, depth: 0, pagination: false, select: {} })).docs.map(
          (doc) => doc.id,
        )
      const required: RequiredTaxonomy[] = []
      if (filters.technology)
        required.push({
          field: 'technologies',
          ids: await idsOf('technologies', { slug: { equals: filters.technology } }),
        })
      if (filters.skill)
        required.push({ field: 'skills', ids: await idsOf('skills', { slug: { equals: filters.skill } }) })
      if (filters.category)
        required.push({
          field: 'technologies',
          ids: await idsOf('technologies', { category: { equals: filters.category } }),
        })
      // An unknown slug or an empty category matches no guide (an empty `in` would be no filter at all).
      if (required.some(({ ids }) => ids.length === 0)) return { guides: [], page, totalPages: 1 }
      const db = drizzleOf(client)
      const total = Number((await db.execute(publishedGuideCountQuery(required))).rows[0]!.guides)
      const totalPages = Math.max(1, Math.ceil(total / GUIDES_PER_PAGE))
      const offset = (page - 1) * GUIDES_PER_PAGE
      if (offset >= total) return { guides: [], page, totalPages }
      const { rows } = await db.execute(publishedGuideIdsQuery(required, offset, GUIDES_PER_PAGE, total))
      const ids = rows.map((row) => Number(row.id))
      // The page's cards with their images, by id: the order and the skipping were done by the index.
      const { docs } = await client.find({
        collection: 'guides',
        ...asReader,
        where: { and: [published, { id: { in: ids } }] },
        sort: ['-publishedAt', '-id'],
        depth: 1,
        pagination: false,
        select: cardFields,
        populate: cardPopulate,
      })
      return { guides: docs, page, totalPages }
    },
    ['published-guides-page', String(page), filters.technology ?? '', filters.skill ?? '', filters.category ?? ''],
    { tags: [cacheTags.guideList, cacheTags.taxonomy] },
  )()
}

export interface GuideNeighbours {
  previous: GuideSummary | null
  next: GuideSummary | null
  /** Guides that share the most technologies with this one, best first. */
  related: GuideSummary[]
  /** The same guides with how many technologies and skills they share with this one and name in all. */
  overlaps: { guide: GuideSummary; shared: number; size: number }[]
}

/**
 * What a guide page links to besides its content: the guides published just before and after it,
 * and up to `relatedCount` guides that need the most of the same technologies. One SQL statement
 * (sql/guide-neighbours.ts; a guide page on a cache miss has a budget of seven, see
 * tests/http/query-budget.test.ts): through Payload's API this took four, as a relationship filter is
 * a query for ids and then one for rows. Only published guides are read, so this bypasses no access
 * rule a reader has.
 */
export function getGuideNeighbours(guide: NeighbourOf, relatedCount = 4): Promise<GuideNeighbours> {
  return unstable_cache(
    async (): Promise<GuideNeighbours> => {
      const { rows } = await drizzleOf(await payloadClient()).execute(guideNeighboursQuery(guide, { relatedCount }))
      const of = (link: string) => rows.filter((row) => row.link === link).map(summaryOfRow)
      const overlaps = rows
        .filter((row) => row.link === 'related')
        .map((row) => ({ guide: summaryOfRow(row), shared: Number(row.shared_all), size: Number(row.size) }))
      return { previous: of('previous')[0] ?? null, next: of('next')[0] ?? null, related: of('related'), overlaps }
    },
    [
      'guide-neighbours',
      String(guide.id),
      guide.publishedAt ?? '',
      guide.technologyIds.join(','),
      (guide.skillIds ?? []).join(','),
    ],
    { tags: [cacheTags.guideList] },
  )()
}

/** What a guide page shows around its content: related careers, previous and next, and its approved comments. */
export interface GuideSurroundings {
  related: GuideLink[]
  previous: GuideSummary | null
  next: GuideSummary | null
  comments: PublicComment[]
  /** Its closest comparison pages, among the related guides that share enough with it. */
  comparisons: ComparisonLink[]
}

/** The guide page's reads besides the guide itself, side by side; each is cached on its own (above). */
export async function getGuideSurroundings(guide: Guide): Promise<GuideSurroundings> {
  const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)
  const technologyIds = (guide.technologies ?? []).map(idOf)
  const skillIds = (guide.skills ?? []).map(idOf)
  const [{ previous, next, related, overlaps }, comments] = await Promise.all([
    getGuideNeighbours({ id: guide.id, publishedAt: guide.publishedAt, technologyIds, skillIds }),
    getApprovedComments(guide.id),
  ])
  const size = new Set(technologyIds).size + new Set(skillIds).size
  const comparable = overlaps.map(({ guide: other, shared, size: otherSize }) => ({
    other,
    overlap: { shared, sizeA: size, sizeB: otherSize } satisfies Overlap,
  }))
  return {
    related: relatedCareers(careerPathGuides(guide.content ?? []), related, guide.id),
    previous,
    next,
    comments,
    comparisons: closestComparable(comparable).map(({ other }) => comparisonLinkOf(guide, other)),
  }
}
