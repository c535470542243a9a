import Link from 'next/link'
import type { GuideLink } from '@/lib/data/related-careers'
import type { ComparisonLink } from '@/lib/compare/links'
import { guidePath } from '@/lib/config/site'
import { LinkSection } from './LinkSection'

/**
 * "Related careers" (career paths that have guides first, then guides sharing technologies), "Compare
 * with" (the closest of those that share enough for a comparison page) and previous/next.
 */
export function GuideNavigation({
  related,
  comparisons = [],
  previous,
  next,
}: {
  related: GuideLink[]
  comparisons?: ComparisonLink[]
  previous: GuideLink | null
  next: GuideLink | null
}) {
  return (
    <>
      <LinkSection
        id="related-careers"
        heading="Related careers"
        links={related.map((guide) => ({ href: guidePath(guide.slug), text: guide.title }))}
      />
      <LinkSection
        id="compare-with"
        heading="Compare with"
        links={comparisons.map((comparison) => ({ href: comparison.path, text: comparison.name }))}
      />
      {previous || next ? (
        <nav aria-label="Previous and next guides" className="prev-next">
          {previous ? (
            <Link href={guidePath(previous.slug)} rel="prev" className="prev-next__link">
              <span aria-hidden="true">← </span>
              {'Previous guide: '}
              <span className="prev-next__title">{previous.title}</span>
            </Link>
          ) : null}
          {next ? (
            <Link href={guidePath(next.slug)} rel="next" className="prev-next__link prev-next__link--next">
              {'Next guide: '}
              <span className="prev-next__title">{next.title}</span>
              <span aria-hidden="true"> →</span>
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  )
}
