import Link from 'next/link'
import type { GuideLink } from '@/lib/data/related-careers'
import { guidePath } from '@/lib/config/site'

/** "Related careers" (career paths that have guides first, then guides sharing technologies) and previous/next. */
export function GuideNavigation({
  related,
  previous,
  next,
}: {
  related: GuideLink[]
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
