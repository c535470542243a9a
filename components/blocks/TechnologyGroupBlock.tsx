import Link from 'next/link'
import type { Technology } from '../../payload-types'
import { technologyPath } from '../../lib/site'
import { BlockHeading } from '../BlockHeading'
import { Paragraphs } from '../Paragraphs'
import { populated, type BlockProps } from './types'

export function TechnologyGroupBlock({ block, headingId }: BlockProps<'technologyGroup'>) {
  const technologies = populated<Technology>(block.technologies)
  return (
    <section aria-labelledby={headingId}>
      <BlockHeading id={headingId} level={block.headingLevel}>
        {block.heading}
      </BlockHeading>
      <Paragraphs text={block.intro} />
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
      <Paragraphs text={block.outro} />
    </section>
  )
}
