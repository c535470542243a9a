import { z } from 'zod'
import { parsedBlockSchemas, type ParsedBlock } from '@/blocks/registry/imports'
import { SLUG_PATTERN } from '@/lib/content/slug'
import { text } from './schema-parts'

export { richNodeSchema, skillRefSchema, technologyRefSchema } from './schema-parts'
export type { RichNode, SkillRef, TechnologyRef } from './schema-parts'

/**
 * What the parser produces from a writer's document, validated before anything touches the database.
 * Each block's part is its blocks/<type>/import.ts.
 */
export const parsedBlockSchema = z.discriminatedUnion('blockType', parsedBlockSchemas)

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
  /** The header's "Author:" names, each linked to (or made) an author profile on import. */
  authors: z.array(text).optional(),
})

export type { ParsedBlock }
export type ParsedGuide = z.infer<typeof parsedGuideSchema>
