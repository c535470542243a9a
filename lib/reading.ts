import { guideText, wordsOf, type GuideContentBlock } from './seo/guide-text'

/** Minutes to read a guide at 230 words a minute (a common adult silent-reading rate), at least 1. */
export const WORDS_PER_MINUTE = 230

export function readingMinutes(blocks: readonly GuideContentBlock[] | null | undefined): number {
  const words = guideText(blocks).paragraphs.reduce((sum, paragraph) => sum + wordsOf(paragraph).length, 0)
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}

export interface TocEntry {
  id: string
  text: string
  level: number
}

/** The table of contents: every block heading down to h3, with the anchor its section carries. */
export function tableOfContents(blocks: readonly { heading: string; headingLevel: string }[], ids: readonly string[]): TocEntry[] {
  return blocks.map((block, i) => ({ id: ids[i]!, text: block.heading, level: Number(block.headingLevel) || 2 })).filter((entry) => entry.level <= 3)
}
