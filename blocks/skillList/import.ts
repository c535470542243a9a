import { z } from 'zod'
import { blockBase, paragraphs, skillRefSchema } from '@/lib/import/schema-parts'
import { count, frameOf, type BlockImport } from '@/blocks/import'

const schema = z.object({
  blockType: z.literal('skillList'),
  ...blockBase,
  intro: paragraphs,
  skills: z.array(skillRefSchema).min(1),
  outro: paragraphs,
})

export const skillListImport: BlockImport<'skillList', typeof schema> = {
  schema,
  label: 'Skills',
  details: (block) =>
    `${block.skills[0]?.kind === 'soft' ? 'soft' : 'technical'} · ${count(block.skills.length, 'skill')}`,
  items: (block) => block.skills.length,
  toPayload: async (block, context) => ({
    blockType: 'skillList',
    ...frameOf(block),
    skills: await context.skills(block.skills),
  }),
}
