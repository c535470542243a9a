import { addBlockText } from '@/blocks/registry/texts'
import { listOf, type GuideText } from '@/blocks/text'
import type { GuideBlock } from '@/blocks/types'

export { listOf, type GuideText }
export type GuideContentBlock = GuideBlock

const splitParagraphs = (text: string | null | undefined) =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

/** A guide's text (GuideText), block by block: heading, intro, the block's own part, outro. */
export function guideText(blocks: readonly GuideContentBlock[] | null | undefined): GuideText {
  const out: GuideText = { headings: [], paragraphs: [], internalLinks: 0, blockTypes: new Set() }
  const prose = (...texts: (string | null | undefined)[]) =>
    texts.forEach((text) => out.paragraphs.push(...splitParagraphs(text)))
  for (const block of listOf(blocks)) {
    if (!block?.blockType) continue
    out.blockTypes.add(block.blockType)
    if (block.heading) out.headings.push({ level: Number(block.headingLevel) || 2, text: block.heading })
    const intro = 'intro' in block ? block.intro : undefined
    const outro = 'outro' in block ? block.outro : undefined
    prose(intro)
    addBlockText(block, out, prose)
    prose(outro)
  }
  return out
}

export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’.+#-][\p{L}\p{N}]+)*[+#]*/gu) ?? []
}
