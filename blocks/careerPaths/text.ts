import { listOf, type BlockText } from '@/blocks/text'

export const careerPathsText: BlockText<'careerPaths'> = (block, out, prose) => {
  out.internalLinks += listOf(block.items).filter((item) => item.guide).length
  prose(...listOf(block.items).map((item) => item.title))
}
