import { z } from 'zod'
import type { SectionBlock } from '@/payload-types'
import { richTextFromNodes } from '@/lib/content/lexical'
import { blockBase, richNodeSchema } from '@/lib/import/schema-parts'
import { count, type BlockImport } from '@/blocks/import'

const schema = z.object({
  blockType: z.literal('section'),
  ...blockBase,
  content: z.array(richNodeSchema),
})

export const sectionImport: BlockImport<'section', typeof schema> = {
  schema,
  label: 'Text',
  details: (block) =>
    block.content.length ? count(block.content.length, 'paragraph or list', 'paragraphs or lists') : 'heading only',
  items: (block) => block.content.length,
  toPayload: (block) => ({
    blockType: 'section',
    heading: block.heading,
    headingLevel: block.headingLevel,
    content: richTextFromNodes(block.content) as SectionBlock['content'],
  }),
}
