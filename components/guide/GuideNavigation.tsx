import Link from 'next/link'
import type { GuideSummary } from '@/lib/queries'
import { guidePath } from '@/lib/config/site'

type Linked = Pick<GuideSummary, 'id' | 'title' | 'slug'>

/** "Related careers" (career paths that have guides first, then guides sharing technologies) and previous/next. */
export function GuideNavigation({
  related,
  previous,
  next,
}: {
  related: Linked[]
  previous: Linked | null
  next: Linked | null
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

/** Career paths that point at published guides come first; then the rest, without repeats, up to `max`. */
export function relatedCareers(
  careerPathGuides: Linked[],
  sharingTechnologies: Linked[],
  selfId: number,
  max = 4,
): Linked[] {
  const seen = new Set<number>([selfId])
  const out: Linked[] = []
  for (const guide of [...careerPathGuides, ...sharingTechnologies]) {
    if (seen.has(guide.id) || out.length >= max) continue
    seen.add(guide.id)
    out.push(guide)
  }
  return out
}
