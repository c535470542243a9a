import { z } from 'zod'
import { TECHNOLOGY_CATEGORIES } from '@/lib/content/taxonomy'
import { categoryLabel } from '@/lib/import/categories'
import type { TechnologyMatch } from '@/lib/import/technology-names'
import { blockBase, paragraphs, technologyRefSchema } from '@/lib/import/schema-parts'
import { frameOf, type BlockImport } from '@/blocks/import'

function technologySummary(matches: TechnologyMatch[]): string {
  const unknown = matches.filter((match) => !match.known)
  const parts = [`${matches.length - unknown.length} known`]
  if (unknown.length) parts.push(`${unknown.length} new: ${unknown.map((match) => match.written).join(', ')}`)
  // "Postgres" is the site's PostgreSQL: the guide links that one.
  const renamed = matches.filter((match) => match.renamed)
  if (renamed.length) parts.push(renamed.map((match) => `${match.written} = ${match.name}`).join(', '))
  return parts.join(', ')
}

const schema = z.object({
  blockType: z.literal('technologyGroup'),
  ...blockBase,
  category: z.enum(TECHNOLOGY_CATEGORIES.map((category) => category.value)),
  intro: paragraphs,
  technologies: z.array(technologyRefSchema).min(1),
  outro: paragraphs,
})

export const technologyGroupImport: BlockImport<'technologyGroup', typeof schema> = {
  schema,
  label: 'Technology group',
  details: (block, matches) => [categoryLabel(block.category), technologySummary(matches ?? [])].join(' · '),
  items: (block) => block.technologies.length,
  toPayload: async (block, context) => ({
    blockType: 'technologyGroup',
    ...frameOf(block),
    category: block.category,
    technologies: await context.technologies(block.technologies, block.category),
  }),
}
