import { listOf, type BlockText } from '@/blocks/text'

export const responsibilitiesText: BlockText<'responsibilities'> = (block, _out, prose) => {
  for (const item of listOf(block.items)) prose(`${item.title ?? ''}: ${item.description ?? ''}`)
}
