import { listOf, type BlockText } from '@/blocks/text'

export const roadmapText: BlockText<'roadmap'> = (block, _out, prose) => {
  for (const step of listOf(block.steps)) prose(`${step.title ?? ''}: ${step.description ?? ''}`)
}
