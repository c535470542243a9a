import type { Metadata } from 'next'
import Link from 'next/link'
import { Highlighted } from '@/components/search/Highlighted'
import { SearchBox } from '@/components/search/SearchBox'
import { getSearchResults } from '@/lib/queries'
import { normalizeQuery } from '@/lib/search/query'
import { searchSummary } from '@/lib/search/search-text'
import { guidePath, pageAlternates } from '@/lib/config/site'

type Props = { searchParams: Promise<{ q?: string | string[] }> }

const queryOf = async (searchParams: Props['searchParams']) => normalizeQuery((await searchParams).q)

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = await queryOf(searchParams)
  return {
    title: query ? `Search: ${query}` : 'Search career guides',
    // Result pages are for readers, not for search engines' indexes.
    robots: { index: false, follow: true },
    alternates: pageAlternates('/search'),
  }
}

export default async function SearchPage({ searchParams }: Props) {
  const query = await queryOf(searchParams)
  const { hits, more } = await getSearchResults(query)
  return (
    <>
      <h1>Search career guides</h1>
      <SearchBox query={query} id="search-page-query" label="Search again" />
      {query ? <p role="status">{searchSummary(query, hits.length, more)}</p> : null}
      <ol className="search-results">
        {hits.map((hit) => (
          <li key={hit.id}>
            <h2>
              <Link href={guidePath(hit.slug)}>{hit.title}</Link>
            </h2>
            <p>
              <Highlighted snippet={hit.snippet} />
            </p>
          </li>
        ))}
      </ol>
    </>
  )
}
