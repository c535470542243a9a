import { z } from 'zod'
import { blockBase, paragraphs, text } from '@/lib/import/schema-parts'
import { count, frameOf, type BlockImport } from '@/blocks/import'

const schema = z.object({
  blockType: z.literal('faq'),
  ...blockBase,
  intro: paragraphs,
  items: z.array(z.object({ question: text, answer: text })).min(1),
})

export const faqImport: BlockImport<'faq', typeof schema> = {
  schema,
  label: 'FAQ',
  details: (block) => count(block.items.length, 'question'),
  items: (block) => block.items.length,
  toPayload: (block) => ({
    blockType: 'faq',
    ...frameOf(block),
    items: block.items,
  }),
}
