import { expect } from '@jest/globals'
import type { parseGuideText } from '@/lib/import/parse-guide'

/**
 * Every line of a document is either in the guide (or its report) or listed as skipped: nothing is
 * lost silently. A line counts as kept when each of its words (markers and header labels aside) is
 * in the parsed guide or a warning; amounts are checked separately, since they are parsed to numbers.
 */
const AMOUNT_WORDS = /^(?:lpa|lakhs?|lacs?|crores?|cr|mn|thousand|million)$/

export function expectEveryLineAccounted(source: string, result: ReturnType<typeof parseGuideText>) {
  const kept = (JSON.stringify(result.guide) + JSON.stringify(result.warnings)).toLowerCase()
  const skippedLines = new Set(result.skipped.map((line) => line.line))
  const lost = source
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((text, index) => ({ no: index + 1, text: text.trim() }))
    .filter(({ no, text }) => text !== '' && !skippedLines.has(no))
    .filter(({ text }) => {
      const core = text
        .replace(/^(#{1,6}|[-*•]|\d+[.)])\s+/, '')
        .replace(/^[A-Za-z _]+:\s*/, (label) => (/^(seo|meta|url|focus|secondary|slug)/i.test(label) ? '' : label))
      // Amount suffixes ("12 LPA", "1.5 Cr") are read into the number.
      const words = (core.toLowerCase().match(/\p{L}{2,}/gu) ?? []).filter((word) => !AMOUNT_WORDS.test(word))
      return words.some((word) => !kept.includes(word))
    })
  expect(lost).toEqual([])
}
