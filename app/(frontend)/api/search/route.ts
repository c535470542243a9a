import { getSearchResults } from '@/lib/data/search'
import { env } from '@/lib/config/env'
import { conditionalReads } from '@/lib/http/conditional-reads'
import { normalizeQuery, SEARCH_SUGGESTIONS } from '@/lib/search/query'
import { highlightParts } from '@/lib/search/search-text'
import { guidePath } from '@/lib/config/site'

/**
 * GET /api/search?q= for the search box: any query answers 200 with a (possibly empty) list; the
 * snippet comes as text parts with `marked` flags, so the client never inserts HTML. Cached and
 * answered 304 as every public read (lib/http/conditional-reads.ts).
 */
export const GET = conditionalReads(
  async (request: Request) => {
    const query = normalizeQuery(new URL(request.url).searchParams.get('q'))
    const results = (await getSearchResults(query, SEARCH_SUGGESTIONS)).hits.map((hit) => ({
      title: hit.title,
      role: hit.role,
      url: guidePath(hit.slug),
      snippet: highlightParts(hit.snippet),
    }))
    return Response.json({ query, results })
  },
  { sharedMaxAge: env().SHARED_CACHE_MAX_AGE },
)
