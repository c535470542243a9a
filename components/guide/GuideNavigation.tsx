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
          <ul>
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
            <Link href={guidePath(previous.slug)} rel="prev">
              <span aria-hidden="true">← </span>Previous guide: {previous.title}
            </Link>
          ) : null}
          {next ? (
            <Link href={guidePath(next.slug)} rel="next">
              Next guide: {next.title}
              <span aria-hidden="true"> →</span>
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  )
}
