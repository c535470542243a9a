import type { Technology } from '@/payload-types'
import { BlockFrame } from '@/components/guide/BlockFrame'
import { ChipList, TechnologyChip } from '@/components/taxonomy/Chips'
import { populated, type BlockProps } from '@/blocks/types'

export function TechnologyGroupBlock({ block, headingId }: BlockProps<'technologyGroup'>) {
  return (
    <BlockFrame headingId={headingId} block={block}>
      <ChipList
        items={populated<Technology>(block.technologies)}
        render={(technology) => <TechnologyChip technology={technology} />}
      />
    </BlockFrame>
  )
}
