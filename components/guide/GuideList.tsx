import type { GuideSummary } from '@/lib/data/guides'
import { GuideCard } from './GuideCard'

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
  if (guides.length === 0) return <p className="empty-state">{emptyText}</p>
  return (
    <ul className="card-grid">
      {guides.map((guide) => (
        <li key={guide.id}>
          <GuideCard guide={guide} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
