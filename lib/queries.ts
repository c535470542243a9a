import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { sql } from '@payloadcms/db-postgres'
import { getPayload, type Payload, type Where } from 'payload'
import { cache } from 'react'
import type { Comment, Guide, Skill, Technology } from '../payload-types'
import { cacheTags } from './cache-tags'
import { env } from './env'
import { redirectTarget, resolveRedirect, type RedirectHop, type ResolvedRedirect } from './redirects'
import { drizzleOf } from './db/drizzle'
import { normalizeQuery, searchGuides, type SearchHit } from './search/query'
import type { SitemapSource } from './seo/crawling'

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

const summaryFields = { title: true, role: true, slug: true, excerpt: true, publishedAt: true, updatedAt: true } as const

export const getPublishedGuides = unstable_cache(
  async (): Promise<GuideSummary[]> => {
    const { docs } = await (await payload()).find({
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
      const { docs } = await (await payload()).find({
        collection: 'guides',
        ...asReader,
        where: { and: [published, { slug: { equals: slug } }] },
        depth: 1,
        limit: 1,
        pagination: false,
        populate: guidePopulate,
      })
      return docs[0] ?? null
    },
    ['guide', slug],
    { tags: [cacheTags.guide(slug), cacheTags.taxonomy] },
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

async function guidesReferencing(field: 'technologies' | 'skills', id: number): Promise<GuideSummary[]> {
  const { docs } = await (await payload()).find({
    collection: 'guides',
    ...asReader,
    where: { and: [published, { [field]: { in: [id] } }] },
    sort: 'title',
    depth: 0,
    limit: 100,
    pagination: false,
    select: summaryFields,
  })
  return docs
}

/** A technology or skill page: the document and the published guides that name it. */
const taxonomyPage = cache(function taxonomyPage<C extends 'technologies' | 'skills', Doc extends C extends 'technologies' ? Technology : Skill>(
  collection: C,
  slug: string,
  tags: string[],
): Promise<{ doc: Doc; guides: GuideSummary[] } | null> {
  if (unstorable(slug)) return Promise.resolve(null)
  return unstable_cache(
    async () => {
      const { docs } = await (await payload()).find({
        collection,
        ...asReader,
        where: { slug: { equals: slug } },
        depth: 0,
        limit: 1,
        pagination: false,
      })
      const doc = docs[0] as Doc | undefined
      if (!doc) return null
      return { doc, guides: await guidesReferencing(collection, doc.id) }
    },
    [collection, slug],
    { tags: [...tags, cacheTags.taxonomy, cacheTags.guideList] },
  )()
})

export async function getTechnology(slug: string): Promise<{ technology: Technology; guides: GuideSummary[] } | null> {
  const found = await taxonomyPage('technologies', slug, [cacheTags.technology(slug)])
  return found && { technology: found.doc, guides: found.guides }
}

export async function getSkill(slug: string): Promise<{ skill: Skill; guides: GuideSummary[] } | null> {
  const found = await taxonomyPage('skills', slug, [cacheTags.skill(slug)])
  return found && { skill: found.doc, guides: found.guides }
}

/** Everything the sitemap lists: published, indexable guides, and every technology and skill page. */
export const getSitemapSource = unstable_cache(
  async (): Promise<SitemapSource> => {
    const client = await payload()
    const indexable: Where = { or: [{ 'meta.noindex': { equals: false } }, { 'meta.noindex': { exists: false } }] }
    const [guides, technologies, skills] = await Promise.all([
      client.find({ collection: 'guides', ...asReader, where: { and: [published, indexable] }, pagination: false, depth: 0, select: { slug: true, updatedAt: true, meta: { canonicalUrl: true } } }),
      client.find({ collection: 'technologies', ...asReader, pagination: false, depth: 0, select: { slug: true, updatedAt: true } }),
      client.find({ collection: 'skills', ...asReader, pagination: false, depth: 0, select: { slug: true, updatedAt: true } }),
    ])
    return {
      guides: guides.docs.map((doc) => ({ slug: doc.slug, updatedAt: doc.updatedAt, canonicalUrl: doc.meta?.canonicalUrl })),
      technologies: technologies.docs.map((doc) => ({ slug: doc.slug, updatedAt: doc.updatedAt })),
      skills: skills.docs.map((doc) => ({ slug: doc.slug, updatedAt: doc.updatedAt })),
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
      const { docs } = await (await payload()).find({
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

export interface GuideFilters {
  technology?: string
  skill?: string
  category?: string
}

/**
 * One page of the guide list, newest first, optionally only guides that need a technology or a skill
 * (by slug) or any technology of a category; `totalPages` is at least 1 so page 1 always exists.
 */
export function getPublishedGuidesPage(page: number, filters: GuideFilters = {}): Promise<{ guides: GuideSummary[]; page: number; totalPages: number }> {
  return unstable_cache(
    async () => {
      const client = await payload()
      const idsOf = async (collection: 'technologies' | 'skills', where: Where) =>
        (await client.find({ collection, ...asReader, where, depth: 0, pagination: false, select: {} })).docs.map((doc) => doc.id)
      const required: { field: 'technologies' | 'skills'; ids: number[] }[] = []
      if (filters.technology) required.push({ field: 'technologies', ids: await idsOf('technologies', { slug: { equals: filters.technology } }) })
      if (filters.skill) required.push({ field: 'skills', ids: await idsOf('skills', { slug: { equals: filters.skill } }) })
      if (filters.category) required.push({ field: 'technologies', ids: await idsOf('technologies', { category: { equals: filters.category } }) })
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
    const { docs } = await (await payload()).find({ collection: 'skills', ...asReader, sort: 'name', depth: 0, pagination: false, select: { name: true, slug: true } })
    return docs
  },
  ['all-skills'],
  { tags: [cacheTags.taxonomy] },
)

/**
 * Search results for a query. Not cached: every distinct query would be a new cache entry on disk,
 * so a stream of random queries could fill it; the indexed query itself takes milliseconds.
 */
export async function getSearchResults(query: string): Promise<SearchHit[]> {
  const normalized = normalizeQuery(query)
  return normalized ? searchGuides(await payload(), normalized) : []
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
export function getGuideNeighbours(guide: Pick<Guide, 'id' | 'publishedAt'> & { technologyIds: number[] }, relatedCount = 4): Promise<GuideNeighbours> {
  return unstable_cache(
    async (): Promise<GuideNeighbours> => {
      const rows = await guideNeighbourRows(await payload(), guide, relatedCount)
      const summary = (row: Record<string, unknown>): GuideSummary => ({
        id: Number(row.id),
        title: String(row.title),
        role: String(row.role),
        slug: String(row.slug),
        excerpt: row.excerpt == null ? null : String(row.excerpt),
        publishedAt: row.published_at == null ? null : new Date(row.published_at as string).toISOString(),
        updatedAt: new Date(row.updated_at as string).toISOString(),
      })
      const of = (link: string) => rows.filter((row) => row.link === link).map(summary)
      return { previous: of('previous')[0] ?? null, next: of('next')[0] ?? null, related: of('related') }
    },
    ['guide-neighbours', String(guide.id), guide.publishedAt ?? '', guide.technologyIds.join(',')],
    { tags: [cacheTags.guideList] },
  )()
}

async function guideNeighbourRows(client: Payload, guide: Pick<Guide, 'id' | 'publishedAt'> & { technologyIds: number[] }, relatedCount: number) {
  const columns = sql`g.id, g.title, g.role, g.slug, g.excerpt, g.published_at, g.updated_at`
  const others = sql`g._status = 'published' AND g.id <> ${guide.id}`
  const adjacent = guide.publishedAt
    ? sql`
      (SELECT 'previous' AS link, ${columns}, 0 AS shared FROM guides g
        WHERE ${others} AND g.published_at < ${guide.publishedAt} ORDER BY g.published_at DESC, g.id DESC LIMIT 1)
      UNION ALL
      (SELECT 'next' AS link, ${columns}, 0 AS shared FROM guides g
        WHERE ${others} AND g.published_at > ${guide.publishedAt} ORDER BY g.published_at ASC, g.id ASC LIMIT 1)`
    : sql`(SELECT NULL AS link, ${columns}, 0 AS shared FROM guides g WHERE false)`
  const technologies = guide.technologyIds.length ? guide.technologyIds : [0]
  const { rows } = await drizzleOf(client).execute(sql`
    ${adjacent}
    UNION ALL
    (SELECT 'related' AS link, ${columns}, count(*) AS shared FROM guides g
      JOIN guides_rels r ON r.parent_id = g.id AND r.path = 'technologies'
      WHERE ${others} AND r.technologies_id IN (${sql.join(technologies.map((id) => sql`${id}`), sql`, `)})
      GROUP BY g.id ORDER BY shared DESC, g.title ASC LIMIT ${relatedCount})`)
  return rows
}

/** Every technology, for the hub page, sorted by name. */
export const getAllTechnologies = unstable_cache(
  async (): Promise<Pick<Technology, 'id' | 'name' | 'slug' | 'category' | 'abbreviation'>[]> => {
    const { docs } = await (await payload()).find({
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
      const { docs } = await (await payload()).find({
        collection: 'comments',
        overrideAccess: true,
        where: { and: [{ guide: { equals: guideId } }, { status: { equals: 'approved' } }] },
        sort: 'createdAt',
        depth: 0,
        limit: 1000,
        pagination: false,
        select: { authorName: true, body: true, createdAt: true, parent: true },
      })
      return docs.map(({ id, authorName, body, createdAt, parent }) => ({ id, authorName, body, createdAt, parent: typeof parent === 'object' && parent ? parent.id : (parent ?? null) }))
    },
    ['approved-comments', String(guideId)],
    { tags: [cacheTags.comments(guideId)] },
  )()
}
