import { z } from 'zod'
import { SKILL_KINDS } from '@/lib/content/taxonomy'

/**
 * The pieces the blocks' import schemas (blocks/<type>/import.ts) are made of. Apart from
 * lib/import/schema.ts, which reads those schemas through the registry.
 */
export const text = z.string().trim().min(1)
export const headingLevel = z.enum(['2', '3', '4'])
export const paragraphs = z.array(text)

export const richNodeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text }),
  z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(text).min(1) }),
])

export const blockBase = { heading: text, headingLevel }

export const technologyRefSchema = z.object({ name: text, abbreviation: text.optional() })
export const skillRefSchema = z.object({ name: text, kind: z.enum(SKILL_KINDS.map((kind) => kind.value)) })

export type RichNode = z.infer<typeof richNodeSchema>
export type TechnologyRef = z.infer<typeof technologyRefSchema>
export type SkillRef = z.infer<typeof skillRefSchema>
