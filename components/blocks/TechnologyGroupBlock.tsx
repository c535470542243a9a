import Link from 'next/link'
import type { Technology } from '../../payload-types'
import { technologyPath } from '../../lib/site'
import { BlockFrame } from '../BlockFrame'
import { populated, type BlockProps } from './types'

export function TechnologyGroupBlock({ block, headingId }: BlockProps<'technologyGroup'>) {
  const technologies = populated<Technology>(block.technologies)
  return (
    <BlockFrame headingId={headingId} heading={block.heading} level={block.headingLevel} intro={block.intro} outro={block.outro}>
      <ul className="chips">
        {technologies.map((technology) => (
          <li key={technology.id}>
            <Link href={technologyPath(technology.slug)}>
              {technology.name}
              {technology.abbreviation ? ` (${technology.abbreviation})` : null}
            </Link>
          </li>
        ))}
      </ul>
    </BlockFrame>
  )
}
