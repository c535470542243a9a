import { z } from 'zod'
import { SLUG_PATTERN } from '@/lib/content/slug'
import { SALARY_PERIODS, SKILL_KINDS, TECHNOLOGY_CATEGORIES } from '@/lib/content/taxonomy'

/** What the parser produces from a writer's document, validated before anything touches the database. */
const text = z.string().trim().min(1)
const headingLevel = z.enum(['2', '3', '4'])
const paragraphs = z.array(text)

export const richNodeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text }),
  z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(text).min(1) }),
])

const blockBase = { heading: text, headingLevel }

export const technologyRefSchema = z.object({ name: text, abbreviation: text.optional() })
export const skillRefSchema = z.object({ name: text, kind: z.enum(SKILL_KINDS.map((kind) => kind.value)) })

export const parsedBlockSchema = z.discriminatedUnion('blockType', [
  z.object({ blockType: z.literal('section'), ...blockBase, content: z.array(richNodeSchema) }),
  z.object({
    blockType: z.literal('responsibilities'),
    ...blockBase,
    intro: paragraphs,
    items: z.array(z.object({ title: text, description: z.string().trim() })).min(1),
    outro: paragraphs,
  }),
  z.object({
    blockType: z.literal('technologyGroup'),
    ...blockBase,
    category: z.enum(TECHNOLOGY_CATEGORIES.map((category) => category.value)),
    intro: paragraphs,
    technologies: z.array(technologyRefSchema).min(1),
    outro: paragraphs,
  }),
  z.object({
    blockType: z.literal('skillList'),
    ...blockBase,
    intro: paragraphs,
    skills: z.array(skillRefSchema).min(1),
    outro: paragraphs,
  }),
  z.object({
    blockType: z.literal('plainList'),
    ...blockBase,
    intro: paragraphs,
    ordered: z.boolean(),
    items: z.array(text).min(1),
    outro: paragraphs,
  }),
  z.object({
    blockType: z.literal('careerPaths'),
    ...blockBase,
    intro: paragraphs,
    items: z.array(text).min(1),
    outro: paragraphs,
  }),
  z.object({
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
        }),
      )
      .min(1),
    outro: paragraphs,
  }),
  z.object({
    blockType: z.literal('roadmap'),
    ...blockBase,
    intro: paragraphs,
    steps: z.array(z.object({ title: text, description: z.string().trim() })).min(1),
    outro: paragraphs,
  }),
  z.object({
    blockType: z.literal('faq'),
    ...blockBase,
    intro: paragraphs,
    items: z.array(z.object({ question: text, answer: text })).min(1),
  }),
])

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
})

export type RichNode = z.infer<typeof richNodeSchema>
export type ParsedBlock = z.infer<typeof parsedBlockSchema>
export type ParsedGuide = z.infer<typeof parsedGuideSchema>
export type TechnologyRef = z.infer<typeof technologyRefSchema>
export type SkillRef = z.infer<typeof skillRefSchema>
