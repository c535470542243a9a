import Link from 'next/link'
import type { Skill } from '../../payload-types'
import { skillPath } from '../../lib/site'
import { BlockHeading } from '../BlockHeading'
import { Paragraphs } from '../Paragraphs'
import { populated, type BlockProps } from './types'

export function SkillListBlock({ block, headingId }: BlockProps<'skillList'>) {
  return (
    <section aria-labelledby={headingId}>
      <BlockHeading id={headingId} level={block.headingLevel}>
        {block.heading}
      </BlockHeading>
      <Paragraphs text={block.intro} />
      <ul className="chips">
        {populated<Skill>(block.skills).map((skill) => (
          <li key={skill.id}>
            <Link href={skillPath(skill.slug)}>{skill.name}</Link>
          </li>
        ))}
      </ul>
      <Paragraphs text={block.outro} />
    </section>
  )
}
