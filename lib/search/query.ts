import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { drizzleOf } from '@/lib/db/drizzle'
import { HIGHLIGHT_END, HIGHLIGHT_START, MAX_QUERY_LENGTH, prefixTsquery, snippetAnchors } from './search-text'

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

/**
 * A snippet is cut from this many characters of the guide's text around the first place a word of
 * the query appears: ts_headline parses all the text it is given, and a whole guide took about 1 ms
 * a result, most of a search's database time (docs/performance.md).
 */
const SNIPPET_WINDOW = 1200
/** How far before that place the window starts, so that the fragment has words before the match. */
const SNIPPET_LEAD = 200

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
  // The ranked page first, then a snippet for each of its guides alone, from a window of its text;
  // from the whole text when no word of the query is found, or the window holds no match (words of
  // the query far apart).
  const result = await drizzleOf(payload).execute(sql`
    WITH q AS MATERIALIZED (
      -- any_word: the query with every word optional, for a window that holds only some of them. An "&"
      -- inside a quoted lexeme (a URL's path) becomes "|" there too: still a valid tsquery, it only
      -- changes what is highlighted.
      SELECT query, replace(query::text, '&', '|')::tsquery AS any_word FROM (SELECT ${tsquery} AS query) typed),
    candidates AS MATERIALIZED (
      (SELECT newest_published_guides_matching(q.query, ${Math.max(1, rankedMatches)}) AS id FROM q)
      ${closestTitles})
    SELECT t.id, t.slug, t.title, t.role, t.rank,
      CASE WHEN strpos(windowed.snippet, ${HIGHLIGHT_START}) > 0 THEN windowed.snippet
        ELSE ts_headline('english', body.doc, q.query, ${HEADLINE_OPTIONS}) END AS snippet
    FROM (
      SELECT g.id, g.slug, g.title, g.role, g.excerpt, g.search_text, g.published_at,
        ts_rank_cd(g.search_vector, q.query, 1) + word_similarity(${query}, g.title) AS rank
      FROM guides g, q
      WHERE g.id = ANY (ARRAY(SELECT id FROM candidates))
      ORDER BY rank DESC, g.published_at DESC NULLS LAST
      LIMIT ${count}) t
    CROSS JOIN q
    CROSS JOIN LATERAL (SELECT coalesce(t.excerpt, '') || ' ' || coalesce(t.search_text, '') AS doc) body
    CROSS JOIN LATERAL (
      SELECT min(nullif(strpos(lower(body.doc), anchor), 0)) AS first_at
      FROM unnest(string_to_array(${snippetAnchors(query)}, ' ')) anchor) found
    CROSS JOIN LATERAL (
      SELECT ts_headline('english',
        CASE WHEN found.first_at IS NULL THEN body.doc
          ELSE substr(body.doc, greatest(1, found.first_at - ${SNIPPET_LEAD}), ${SNIPPET_WINDOW}) END,
        q.any_word, ${HEADLINE_OPTIONS}) AS snippet) windowed
    ORDER BY t.rank DESC, t.published_at DESC NULLS LAST`)
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
