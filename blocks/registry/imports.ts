import type { z } from 'zod'
import type { BlockImport, WriteContext } from '@/blocks/import'
import type { GuideBlock, GuideBlockType } from '@/blocks/types'
import type { TechnologyMatch } from '@/lib/import/technology-names'
import { sectionImport } from '@/blocks/section/import'
import { responsibilitiesImport } from '@/blocks/responsibilities/import'
import { technologyGroupImport } from '@/blocks/technologyGroup/import'
import { skillListImport } from '@/blocks/skillList/import'
import { plainListImport } from '@/blocks/plainList/import'
import { careerPathsImport } from '@/blocks/careerPaths/import'
import { salaryImport } from '@/blocks/salary/import'
import { roadmapImport } from '@/blocks/roadmap/import'
import { faqImport } from '@/blocks/faq/import'

const imports = {
  section: sectionImport,
  responsibilities: responsibilitiesImport,
  technologyGroup: technologyGroupImport,
  skillList: skillListImport,
  plainList: plainListImport,
  careerPaths: careerPathsImport,
  salary: salaryImport,
  roadmap: roadmapImport,
  faq: faqImport,
} satisfies { [K in GuideBlockType]: BlockImport<K, z.ZodType<{ blockType: K }>> }

type Schema = (typeof imports)[GuideBlockType]['schema']

/** A block as the parser produces it: one of the blocks' own schemas. */
export type ParsedBlock = z.infer<Schema>

/** Every block's parser output schema, for lib/import/schema.ts's union. */
export const parsedBlockSchemas = Object.values(imports).map((entry) => entry.schema) as [Schema, ...Schema[]]

/** The block's import mapping; the map pairs each type with its own, which TypeScript cannot follow through the lookup. */
const importOf = (block: ParsedBlock) =>
  imports[block.blockType] as unknown as {
    label: string
    details(block: ParsedBlock, technologies: TechnologyMatch[] | undefined): string
    items(block: ParsedBlock): number
    toPayload(block: ParsedBlock, context: WriteContext): GuideBlock | Promise<GuideBlock>
  }

/** "Technology group · Programming languages · 4 known, 1 new: Bash" */
export const blockSummary = (block: ParsedBlock, technologies: TechnologyMatch[] | undefined) =>
  `${importOf(block).label} · ${importOf(block).details(block, technologies)}`

export const blockItemCount = (block: ParsedBlock) => importOf(block).items(block)

export const toPayloadBlock = async (block: ParsedBlock, context: WriteContext) =>
  importOf(block).toPayload(block, context)
