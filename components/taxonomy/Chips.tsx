import { technologyIcon } from '@/lib/content/technology-icons'
import { technologyCategoryLabel } from '@/lib/content/taxonomy'
import { skillPath, technologyPath } from '@/lib/config/site'
import type { Skill, Technology } from '@/payload-types'

/** A name as short as "Go" or "R" says little as link text on its own, so screen readers also hear its kind. */
const isAmbiguousAlone = (name: string) => name.trim().length <= 3

/** A technology's logo, decoration beside its name: hidden from screen readers, sized before it paints. */
export function TechnologyLogo({
  technology,
  size = 16,
  className = 'chip__icon',
}: {
  technology: Pick<Technology, 'name' | 'abbreviation'>
  size?: number
  className?: string
}) {
  const icon = technologyIcon(technology)
  if (!icon) return null
  return (
    <svg className={className} viewBox="0 0 24 24" width={size} height={size} aria-hidden="true">
      <path d={icon.path} />
    </svg>
  )
}

/**
 * A technology as a chip linking to its page: its logo when simple-icons has one, its name and
 * abbreviation. A plain anchor, not next/link: a guide has dozens and each would hydrate and prefetch.
 */
export function TechnologyChip({
  technology,
}: {
  technology: Pick<Technology, 'name' | 'slug' | 'abbreviation' | 'category'>
}) {
  return (
    <a className="chip" href={technologyPath(technology.slug)}>
      <TechnologyLogo technology={technology} />
      <span>
        {technology.name}
        {technology.abbreviation ? ` (${technology.abbreviation})` : null}
      </span>
      {isAmbiguousAlone(technology.name) ? (
        <span className="visually-hidden"> ({technologyCategoryLabel(technology.category).toLowerCase()})</span>
      ) : null}
    </a>
  )
}

export function SkillChip({ skill }: { skill: Pick<Skill, 'name' | 'slug'> }) {
  return (
    <a className="chip" href={skillPath(skill.slug)}>
      {skill.name}
    </a>
  )
}

/** Chips in a list, wrapping. */
export function ChipList<T extends { id: number }>({
  items,
  render,
}: {
  items: T[]
  render: (item: T) => React.ReactNode
}) {
  return (
    <ul className="chips">
      {items.map((item) => (
        <li key={item.id}>{render(item)}</li>
      ))}
    </ul>
  )
}
