import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { sql } from '@payloadcms/db-postgres'
import { getPayload, type Payload, type Where } from 'payload'
import { cache } from 'react'
import type { Comment, Guide, Skill, Technology } from '../payload-types'
import { cacheTags } from './cache/tags'
import { env } from './config/env'
import { redirectTarget, resolveRedirect, type RedirectHop, type ResolvedRedirect } from './redirects/resolve'
import { drizzleOf } from './db/drizzle'
import { withPreparedStatements } from './db/prepared-statements'
import { normalizeQuery, SEARCH_PAGE_SIZE, searchGuidesPage, type SearchHit } from './search/query'
import { isThinTaxonomyPage, type SitemapSource } from './seo/crawling'
import type { GuideFilters } from './config/site'

/**
 * Every read the public pages make, in one place. Reads go through access control as an anonymous
 * reader (`overrideAccess: false`), so a draft can never reach a page, and each result is cached
 * under tags that the collections' hooks expire when content changes.
 */

const asReader = { overrideAccess: false, draft: false } as const

/** A path segment no stored slug or path can equal (PostgreSQL text cannot hold NUL): not found, without asking. */
const unstorable = (value: string) => value.includes('\u0000')
const published: Where = { _status: { equals: 'published' } }

async function payload() {
  // `cron: true` starts the jobs queue's schedule (scheduled publishing) with the first page served;
  // payload.config.ts's shouldAutoRun keeps it off where it must not run.
  return getPayload({ config, cron: true })
}

export type GuideSummary = Pick<Guide, 'id' | 'title' | 'role' | 'slug' | 'excerpt' | 'publishedAt' | 'updatedAt'>

const summaryFields = {
  title: true,
  role: true,
  slug: true,
  excerpt: true,
  publishedAt: true,
  updatedAt: true,
} as const

/** The same summary, read with SQL of our own (as `g`), and a row of it. */
const summaryColumns = sql`g.id, g.title, g.role, g.slug, g.excerpt, g.published_at, g.updated_at`
const summaryOfRow = (row: Record<string, unknown>): GuideSummary => ({
  id: Number(row.id),
  title: String(row.title),
  role: String(row.role),
  slug: String(row.slug),
  excerpt: row.excerpt == null ? null : String(row.excerpt),
  publishedAt: row.published_at == null ? null : new Date(row.published_at as string).toISOString(),
  updatedAt: new Date(row.updated_at as string).toISOString(),
})

export const getPublishedGuides = unstable_cache(
  async (): Promise<GuideSummary[]> => {
    const { docs } = await (
      await payload()
    ).find({
      collection: 'guides',
      ...asReader,
      where: published,
      sort: '-publishedAt',
      depth: 0,
      limit: 100,
      pagination: false,
      select: summaryFields,
    })
    return docs
  },
  ['published-guides'],
  { tags: [cacheTags.guideList] },
)

/**
 * A published guide with the technologies, skills and linked guides its blocks show; null when there is none.
 * React's `cache` shares one read between the page and its metadata within a request: on a cache miss
 * both would otherwise query, as Next's data cache does not coalesce concurrent misses.
 */
export const getPublishedGuide = cache(async (slug: string): Promise<Guide | null> => {
  if (unstorable(slug)) return null
  return unstable_cache(
    async () => {
      const client = await payload()
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
    // them renamed, unpublished or deleted must not stay linked.
    { tags: [cacheTags.guide(slug), cacheTags.taxonomy, cacheTags.guideList] },
  )()
})

const guidePopulate = {
  technologies: { name: true, slug: true, category: true, abbreviation: true },
  skills: { name: true, slug: true, kind: true },
  guides: { title: true, slug: true, role: true },
} as const

/**
 * The latest draft of a guide, for an editor previewing it (Next's draft mode): read as the signed-in
 * account, never cached, so a draft can reach neither an anonymous reader nor the page cache.
 */
export async function getGuidePreview(slug: string, requestHeaders: Headers): Promise<Guide | null> {
  const client = await payload()
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

/** How many guides a technology or skill page lists; the rest are on the guide list filtered by it. */
export const TAXONOMY_PAGE_GUIDES = 24

export interface TaxonomyGuides {
  /** The newest published guides that name it. */
  guides: GuideSummary[]
  /** Whether more published guides name it than `guides` holds. */
  more: boolean
}

/**
 * The newest published guides that name a technology or skill: one statement that walks the newest
 * guides (guides_published_at_idx, backwards: hence no NULLS LAST) and stops after one more than the
 * page shows, so its cost does not grow with the number of guides (Payload's relationship filter
 * joins, de-duplicates and counts every match: 76 ms at 10,000 guides, this 3 ms). Only published
 * guides are read, as for an anonymous reader.
 */
export async function guidesReferencing(field: 'technologies' | 'skills', id: number): Promise<TaxonomyGuides> {
  // Literal paths, so that PostgreSQL can use the partial index of each (guides_rels_technology_guide_idx).
  const names =
    field === 'technologies'
      ? sql`r.path = 'technologies' AND r.technologies_id = ${id}`
      : sql`r.path = 'skills' AND r.skills_id = ${id}`
  const { rows } = await drizzleOf(await payload()).execute(sql`
    SELECT ${summaryColumns} FROM guides g
    WHERE g._status = 'published'
      AND EXISTS (SELECT 1 FROM guides_rels r WHERE r.parent_id = g.id AND ${names})
    ORDER BY g.published_at DESC, g.id DESC
    LIMIT ${TAXONOMY_PAGE_GUIDES + 1}`)
  return { guides: rows.slice(0, TAXONOMY_PAGE_GUIDES).map(summaryOfRow), more: rows.length > TAXONOMY_PAGE_GUIDES }
}

/** A technology or skill page: the document and the newest published guides that name it. */
const taxonomyPage = cache(function taxonomyPage<
  C extends 'technologies' | 'skills',
  Doc extends (C extends 'technologies' ? Technology : Skill),
>(collection: C, slug: string, tags: string[]): Promise<({ doc: Doc } & TaxonomyGuides) | null> {
  if (unstorable(slug)) return Promise.resolve(null)
  return unstable_cache(
    async () => {
      const { docs } = await (
        await payload()
      ).find({
        collection,
        ...asReader,
        where: { slug: { equals: slug } },
        depth: 0,
        limit: 1,
        pagination: false,
      })
      const doc = docs[0] as Doc | undefined
      if (!doc) return null
      return { doc, ...(await guidesReferencing(collection, doc.id)) }
    },
    [collection, slug],
    { tags: [...tags, cacheTags.taxonomy, cacheTags.guideList] },
  )()
})

export async function getTechnology(slug: string): Promise<({ technology: Technology } & TaxonomyGuides) | null> {
  const found = await taxonomyPage('technologies', slug, [cacheTags.technology(slug)])
  return found && { technology: found.doc, guides: found.guides, more: found.more }
}

export async function getSkill(slug: string): Promise<({ skill: Skill } & TaxonomyGuides) | null> {
  const found = await taxonomyPage('skills', slug, [cacheTags.skill(slug)])
  return found && { skill: found.doc, guides: found.guides, more: found.more }
}

/** How many published guides name each technology or skill (by id); one grouped statement over guides_rels. */
async function publishedGuideCounts(client: Payload, field: 'technologies' | 'skills'): Promise<Map<number, number>> {
  const column = field === 'technologies' ? sql`r.technologies_id` : sql`r.skills_id`
  const { rows } = await drizzleOf(client).execute(sql`
    SELECT ${column} AS id, count(DISTINCT g.id) AS guides FROM guides_rels r JOIN guides g ON g.id = r.parent_id
    WHERE g._status = 'published' AND r.path = ${field} AND ${column} IS NOT NULL
    GROUP BY 1`)
  return new Map(rows.map((row) => [Number(row.id), Number(row.guides)]))
}

/** Everything the sitemap lists: published, indexable guides, and the technology and skill pages that are not thin. */
export const getSitemapSource = unstable_cache(
  async (): Promise<SitemapSource> => {
    const client = await payload()
    const indexable: Where = { or: [{ 'meta.noindex': { equals: false } }, { 'meta.noindex': { exists: false } }] }
    const [guides, technologies, skills, technologyGuides, skillGuides] = await Promise.all([
      client.find({
        collection: 'guides',
        ...asReader,
        where: { and: [published, indexable] },
        pagination: false,
        depth: 0,
        select: { slug: true, updatedAt: true, meta: { canonicalUrl: true } },
      }),
      client.find({
        collection: 'technologies',
        ...asReader,
        pagination: false,
        depth: 0,
        select: { slug: true, updatedAt: true, description: true },
      }),
      client.find({
        collection: 'skills',
        ...asReader,
        pagination: false,
        depth: 0,
        select: { slug: true, updatedAt: true, description: true },
      }),
      publishedGuideCounts(client, 'technologies'),
      publishedGuideCounts(client, 'skills'),
    ])
    const indexed = (counts: Map<number, number>) => (doc: { id: number; description?: string | null }) =>
      !isThinTaxonomyPage(doc.description, counts.get(doc.id) ?? 0)
    return {
      guides: guides.docs.map((doc) => ({
        slug: doc.slug,
        updatedAt: doc.updatedAt,
        canonicalUrl: doc.meta?.canonicalUrl,
      })),
      technologies: technologies.docs
        .filter(indexed(technologyGuides))
        .map((doc) => ({ slug: doc.slug, updatedAt: doc.updatedAt })),
      skills: skills.docs.filter(indexed(skillGuides)).map((doc) => ({ slug: doc.slug, updatedAt: doc.updatedAt })),
      technologiesUpdatedAt: technologies.docs
        .map((doc) => doc.updatedAt)
        .sort()
        .at(-1),
    }
  },
  ['sitemap'],
  { tags: [cacheTags.sitemap, cacheTags.guideList, cacheTags.taxonomy] },
)

/** The stored redirect from one path, with its target as a path (or external URL); null when there is none. */
export function getRedirectHop(from: string): Promise<RedirectHop | null> {
  if (unstorable(from)) return Promise.resolve(null)
  return unstable_cache(
    async (): Promise<RedirectHop | null> => {
      const { docs } = await (
        await payload()
      ).find({
        collection: 'redirects',
        overrideAccess: false,
        where: { from: { equals: from } },
        depth: 1,
        limit: 1,
        pagination: false,
        populate: { guides: { slug: true }, technologies: { slug: true }, skills: { slug: true } },
      })
      const redirect = docs[0]
      if (!redirect) return null
      const kind = redirect.type === '307' ? 'temporary' : 'permanent'
      return { to: redirectTarget(redirect.to, env().SITE_URL), kind }
    },
    ['redirect', from],
    { tags: [cacheTags.redirects] },
  )()
}

/** Follows redirects from a path that has no page, collapsing chains into one hop. */
export function findRedirect(path: string): Promise<ResolvedRedirect | null> {
  return resolveRedirect(path, getRedirectHop)
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
      const client = await payload()
      const idsOf = async (collection: 'technologies' | 'skills', where: Where) =>
        (await client.find({ collection, ...asReader, where, depth: 0, pagination: false, select: {} })).docs.map(
          (doc) => doc.id,
        )
      const required: { field: 'technologies' | 'skills'; ids: number[] }[] = []
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
      const conditions: Where[] = [published, ...required.map(({ field, ids }) => ({ [field]: { in: ids } }))]
      const result = await client.find({
        collection: 'guides',
        ...asReader,
        where: { and: conditions },
        sort: '-publishedAt',
        depth: 0,
        limit: GUIDES_PER_PAGE,
        page,
        select: summaryFields,
      })
      return { guides: result.docs, page, totalPages: Math.max(1, result.totalPages) }
    },
    ['published-guides-page', String(page), filters.technology ?? '', filters.skill ?? '', filters.category ?? ''],
    { tags: [cacheTags.guideList, cacheTags.taxonomy] },
  )()
}

/** Every skill, for the guide list's filter, sorted by name. */
export const getAllSkills = unstable_cache(
  async (): Promise<Pick<Skill, 'id' | 'name' | 'slug'>[]> => {
    const { docs } = await (
      await payload()
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

/**
 * Search results for a query. Not cached: every distinct query would be a new cache entry on disk,
 * so a stream of random queries could fill it; the indexed query itself takes milliseconds.
 */
export async function getSearchResults(
  query: string,
  pageSize = SEARCH_PAGE_SIZE,
): Promise<{ hits: SearchHit[]; more: boolean }> {
  const normalized = normalizeQuery(query)
  return normalized ? searchGuidesPage(await payload(), normalized, { pageSize }) : { hits: [], more: false }
}

export interface GuideNeighbours {
  previous: GuideSummary | null
  next: GuideSummary | null
  /** Guides that share the most technologies with this one, best first. */
  related: GuideSummary[]
}

/**
 * What a guide page links to besides its content: the guides published just before and after it,
 * and up to `relatedCount` guides that need the most of the same technologies. One SQL statement
 * (a guide page on a cache miss has a budget of six, see tests/http/query-budget.test.ts): through
 * Payload's API this took four, as a relationship filter is a query for ids and then one for rows.
 * Only published guides are read, so this bypasses no access rule a reader has.
 */
export function getGuideNeighbours(guide: NeighbourOf, relatedCount = 4): Promise<GuideNeighbours> {
  return unstable_cache(
    async (): Promise<GuideNeighbours> => {
      const rows = await guideNeighbourRows(await payload(), guide, relatedCount)
      const of = (link: string) => rows.filter((row) => row.link === link).map(summaryOfRow)
      return { previous: of('previous')[0] ?? null, next: of('next')[0] ?? null, related: of('related') }
    },
    ['guide-neighbours', String(guide.id), guide.publishedAt ?? '', guide.technologyIds.join(',')],
    { tags: [cacheTags.guideList] },
  )()
}

/**
 * How many of the newest guides naming each of a guide's technologies are considered for its related
 * guides. Below this many guides per technology the ranking is exact; above it, an older guide can
 * only be related through a technology few newer guides name.
 */
export const RELATED_CANDIDATES_PER_TECHNOLOGY = 50

type NeighbourOf = Pick<Guide, 'id' | 'publishedAt'> & { technologyIds: number[] }

async function guideNeighbourRows(client: Payload, guide: NeighbourOf, relatedCount: number) {
  return (await drizzleOf(client).execute(guideNeighboursQuery(guide, { relatedCount }))).rows
}

/** The statement behind getGuideNeighbours (exported so that a test can run it with a smaller candidate cap). */
export function guideNeighboursQuery(
  guide: NeighbourOf,
  { relatedCount = 4, candidatesPerTechnology = RELATED_CANDIDATES_PER_TECHNOLOGY } = {},
) {
  const columns = summaryColumns
  const others = sql`g._status = 'published' AND g.id <> ${guide.id}`
  const adjacent = guide.publishedAt
    ? sql`
      (SELECT 'previous' AS link, ${columns}, 0 AS shared FROM guides g
        WHERE ${others} AND g.published_at < ${guide.publishedAt} ORDER BY g.published_at DESC, g.id DESC LIMIT 1)
      UNION ALL
      (SELECT 'next' AS link, ${columns}, 0 AS shared FROM guides g
        WHERE ${others} AND g.published_at > ${guide.publishedAt} ORDER BY g.published_at ASC, g.id ASC LIMIT 1)`
    : sql`(SELECT NULL AS link, ${columns}, 0 AS shared FROM guides g WHERE false)`
  const technologies = sql.join(
    (guide.technologyIds.length ? guide.technologyIds : [0]).map((id) => sql`${id}`),
    sql`, `,
  )
  // Candidates are the newest few guides of each technology (one index range each,
  // guides_rels_technology_guide_idx), ranked by all they share: counting over every guide that
  // shares a technology read 218,000 rows at 10,000 guides.
  return sql`
    ${adjacent}
    UNION ALL
    (SELECT 'related' AS link, ${columns}, shared.count AS shared
      FROM (SELECT DISTINCT newest.parent_id AS id FROM unnest(ARRAY[${technologies}]::int[]) AS technology(id)
        CROSS JOIN LATERAL (SELECT r.parent_id FROM guides_rels r
          WHERE r.path = 'technologies' AND r.technologies_id = technology.id AND r.parent_id <> ${guide.id}
          ORDER BY r.parent_id DESC LIMIT ${candidatesPerTechnology}) newest) candidate
      JOIN guides g ON g.id = candidate.id
      CROSS JOIN LATERAL (SELECT count(*) FROM guides_rels r
        WHERE r.parent_id = g.id AND r.path = 'technologies' AND r.technologies_id IN (${technologies})) shared
      WHERE ${others} ORDER BY shared.count DESC, g.title ASC LIMIT ${relatedCount})`
}

/** Every technology, for the hub page, sorted by name. */
export const getAllTechnologies = unstable_cache(
  async (): Promise<Pick<Technology, 'id' | 'name' | 'slug' | 'category' | 'abbreviation'>[]> => {
    const { docs } = await (
      await payload()
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
        await payload()
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
