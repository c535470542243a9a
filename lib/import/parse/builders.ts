import type { TechnologyCategory } from '@/lib/content/taxonomy'
import type { ParsedBlock, RichNode } from '@/lib/import/schema'
import { countryOfRegion } from '@/lib/content/money'
import { cited, parseSalaryLine } from './salary-line'
import type { Classified, HeadingLevel, RawSection, ReportLine, Token } from './types'
import { parseTechnologyName, sentenceIn, splitTitled } from './words'

/** The list in the middle of a section, with the paragraphs before and after it; undefined when there is not exactly one list. */
export function splitAroundList(body: RawSection['body']) {
  const firstItem = body.findIndex((token) => token.kind === 'item')
  if (firstItem === -1) return undefined
  let end = firstItem
  while (end < body.length && body[end]!.kind === 'item') end++
  const rest = body.slice(end)
  if (rest.some((token) => token.kind === 'item')) return undefined
  const items = body.slice(firstItem, end) as Extract<Token, { kind: 'item' }>[]
  return {
    intro: body.slice(0, firstItem).map((token) => token.text),
    items: items.map((token) => token.text),
    ordered: items.every((token) => token.ordered),
    outro: rest.map((token) => token.text),
  }
}

export function richContent(body: RawSection['body']): RichNode[] {
  const nodes: RichNode[] = []
  for (const token of body) {
    if (token.kind === 'paragraph') {
      nodes.push({ type: 'paragraph', text: token.text })
      continue
    }
    const last = nodes.at(-1)
    if (last?.type === 'list' && last.ordered === token.ordered) last.items.push(token.text)
    else nodes.push({ type: 'list', ordered: token.ordered, items: [token.text] })
  }
  return nodes
}

export function genericBlock(section: RawSection, headingLevel: HeadingLevel): ParsedBlock {
  const list = splitAroundList(section.body)
  if (list) return { blockType: 'plainList', heading: section.heading, headingLevel, ...list }
  return { blockType: 'section', heading: section.heading, headingLevel, content: richContent(section.body) }
}

/** A generic section, saying why: a list that reads as sentences is kept as a list, never as names. */
export function genericClassified(section: RawSection, headingLevel: HeadingLevel, why?: string): Classified {
  const block = genericBlock(section, headingLevel)
  if (why) return { block, why }
  if (block.blockType === 'plainList')
    return { block, why: 'a list under a heading that names no technology category or section kind' }
  if (block.blockType === 'section' && block.content.length === 0)
    return { block, why: 'a heading with no text of its own' }
  return { block, why: 'text' }
}

export function technologyBlock(
  section: RawSection,
  category: TechnologyCategory,
  headingLevel: HeadingLevel,
  because: string,
): Classified {
  const list = splitAroundList(section.body)
  if (!list) return genericClassified(section, headingLevel, `${because}, but it has no single list of names`)
  const sentence = sentenceIn(list.items)
  if (sentence)
    return genericClassified(
      section,
      headingLevel,
      `${because}, but "${sentence}" reads as a sentence, not a technology name: kept as a list`,
    )
  return {
    block: {
      blockType: 'technologyGroup',
      heading: section.heading,
      headingLevel,
      category,
      intro: list.intro,
      technologies: list.items.map(parseTechnologyName),
      outro: list.outro,
    },
    why: because,
  }
}

export function salaryBlock(section: RawSection, level: HeadingLevel, warnings: ReportLine[]): ParsedBlock | undefined {
  const rows: Extract<ParsedBlock, { blockType: 'salary' }>['rows'] = []
  const intro: string[] = []
  const outro: string[] = []
  // A section-wide "Source: US BLS, May 2025" line names the source of the rows that give none.
  let sectionSource: { source?: string; year?: number } = {}
  for (const token of section.body) {
    const row = parseSalaryLine(token.text, { region: rows.at(-1)?.region ?? countryOfRegion(section.heading)?.name })
    const sourceLine = row ? undefined : /^sources?:\s*(.+?)\.?$/i.exec(token.text)?.[1]
    if (sourceLine) sectionSource = cited(sourceLine)
    if (row) rows.push(row)
    else {
      if (token.kind === 'item')
        warnings.push({
          line: token.no,
          message: `Salary line "${token.text}" has no recognisable range; kept as text after the table`,
        })
      ;(rows.length === 0 && token.kind === 'paragraph' ? intro : outro).push(token.text)
    }
  }
  if (rows.length === 0) return undefined
  if (sectionSource.source)
    for (const row of rows)
      if (!row.source) Object.assign(row, { ...sectionSource, ...(row.year && { year: row.year }) })
  return { blockType: 'salary', heading: section.heading, headingLevel: level, intro, rows, outro }
}

export function roadmapFromList(section: RawSection, level: HeadingLevel): ParsedBlock | undefined {
  if (!section.body.some((token) => token.kind === 'item')) return undefined
  const intro: string[] = []
  const outro: string[] = []
  const steps: { title: string; description: string }[] = []
  section.body.forEach((token, position) => {
    if (token.kind === 'item') return void steps.push(splitTitled(token.text))
    const step = steps.at(-1)
    if (!step) return void intro.push(token.text)
    const isLastRun = !section.body.slice(position).some((later) => later.kind === 'item')
    if (step.description && isLastRun) outro.push(token.text)
    else step.description = step.description ? `${step.description}\n\n${token.text}` : token.text
  })
  return { blockType: 'roadmap', heading: section.heading, headingLevel: level, intro, steps, outro }
}

/** An FAQ written as a numbered (or bulleted) list of questions, each followed by its answer. */
export function faqFromList(section: RawSection, level: HeadingLevel): ParsedBlock | undefined {
  const isQuestion = (token: RawSection['body'][number]) => token.kind === 'item' && token.text.endsWith('?')
  const first = section.body.findIndex(isQuestion)
  if (first === -1) return undefined
  const items: { question: string; answer: string }[] = []
  const answers: string[][] = []
  for (const token of section.body.slice(first)) {
    if (isQuestion(token)) {
      items.push({ question: token.text, answer: '' })
      answers.push([])
    } else answers.at(-1)!.push(token.kind === 'item' ? `• ${token.text}` : token.text)
  }
  if (answers.some((answer) => answer.length === 0)) return undefined
  items.forEach((item, index) => (item.answer = answers[index]!.join('\n\n')))
  const intro = section.body.slice(0, first).map((token) => token.text)
  return { blockType: 'faq', heading: section.heading, headingLevel: level, intro, items }
}
