import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { drizzleOf } from '@/lib/db/drizzle'
import { HIGHLIGHT_END, HIGHLIGHT_START, MAX_QUERY_LENGTH, prefixTsquery } from './search-text'

export interface SearchHit {
  id: number
  slug: string
  title: string
  role: string
  /** Plain text with matches between HIGHLIGHT_START and HIGHLIGHT_END. */
  snippet: string
  rank: number
}

const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "`

/** Cleans what readers type: any string, cut to a length a search box would hold. */
export function normalizeQuery(input: unknown): string {
  return (typeof input === 'string' ? input : '')
    .normalize('NFKC')
    .replace(/[\u0000-\u001f\u007f]/g, ' ') // PostgreSQL text cannot hold NUL; no control character means anything here
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
}

/**
 * How many of the newest matching guides are ranked. Below this many matches the ranking is exact;
 * above it, an older guide is found when its title is among the closest to the query.
 */
export const RANKED_MATCHES = 200

/** How many results a search shows. */
export const SEARCH_PAGE_SIZE = 20

/** How many the search box lists under the input (/api/search). */
export const SEARCH_SUGGESTIONS = 8

/** The most results one search returns, whatever is asked: each costs a snippet (`ts_headline`). */
const MAX_RESULTS = 50

/**
 * Published guides matching a query, best first. Three ways to match, all with bound parameters:
 * the words as a web search (`websearch_to_tsquery` accepts any input), the words as prefixes as the
 * reader types ("kube" finds Kubernetes), and, for short queries, trigram similarity to the title so
 * that a typo still finds the guide. The title and SEO keywords weigh most (see the migration).
 *
 * Ranking a guide means decompressing its whole `search_vector`, so only the RANKED_MATCHES newest
 * matches and the titles closest to the query are ranked: ranking every match made a common word's
 * cost grow with the number of guides (docs/performance.md). Both sets come straight from an index, whatever
 * the number of guides (migration 20261201_063000_search_plans): the matches from the GIN index on
 * `search_vector` through `newest_published_guides_matching`, whose planner settings keep PostgreSQL
 * from testing every row instead, and the closest titles from a GiST trigram index, nearest first.
 * The candidates are then read by primary key: joined as a table, PostgreSQL took the function's
 * 1,000-row estimate and hashed the whole guides table for them (16 ms at 10,000 guides).
 */
export async function searchGuides(
  payload: Payload,
  input: unknown,
  { limit = SEARCH_PAGE_SIZE, rankedMatches = RANKED_MATCHES } = {},
): Promise<SearchHit[]> {
  const query = normalizeQuery(input)
  if (!query) return []
  const prefix = prefixTsquery(query)
  const tsquery = prefix
    ? sql`websearch_to_tsquery('english', ${query}) || to_tsquery('english', ${prefix})`
    : sql`websearch_to_tsquery('english', ${query})`
  const count = Math.max(1, Math.min(limit, MAX_RESULTS))
  const closestTitles =
    query.length >= 3 && query.length <= 30
      ? sql`UNION (SELECT g.id FROM guides g WHERE g._status = 'published' AND ${query} <% g.title ORDER BY ${query} <<-> g.title LIMIT ${count})`
      : sql``
  const result = await drizzleOf(payload).execute(sql`
    WITH q AS MATERIALIZED (SELECT ${tsquery} AS query),
    candidates AS MATERIALIZED (
      (SELECT newest_published_guides_matching(q.query, ${Math.max(1, rankedMatches)}) AS id FROM q)
      ${closestTitles})
    SELECT g.id, g.slug, g.title, g.role,
      ts_rank_cd(g.search_vector, q.query, 1) + word_similarity(${query}, g.title) AS rank,
      ts_headline('english', coalesce(g.excerpt, '') || ' ' || coalesce(g.search_text, ''), q.query, ${HEADLINE_OPTIONS}) AS snippet
    FROM guides g, q
    WHERE g.id = ANY (ARRAY(SELECT id FROM candidates))
    ORDER BY rank DESC, g.published_at DESC NULLS LAST
    LIMIT ${count}`)
  return result.rows.map((row) => ({
    id: Number(row.id),
    slug: String(row.slug),
    title: String(row.title),
    role: String(row.role),
    snippet: String(row.snippet ?? ''),
    rank: Number(row.rank),
  }))
}

/** One page of results, and whether more guides match than it shows (one more is asked for to tell). */
export async function searchGuidesPage(
  payload: Payload,
  input: unknown,
  { pageSize = SEARCH_PAGE_SIZE, rankedMatches = RANKED_MATCHES } = {},
): Promise<{ hits: SearchHit[]; more: boolean }> {
  // One under the cap, so that the result asked for beyond the page can always come back.
  const size = Math.max(1, Math.min(pageSize, MAX_RESULTS - 1))
  const hits = await searchGuides(payload, input, { limit: size + 1, rankedMatches })
  return { hits: hits.slice(0, size), more: hits.length > size }
}
