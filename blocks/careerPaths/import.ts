import { z } from 'zod'
import { blockBase, paragraphs, text } from '@/lib/import/schema-parts'
import { count, frameOf, type BlockImport } from '@/blocks/import'

const schema = z.object({
  blockType: z.literal('careerPaths'),
  ...blockBase,
  intro: paragraphs,
  items: z.array(text).min(1),
  outro: paragraphs,
})

export const careerPathsImport: BlockImport<'careerPaths', typeof schema> = {
  schema,
  label: 'Career paths',
  details: (block) => count(block.items.length, 'item'),
  items: (block) => block.items.length,
  toPayload: (block, context) => ({
    blockType: 'careerPaths',
    ...frameOf(block),
    items: block.items.map((title) => ({ title, guide: context.guideOfRole(title) })),
  }),
}
