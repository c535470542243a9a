import type { BlockOf, GuideBlock, GuideBlockType } from '@/blocks/types'

/**
 * What a reader (and a crawler) gets from a guide's blocks, in page order: its subheadings, its
 * paragraphs of prose, and how many links it makes to other pages of the site. Works on saved
 * documents and on the admin form's unsaved values alike (relationships may be IDs or documents).
 */
export interface GuideText {
  /** Block headings and the headings inside rich text, as `{ level, text }`. */
  headings: { level: number; text: string }[]
  /** Prose and list items, in order. */
  paragraphs: string[]
  /** Links to guides, technologies and skills (chips, career paths, internal links in rich text). */
  internalLinks: number
  blockTypes: Set<GuideBlock['blockType']>
}

/** Adds texts to the paragraphs, each split at its empty lines. */
export type Prose = (...texts: (string | null | undefined)[]) => void

/**
 * A block's own part of its text, between its heading and intro (added for every block) and its
 * outro: lib/seo/guide-text.ts calls it through blocks/registry/texts.ts.
 */
export type BlockText<T extends GuideBlockType> = (block: BlockOf<T>, out: GuideText, prose: Prose) => void

/**
 * The admin form holds an array or blocks field without rows as its row count (0), not `[]`, and a
 * half-filled block may lack any field: every list is read through this, never iterated as given.
 */
export const listOf = <T>(value: readonly T[] | null | undefined): readonly T[] => (Array.isArray(value) ? value : [])

type Named = { name?: string | null; title?: string | null }

/** The name of a populated relationship; an unpopulated one (an id) has none. */
export const nameOf = (value: unknown) =>
  typeof value === 'object' && value ? ((value as Named).name ?? (value as Named).title ?? '') : ''
