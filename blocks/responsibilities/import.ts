import { z } from 'zod'
import { blockBase, paragraphs, text } from '@/lib/import/schema-parts'
import { count, frameOf, type BlockImport } from '@/blocks/import'

const schema = z.object({
  blockType: z.literal('responsibilities'),
  ...blockBase,
  intro: paragraphs,
  items: z.array(z.object({ title: text, description: z.string().trim() })).min(1),
  outro: paragraphs,
})

export const responsibilitiesImport: BlockImport<'responsibilities', typeof schema> = {
  schema,
  label: 'Responsibilities',
  details: (block) => count(block.items.length, 'item'),
  items: (block) => block.items.length,
  toPayload: (block) => ({
    blockType: 'responsibilities',
    ...frameOf(block),
    items: block.items,
  }),
}
