import { z } from 'zod'
import { blockBase, paragraphs, text } from '@/lib/import/schema-parts'
import { count, frameOf, type BlockImport } from '@/blocks/import'

const schema = z.object({
  blockType: z.literal('roadmap'),
  ...blockBase,
  intro: paragraphs,
  steps: z.array(z.object({ title: text, description: z.string().trim() })).min(1),
  outro: paragraphs,
})

export const roadmapImport: BlockImport<'roadmap', typeof schema> = {
  schema,
  label: 'Roadmap',
  details: (block) => count(block.steps.length, 'step'),
  items: (block) => block.steps.length,
  toPayload: (block) => ({
    blockType: 'roadmap',
    ...frameOf(block),
    steps: block.steps,
  }),
}
