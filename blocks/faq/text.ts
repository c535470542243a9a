import { listOf, type BlockText } from '@/blocks/text'

export const faqText: BlockText<'faq'> = (block, _out, prose) => {
  for (const item of listOf(block.items)) prose(item.question, item.answer)
}
