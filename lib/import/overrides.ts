import { z } from 'zod'
import { TECHNOLOGY_CATEGORIES, type TechnologyCategory } from '@/lib/content/taxonomy'
import { CATEGORY_PLURALS, ImportError, parseTechnologyName, readsAsSentence, type ParseResult } from './parse-guide'
import type { ParsedBlock } from './schema'

/**
 * What an editor may make of a section in the import form before the draft is created. Only lists
 * change kind: a list, technologies of one category, skills, career paths, or plain text.
 */
export const SECTION_KINDS = ['list', 'technologies', 'skills', 'careerPaths', 'text'] as const
export type SectionKind = (typeof SECTION_KINDS)[number]

export const sectionOverrideSchema = z
  .object({
    section: z.number({ error: 'An override names its section by number.' }).int().min(0),
    kind: z.enum(SECTION_KINDS, { error: `A section can become one of: ${SECTION_KINDS.join(', ')}.` }),
    category: z.enum(TECHNOLOGY_CATEGORIES.map((category) => category.value)).optional(),
  })
  .refine((override) => override.kind !== 'technologies' || override.category !== undefined, {
    message: 'Say which category of technologies the section lists.',
  })

export type SectionOverride = z.infer<typeof sectionOverrideSchema>

type ListBlock = Extract<ParsedBlock, { blockType: 'plainList' | 'technologyGroup' | 'skillList' | 'careerPaths' }>

export function isListBlock(block: ParsedBlock): block is ListBlock {
  return (
    block.blockType === 'plainList' ||
    block.blockType === 'technologyGroup' ||
    block.blockType === 'skillList' ||
    block.blockType === 'careerPaths'
  )
}

/** The kind an editor would pick to get this block back. */
export function kindOf(block: ParsedBlock): { kind: SectionKind; category?: TechnologyCategory } | undefined {
  switch (block.blockType) {
    case 'plainList':
      return { kind: 'list' }
    case 'technologyGroup':
      return { kind: 'technologies', category: block.category }
    case 'skillList':
      return { kind: 'skills' }
    case 'careerPaths':
      return { kind: 'careerPaths' }
    default:
      return undefined
  }
}

function itemsOf(block: ListBlock): string[] {
  switch (block.blockType) {
    case 'technologyGroup':
      return block.technologies.map((t) => (t.abbreviation ? `${t.name} (${t.abbreviation})` : t.name))
    case 'skillList':
      return block.skills.map((skill) => skill.name)
    default:
      return block.items
  }
}

function convert(block: ListBlock, override: SectionOverride, position: number): ParsedBlock {
  const { heading, headingLevel, intro, outro } = block
  const items = itemsOf(block)
  const ordered = block.blockType === 'plainList' ? block.ordered : false
  const sentence =
    override.kind === 'technologies' || override.kind === 'skills' ? items.find(readsAsSentence) : undefined
  if (sentence) {
    throw new ImportError(
      `Section ${position + 1} “${heading}” cannot list ${override.kind}: “${sentence}” reads as a sentence, not a name. Keep it as a list, or edit the document.`,
    )
  }
  switch (override.kind) {
    case 'list':
      return { blockType: 'plainList', heading, headingLevel, intro, items, ordered, outro }
    case 'technologies':
      return {
        blockType: 'technologyGroup',
        heading,
        headingLevel,
        category: override.category!,
        intro,
        technologies: items.map(parseTechnologyName),
        outro,
      }
    case 'skills':
      return {
        blockType: 'skillList',
        heading,
        headingLevel,
        intro,
        skills: items.map((name) => ({
          name,
          kind: block.blockType === 'skillList' ? block.skills[0]!.kind : 'technical',
        })),
        outro,
      }
    case 'careerPaths':
      return { blockType: 'careerPaths', heading, headingLevel, intro, items, outro }
    case 'text':
      return {
        blockType: 'section',
        heading,
        headingLevel,
        content: [
          ...intro.map((text) => ({ type: 'paragraph' as const, text })),
          { type: 'list' as const, ordered, items },
          ...outro.map((text) => ({ type: 'paragraph' as const, text })),
        ],
      }
  }
}

const describeOverride = (override: SectionOverride) =>
  override.kind === 'technologies'
    ? `technologies (${CATEGORY_PLURALS[override.category!]})`
    : override.kind === 'careerPaths'
      ? 'career paths'
      : override.kind

/** The parse result with the editor's choices applied; a choice that does not fit is an ImportError an editor can act on. */
export function applyOverrides(result: ParseResult, overrides: SectionOverride[]): ParseResult {
  if (overrides.length === 0) return result
  const blocks = [...result.guide.blocks]
  const origins = result.origins.map((origin) => ({ ...origin }))
  for (const override of overrides) {
    const block = blocks[override.section]
    if (!block)
      throw new ImportError(
        `There is no section ${override.section + 1}: the document has ${blocks.length}. Preview it again.`,
      )
    if (!isListBlock(block))
      throw new ImportError(
        `Section ${override.section + 1} “${block.heading}” is not a list; only lists can change kind.`,
      )
    blocks[override.section] = convert(block, override, override.section)
    origins[override.section]!.why = `chosen in the import form: ${describeOverride(override)}`
  }
  return { ...result, guide: { ...result.guide, blocks }, origins }
}
