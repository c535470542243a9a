import { z } from 'zod'
import { blockBase, paragraphs, text } from '@/lib/import/schema-parts'
import { count, frameOf, type BlockImport } from '@/blocks/import'

const schema = z.object({
  blockType: z.literal('plainList'),
  ...blockBase,
  intro: paragraphs,
  ordered: z.boolean(),
  items: z.array(text).min(1),
  outro: paragraphs,
})

export const plainListImport: BlockImport<'plainList', typeof schema> = {
  schema,
  label: 'List',
  details: (block) => count(block.items.length, 'item'),
  items: (block) => block.items.length,
  toPayload: (block) => ({
    blockType: 'plainList',
    ...frameOf(block),
    ordered: block.ordered,
    items: block.items.map((text) => ({ text })),
  }),
}
