import { z } from 'zod'
import { SALARY_LEVELS, SALARY_PERIODS } from '@/lib/content/taxonomy'
import { blockBase, paragraphs, text } from '@/lib/import/schema-parts'
import { count, frameOf, type BlockImport } from '@/blocks/import'

const schema = z.object({
  blockType: z.literal('salary'),
  ...blockBase,
  intro: paragraphs,
  rows: z
    .array(
      z.object({
        region: text,
        currency: z.string().regex(/^[A-Z]{3}$/),
        min: z.number().nonnegative(),
        max: z.number().nonnegative(),
        period: z.enum(SALARY_PERIODS.map((period) => period.value)),
        level: z.enum(SALARY_LEVELS.map((level) => level.value)).optional(),
        source: text.optional(),
        year: z.number().int().min(1990).max(2100).optional(),
      }),
    )
    .min(1),
  outro: paragraphs,
})

export const salaryImport: BlockImport<'salary', typeof schema> = {
  schema,
  label: 'Salary table',
  details: (block) => count(block.rows.length, 'row'),
  items: (block) => block.rows.length,
  toPayload: (block) => ({
    blockType: 'salary',
    ...frameOf(block),
    rows: block.rows,
  }),
}
