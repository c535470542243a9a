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
    <section aria-labelledby="taxonomy-guides-heading" className="taxonomy-guides">
      <h2 id="taxonomy-guides-heading">{heading}</h2>
      <GuideList guides={found.guides} headingLevel={3} emptyText={`No published guide mentions ${name} yet.`} />
      {found.more ? (
        <p className="taxonomy-guides__more">
          <Link href={guidesPath(1, filter)} className="button button--secondary">
            All guides that mention {name}
          </Link>
        </p>
      ) : null}
    </section>
  )
}
