import { listOf, nameOf, type BlockText } from '@/blocks/text'

export const technologyGroupText: BlockText<'technologyGroup'> = (block, out, prose) => {
  out.internalLinks += listOf(block.technologies).length
  prose(...listOf(block.technologies).map(nameOf))
}
