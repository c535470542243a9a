import { blocksOf } from './parse/blocks'
import { emptyContainersAsText, excerptOf, roleFromTitle, slugOf, validGuide } from './parse/guide'
import { readHeader } from './parse/header'
import { authorNames } from './people'
import { assertReadable, normaliseLines } from './parse/lines'
import { sectionsOf } from './parse/sections'
import { FACT_LINE, QUICK_FACTS_HEADING, quickFactsOf } from './parse/quick-facts'
import type { QuickFacts } from './schema'
import type { RawSection } from './parse/types'
import { MARKDOWN_HEADING, plainMarkdown, tokenize } from './parse/tokens'
import { ImportError, type ParseResult, type ReportLine } from './parse/types'

export { CATEGORY_PLURALS } from './categories'
export { technologyCategoryOf } from './parse/kinds'
export { parseSalaryLine } from './parse/salary-line'
export { ImportError, MAX_DOCUMENT_BYTES } from './parse/types'
export type { ParseResult, ReportLine, SectionOrigin } from './parse/types'
export { parseTechnologyName, readsAsSentence, withoutRole } from './parse/words'

/**
 * Turns the plain-text documents SEO writers deliver into a structured career guide: a header of
 * SEO fields, the title, then sections whose headings say what they are (responsibilities,
 * technical skills by kind, soft skills, career paths...). Pure: text in, guide and report out.
 * Its steps are in lib/import/parse/.
 */
export function parseGuideText(input: string): ParseResult {
  assertReadable(input)
  const warnings: ReportLine[] = []
  const skipped: ReportLine[] = []
  const lines = normaliseLines(input).filter((line) => line.text !== '')

  const { meta, next } = readHeader(lines, warnings, skipped)
  const titleLine = lines[next]
  if (!titleLine)
    throw new ImportError(
      'The document has no title: after the SEO header, the first line should be the guide’s title.',
    )
  const bodyLines = lines.slice(next + 1)
  const markdown = MARKDOWN_HEADING.test(titleLine.text) || bodyLines.some((line) => MARKDOWN_HEADING.test(line.text))
  const title = markdown ? plainMarkdown(titleLine.text.replace(/^#+\s+/, '')) : titleLine.text
  const role = roleFromTitle(title, meta.focusKeyword)

  const { sections, quickFacts } = withQuickFactsApart(
    sectionsOf(tokenize(bodyLines, markdown, warnings, skipped), warnings),
    warnings,
    skipped,
  )
  const { blocks, origins } = blocksOf(sections, role, warnings)
  const finalBlocks = emptyContainersAsText(blocks, origins)
  const slug = slugOf(meta, title, warnings)
  const authors = authorNames(meta.author)

  const guide = validGuide({
    title,
    role,
    slug,
    excerpt: excerptOf(finalBlocks),
    meta: {
      title: meta.title,
      description: meta.description,
      focusKeyword: meta.focusKeyword,
      secondaryKeywords: meta.secondaryKeywords,
    },
    blocks: finalBlocks,
    ...(authors.length && { authors }),
    ...(meta.reviewer && { reviewer: meta.reviewer }),
    ...(quickFacts && { quickFacts }),
  })
  return { guide, warnings, skipped, origins }
}

/**
 * A "Quick facts" section becomes the guide's typed quick facts, not a block; its lines are
 * reported as read into them, and any it could not read stay in the guide as a section.
 */
function withQuickFactsApart(sections: RawSection[], warnings: ReportLine[], skipped: ReportLine[]) {
  let quickFacts: QuickFacts | undefined
  const kept: RawSection[] = []
  for (let index = 0; index < sections.length; index++) {
    const section = sections[index]!
    if (quickFacts || !QUICK_FACTS_HEADING.test(section.heading)) {
      kept.push(section)
      continue
    }
    // In plain text a short "Median pay: $131,450 per year" line reads as a heading; under the
    // quick facts heading such lines are its facts.
    const body = [...section.body]
    while (!body.length || body.every((token) => token.kind !== 'item')) {
      const next = sections[index + 1]
      if (!next || next.level || !FACT_LINE.test(next.heading)) break
      body.push({ kind: 'paragraph', no: next.no, text: next.heading }, ...next.body)
      index++
    }
    const { facts, unread, read } = quickFactsOf({ ...section, body }, warnings)
    quickFacts = facts
    skipped.push({ line: section.no, message: `heading of the quick facts "${section.heading}"` }, ...read)
    if (unread.length) kept.push({ ...section, body: unread })
  }
  return { sections: kept, quickFacts }
}
