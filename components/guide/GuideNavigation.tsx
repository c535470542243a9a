import Link from 'next/link'
import type { GuideLink } from '@/lib/data/related-careers'
import type { ComparisonLink } from '@/lib/compare/links'
import { guidePath } from '@/lib/config/site'

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
      {related.length ? (
        <section aria-labelledby="related-careers" className="related">
          <h2 id="related-careers">Related careers</h2>
          <ul className="related__list">
            {related.map((guide) => (
              <li key={guide.id}>
                <Link href={guidePath(guide.slug)}>{guide.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {comparisons.length ? (
        <section aria-labelledby="compare-with" className="related">
          <h2 id="compare-with">Compare with</h2>
          <ul className="related__list">
            {comparisons.map((comparison) => (
              <li key={comparison.path}>
                <Link href={comparison.path} prefetch={false}>
                  {comparison.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
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
