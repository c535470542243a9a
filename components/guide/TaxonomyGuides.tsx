import Link from 'next/link'
import type { TaxonomyGuides as Found } from '@/lib/data/taxonomy'
import { guidesPath, type GuideFilters } from '@/lib/config/site'
import { GuideList } from './GuideList'

/**
 * A technology's or skill's newest guides, and when there are more, a link to all of them on the
 * guide list filtered by it: the page stays the same size however many guides name it.
 */
export function TaxonomyGuides({
  heading,
  name,
  found,
  filter,
}: {
  heading: string
  name: string
  found: Found
  filter: GuideFilters
}) {
  return (
    <>
      <h2>{heading}</h2>
      <GuideList guides={found.guides} headingLevel={3} emptyText={`No published guide mentions ${name} yet.`} />
      {found.more ? (
        <p>
          <Link href={guidesPath(1, filter)}>All guides that mention {name}</Link>
        </p>
      ) : null}
    </>
  )
}
