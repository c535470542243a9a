import type { Technology } from '@/payload-types'
import { technologyPath } from '@/lib/config/site'
import { technologyCategoryLabel } from '@/lib/content/taxonomy'
import { BlockFrame } from '@/components/guide/BlockFrame'
import { populated, type BlockProps } from '@/blocks/types'

/** A name as short as "Go" or "R" says little as link text on its own, so screen readers also hear its kind. */
const isAmbiguousAlone = (name: string) => name.trim().length <= 3

export function TechnologyGroupBlock({ block, headingId }: BlockProps<'technologyGroup'>) {
  const technologies = populated<Technology>(block.technologies)
  return (
    <BlockFrame headingId={headingId} block={block}>
      <ul className="chips">
        {technologies.map((technology) => (
          <li key={technology.id}>
            <a href={technologyPath(technology.slug)}>
              {technology.name}
              {technology.abbreviation ? ` (${technology.abbreviation})` : null}
              {isAmbiguousAlone(technology.name) ? (
                <span className="visually-hidden"> ({technologyCategoryLabel(technology.category).toLowerCase()})</span>
              ) : null}
            </a>
          </li>
        ))}
      </ul>
    </BlockFrame>
  )
}
