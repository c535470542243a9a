import type { Skill } from '@/payload-types'
import { BlockFrame } from '@/components/guide/BlockFrame'
import { ChipList, SkillChip } from '@/components/taxonomy/Chips'
import { populated, type BlockProps } from '@/blocks/types'

export function SkillListBlock({ block, headingId }: BlockProps<'skillList'>) {
  return (
    <BlockFrame headingId={headingId} block={block}>
      <ChipList items={populated<Skill>(block.skills)} render={(skill) => <SkillChip skill={skill} />} />
    </BlockFrame>
  )
}
