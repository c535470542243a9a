import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import Link from 'next/link'
import { z } from 'zod'
import { GuideList } from '../../../components/GuideList'
import { getPublishedGuidesPage } from '../../../lib/queries'
import { guidesPath, pageAlternates } from '../../../lib/site'

type Props = { searchParams: Promise<{ page?: string | string[] }> }

/** `?page=` as a positive whole number; anything else is not a page of this list. */
const pageParam = z.union([z.undefined(), z.string().regex(/^[1-9]\d{0,5}$/).transform(Number)])

async function requestedPage(searchParams: Props['searchParams']): Promise<number | null> {
  const parsed = pageParam.safeParse((await searchParams).page)
  return parsed.success ? (parsed.data ?? 1) : null
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = (await requestedPage(searchParams)) ?? 1
  return {
    title: page > 1 ? `All career guides · Page ${page}` : 'All career guides',
    description: 'Every career guide on Careerpath: what each role does, the skills and technologies it needs, and how to get there.',
    alternates: pageAlternates(guidesPath(page)),
  }
}

export default async function GuidesPage({ searchParams }: Props) {
  const page = await requestedPage(searchParams)
  if (page === null) notFound()
  const { guides, totalPages } = await getPublishedGuidesPage(page)
  if (page > totalPages) notFound()
  return (
    <>
      <h1>All career guides</h1>
      <GuideList guides={guides} emptyText="No guides are published yet." />
      {totalPages > 1 ? (
        <nav aria-label="Pages of guides" className="pagination">
          {page > 1 ? <Link href={guidesPath(page - 1)}>Newer guides</Link> : null}
          <span>
            Page {page} of {totalPages}
          </span>
          {page < totalPages ? <Link href={guidesPath(page + 1)}>Older guides</Link> : null}
        </nav>
      ) : null}
    </>
  )
}
