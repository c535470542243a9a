import type { Metadata } from 'next'
import Link from 'next/link'
import { Highlighted } from '@/components/search/Highlighted'
import { SearchBox } from '@/components/search/SearchBox'
import { getSearchResults } from '@/lib/data/search'
import { normalizeQuery } from '@/lib/search/query'
import { searchSummary } from '@/lib/search/search-text'
import { guidePath } from '@/lib/config/site'
import { searchMetadata } from '@/lib/seo/metadata'

type Props = { searchParams: Promise<{ q?: string | string[] }> }

const queryOf = async (searchParams: Props['searchParams']) => normalizeQuery((await searchParams).q)

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(await queryOf(searchParams))
}

export default async function SearchPage({ searchParams }: Props) {
  const query = await queryOf(searchParams)
  const { hits, more } = await getSearchResults(query)
  return (
    <>
      <header className="page-header">
        <h1>Search career guides</h1>
        <SearchBox query={query} id="search-page-query" label="Search again" />
        {query ? (
          <p role="status" className="search-summary">
            {searchSummary(query, hits.length, more)}
          </p>
        ) : null}
      </header>
      <ol className="search-results">
        {hits.map((hit) => (
          <li key={hit.id} className="search-result">
            <h2 className="search-result__title">
              <Link href={guidePath(hit.slug)} prefetch={false}>
                {hit.title}
              </Link>
            </h2>
            <p className="search-result__snippet">
              <Highlighted snippet={hit.snippet} />
            </p>
          </li>
        ))}
      </ol>
    </>
  )
}
