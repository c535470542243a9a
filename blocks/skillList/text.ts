import { listOf, nameOf, type BlockText } from '@/blocks/text'

export const skillListText: BlockText<'skillList'> = (block, out, prose) => {
  out.internalLinks += listOf(block.skills).length
  prose(...listOf(block.skills).map(nameOf))
}
