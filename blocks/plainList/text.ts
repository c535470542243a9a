import { listOf, type BlockText } from '@/blocks/text'

export const plainListText: BlockText<'plainList'> = (block, _out, prose) => {
  prose(...listOf(block.items).map((item) => item.text))
}
