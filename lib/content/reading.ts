import { guideText, wordsOf, type GuideContentBlock } from '@/lib/seo/guide-text'

/** Minutes to read a guide at 230 words a minute (a common adult silent-reading rate), at least 1. */
export const WORDS_PER_MINUTE = 230

export function readingMinutes(blocks: readonly GuideContentBlock[] | null | undefined): number {
  const words = guideText(blocks).paragraphs.reduce((sum, paragraph) => sum + wordsOf(paragraph).length, 0)
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}

export interface TocEntry {
  id: string
  text: string
  /** The sub-sections (h3) of a section (h2), in order. */
  children: TocEntry[]
}

/**
 * The table of contents: every block heading down to h3, with the anchor its section carries, each
 * h3 inside the h2 before it, so the sections number 1…n and their sub-sections nest. An h3 before
 * any h2 stands on its own.
 */
export function tableOfContents(
  blocks: readonly { heading: string; headingLevel: string }[],
  ids: readonly string[],
): TocEntry[] {
  const entries: TocEntry[] = []
  let section: TocEntry | undefined
  blocks.forEach((block, i) => {
    const level = Number(block.headingLevel) || 2
    if (level > 3) return
    const entry: TocEntry = { id: ids[i]!, text: block.heading, children: [] }
    if (level === 3 && section) section.children.push(entry)
    else {
      entries.push(entry)
      if (level === 2) section = entry
    }
  })
  return entries
}
