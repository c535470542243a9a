import { normalizeQuery, SEARCH_PAGE_SIZE, searchGuidesPage, type SearchHit } from '@/lib/search/query'
import { payloadClient } from './payload'

/**
 * Search results for a query. Not cached: every distinct query would be a new cache entry on disk,
 * so a stream of random queries could fill it; the indexed query itself takes milliseconds.
 */
export async function getSearchResults(
  query: string,
  pageSize = SEARCH_PAGE_SIZE,
): Promise<{ hits: SearchHit[]; more: boolean }> {
  const normalized = normalizeQuery(query)
  return normalized ? searchGuidesPage(await payloadClient(), normalized, { pageSize }) : { hits: [], more: false }
}
