import { getSearchResults } from '@/lib/data/search'
import { normalizeQuery } from '@/lib/search/query'
import { highlightParts } from '@/lib/search/search-text'
import { guidePath } from '@/lib/config/site'

/** As many as the search box lists under the input. */
const SUGGESTIONS = 8

/**
 * GET /api/search?q= for the search box: any query answers 200 with a (possibly empty) list; the
 * snippet comes as text parts with `marked` flags, so the client never inserts HTML.
 */
export async function GET(request: Request) {
  const query = normalizeQuery(new URL(request.url).searchParams.get('q'))
  const results = (await getSearchResults(query, SUGGESTIONS)).hits.map((hit) => ({
    title: hit.title,
    role: hit.role,
    url: guidePath(hit.slug),
    snippet: highlightParts(hit.snippet),
  }))
  return Response.json({ query, results }, { headers: { 'Cache-Control': 'public, max-age=0, s-maxage=60' } })
}
