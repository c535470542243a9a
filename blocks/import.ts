import type { z } from 'zod'
import type { TechnologyCategory } from '@/lib/content/taxonomy'
import type { SkillRef, TechnologyRef } from '@/lib/import/schema-parts'
import type { TechnologyMatch } from '@/lib/import/technology-names'
import type { BlockOf, GuideBlockType } from '@/blocks/types'

/** What a block needs from the site to be stored: lib/import/write-guide.ts answers, in its transaction. */
export interface WriteContext {
  /** The technologies' ids; one the site does not have is created in the category. */
  technologies(refs: TechnologyRef[], category: TechnologyCategory): Promise<number[]>
  /** The skills' ids; one the site does not have is created. */
  skills(refs: SkillRef[]): Promise<number[]>
  /** The guide for a role, when the site has one. */
  guideOfRole(title: string): number | null
}

/** How a block comes from a writer's document: the parser's output for it, its preview line, its stored form. */
export interface BlockImport<T extends GuideBlockType, S extends z.ZodType<{ blockType: T }>> {
  /** What the parser must produce, checked before anything touches the database. */
  schema: S
  /** The block's kind in the import preview, in editors' words. */
  label: string
  /** The preview's summary after the label: "Programming languages · 4 known, 1 new: Bash". */
  details(block: z.infer<S>, technologies: TechnologyMatch[] | undefined): string
  /** How many items (list entries, rows, steps, paragraphs) the preview counts. */
  items(block: z.infer<S>): number
  /** The block as Payload stores it. */
  toPayload(block: z.infer<S>, context: WriteContext): BlockOf<T> | Promise<BlockOf<T>>
}

export const joinParagraphs = (paragraphs: string[]) => paragraphs.join('\n\n') || undefined

export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

interface Framed {
  heading: string
  headingLevel: '2' | '3' | '4'
  intro: string[]
  outro?: string[]
}

/** A block's heading and the prose before (and, where it has one, after) its items, as stored. */
export function frameOf(block: Framed) {
  return {
    heading: block.heading,
    headingLevel: block.headingLevel,
    intro: joinParagraphs(block.intro),
    ...(block.outro ? { outro: joinParagraphs(block.outro) } : {}),
  }
}
