import { z } from 'zod'
import { parsedBlockSchemas, type ParsedBlock } from '@/blocks/registry/imports'
import { SLUG_PATTERN } from '@/lib/content/slug'
import { SALARY_PERIODS } from '@/lib/content/taxonomy'
import { text } from './schema-parts'

export { richNodeSchema, skillRefSchema, technologyRefSchema } from './schema-parts'
export type { RichNode, SkillRef, TechnologyRef } from './schema-parts'

/**
 * What the parser produces from a writer's document, validated before anything touches the database.
 * Each block's part is its blocks/<type>/import.ts.
 */
export const parsedBlockSchema = z.discriminatedUnion('blockType', parsedBlockSchemas)

const figureYear = z.number().int().min(1990).max(2100)

/** A document's "Quick facts" section, typed as the guide's quickFacts field (collections/Guides/fields/quickFacts.ts). */
export const quickFactsSchema = z.object({
  medianPay: z
    .object({
      amount: z.number().nonnegative(),
      currency: z.string().regex(/^[A-Z]{3}$/),
      period: z.enum(SALARY_PERIODS.map((period) => period.value)),
      source: text.optional(),
      year: figureYear.optional(),
      region: text.optional(),
    })
    .optional(),
  entryEducation: text.optional(),
  experience: text.optional(),
  outlook: z
    .object({
      growthPercent: z.number().min(-100).max(1000),
      fromYear: figureYear.optional(),
      toYear: figureYear.optional(),
      source: text.optional(),
    })
    .optional(),
  jobs: z.object({ count: z.number().nonnegative(), year: figureYear.optional(), source: text.optional() }).optional(),
})
export type QuickFacts = z.infer<typeof quickFactsSchema>

export const parsedGuideSchema = z.object({
  title: text,
  role: text,
  slug: z.string().regex(SLUG_PATTERN, 'must be lowercase words joined by hyphens'),
  excerpt: z.string().trim(),
  meta: z.object({
    title: z.string().trim().optional(),
    description: z.string().trim().optional(),
    focusKeyword: z.string().trim().optional(),
    secondaryKeywords: z.array(text),
  }),
  blocks: z.array(parsedBlockSchema).min(1, 'the document has no sections'),
  quickFacts: quickFactsSchema.optional(),
  /** The header's "Author:" names, each linked to (or made) an author profile on import. */
  authors: z.array(text).optional(),
  /** The header's "Reviewed by:" name, linked to (or made) a profile; the review date stays the editors' to set. */
  reviewer: text.optional(),
})

export type { ParsedBlock }
export type ParsedGuide = z.infer<typeof parsedGuideSchema>
