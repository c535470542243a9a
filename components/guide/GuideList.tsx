import Link from 'next/link'
import type { GuideSummary } from '@/lib/data/guides'
import { guidePath } from '@/lib/config/site'

export function GuideList({
  guides,
  emptyText,
  headingLevel = 2,
}: {
  guides: GuideSummary[]
  emptyText: string
  /** The level of each guide's title, one below the heading the list sits under. */
  headingLevel?: 2 | 3
}) {
  const Title = `h${headingLevel}` as 'h2' | 'h3'
  if (guides.length === 0) return <p>{emptyText}</p>
  return (
    <ul className="guide-list">
      {guides.map((guide) => (
        <li key={guide.id}>
          <article>
            <Title>
              <Link href={guidePath(guide.slug)}>{guide.title}</Link>
            </Title>
            {guide.excerpt ? <p>{guide.excerpt}</p> : null}
          </article>
        </li>
      ))}
    </ul>
  )
}
