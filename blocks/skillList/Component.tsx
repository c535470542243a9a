import type { Skill } from '@/payload-types'
import { skillPath } from '@/lib/config/site'
import { BlockFrame } from '@/components/guide/BlockFrame'
import { populated, type BlockProps } from '@/blocks/types'

export function SkillListBlock({ block, headingId }: BlockProps<'skillList'>) {
  return (
    <BlockFrame headingId={headingId} block={block}>
      <ul className="chips">
        {populated<Skill>(block.skills).map((skill) => (
          <li key={skill.id}>
            <a href={skillPath(skill.slug)}>{skill.name}</a>
          </li>
        ))}
      </ul>
    </BlockFrame>
  )
}
