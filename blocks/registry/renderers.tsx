import type { ReactNode } from 'react'
import type { BlockProps, GuideBlock, GuideBlockType } from '@/blocks/types'
import { SectionBlock } from '@/blocks/section/Component'
import { ResponsibilitiesBlock } from '@/blocks/responsibilities/Component'
import { TechnologyGroupBlock } from '@/blocks/technologyGroup/Component'
import { SkillListBlock } from '@/blocks/skillList/Component'
import { PlainListBlock } from '@/blocks/plainList/Component'
import { CareerPathsBlock } from '@/blocks/careerPaths/Component'
import { SalaryBlock } from '@/blocks/salary/Component'
import { RoadmapBlock } from '@/blocks/roadmap/Component'
import { FaqBlock } from '@/blocks/faq/Component'

const renderers: { [K in GuideBlockType]: (props: BlockProps<K>) => ReactNode } = {
  section: SectionBlock,
  responsibilities: ResponsibilitiesBlock,
  technologyGroup: TechnologyGroupBlock,
  skillList: SkillListBlock,
  plainList: PlainListBlock,
  careerPaths: CareerPathsBlock,
  salary: SalaryBlock,
  roadmap: RoadmapBlock,
  faq: FaqBlock,
}

/** A block as HTML, by its renderer in blocks/<type>/Component.tsx. */
export function RenderBlock({ block, headingId }: { block: GuideBlock; headingId: string }) {
  // The map pairs each type with its renderer; TypeScript cannot follow that pairing through the lookup.
  const Render = renderers[block.blockType] as (props: { block: GuideBlock; headingId: string }) => ReactNode
  return <Render block={block} headingId={headingId} />
}
