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
