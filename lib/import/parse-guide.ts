import { slugify } from '@/lib/content/slug'
import { parseAmount } from '@/lib/content/money'
import type { TechnologyCategory } from '@/lib/content/taxonomy'
import { CATEGORY_PLURALS } from './categories'
import { parsedGuideSchema, type ParsedBlock, type ParsedGuide, type RichNode, type TechnologyRef } from './schema'

/**
 * Turns the plain-text documents SEO writers deliver into a structured career guide: a header of
 * SEO fields, the title, then sections whose headings say what they are (responsibilities,
 * technical skills by kind, soft skills, career paths...). Pure: text in, guide and report out.
 */

export { CATEGORY_PLURALS }

export const MAX_DOCUMENT_BYTES = 1024 * 1024

export class ImportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportError'
  }
}

export interface ReportLine {
  line: number
  message: string
}

/** Where a section of the guide came from in the document, and why it became what it is. */
export interface SectionOrigin {
  /** First and last line of the document the section holds (its sub-headings included). */
  from: number
  to: number
  why: string
}

export interface ParseResult {
  guide: ParsedGuide
  /** Things an editor should look at; the guide was still produced. */
  warnings: ReportLine[]
  /** Input lines that are not in the guide, and why. */
  skipped: ReportLine[]
  /** One per block of the guide, in the same order. */
  origins: SectionOrigin[]
}

interface Line {
  no: number
  text: string
}

type Token =
  | { kind: 'heading'; no: number; text: string; level?: number }
  | { kind: 'paragraph'; no: number; text: string }
  | { kind: 'item'; no: number; text: string; ordered: boolean }

interface RawSection {
  heading: string
  no: number
  /** From Markdown (`##` is 2); plain text has no levels and relies on what headings say. */
  level?: number
  body: Exclude<Token, { kind: 'heading' }>[]
}

type MetaKey = 'title' | 'description' | 'slug' | 'focusKeyword' | 'secondaryKeywords'

const HEADER_LABELS: Record<string, MetaKey> = {
  'seo title': 'title',
  'meta title': 'title',
  'title tag': 'title',
  'meta description': 'description',
  description: 'description',
  'url slug': 'slug',
  slug: 'slug',
  url: 'slug',
  'focus keyword': 'focusKeyword',
  'focus keyphrase': 'focusKeyword',
  'primary keyword': 'focusKeyword',
  'secondary keywords': 'secondaryKeywords',
  'secondary keyword': 'secondaryKeywords',
  keywords: 'secondaryKeywords',
}

/** Words that make a "Label: value" line before the title an (unknown) header rather than the title. */
const HEADER_WORDS =
  /\b(seo|meta|title|description|keywords?|keyphrase|slug|url|canonical|author|category|tags?|date|word count|schema|og)\b/i

const BOILERPLATE =
  /^(leave a (reply|comment)|post a comment|cancel reply|share (this|on)\b.*|related posts?|you may also like)$/i

const BULLET = /^(?:[-*•‣◦▪●–]\s*)(.+)$/
const NUMBERED = /^(\d{1,3})[.)]\s+(.+)$/

function normaliseLines(input: string): Line[] {
  return input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((text, index) => ({
      no: index + 1,
      text: text
        .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    }))
}

function assertReadable(input: string): void {
  if (Buffer.byteLength(input, 'utf8') > MAX_DOCUMENT_BYTES) {
    throw new ImportError('The document is larger than 1 MB; split it or remove embedded images first.')
  }
  if (input.includes('\u0000') || (input.match(/\uFFFD/g)?.length ?? 0) > 8) {
    throw new ImportError(
      'This looks like a binary file (e.g. .docx or .pdf); save the document as plain text (.txt) or Markdown (.md) and import that.',
    )
  }
  if (input.replace(/^\uFEFF/, '').trim() === '') throw new ImportError('The document is empty.')
}

function headerLabel(text: string): { label: string; value: string } | undefined {
  const match = /^([A-Za-z][A-Za-z _/-]{0,40}?)\s*:\s*(.*)$/.exec(text)
  if (!match) return undefined
  return {
    label: match[1]!
      .toLowerCase()
      .replace(/[\s_-]+/g, ' ')
      .trim(),
    value: match[2]!.trim(),
  }
}

/** YAML-ish scalar: surrounding quotes removed; `[a, b]` lists flattened to "a, b". */
function frontMatterValue(value: string): string {
  const unquoted = value.replace(/^(['"])(.*)\1$/, '$2')
  return unquoted.startsWith('[') && unquoted.endsWith(']') ? unquoted.slice(1, -1).replace(/['"]/g, '') : unquoted
}

/** Markdown inline syntax as plain text; a link keeps its address in brackets so nothing is lost. */
function plainMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (_, label: string, url: string) =>
      label === url ? url : `${label} (${url})`,
    )
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
}

const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR', '₹': 'INR', '¥': 'JPY' }

/** "United States: $85,000 - $140,000 per year" as a salary row; undefined when the line is not one. */
export function parseSalaryLine(text: string) {
  const match =
    /^(?<region>[^:]{2,60}):\s*(?<cur1>[A-Z]{3}\s?|[$£€₹¥])?\s*(?<min>\d(?:[\d,.'’\u00a0\u202f ]*\d)?)\s*(?<k1>[kK]|[mM](?:illion|n)?|[lL](?:akhs?|acs?|PA)?|[cC]r(?:ores?)?)?\b\.?\s*(?<post1>[$£€₹¥]|[A-Z]{3}\b)?\s*(?:-|–|—|to)\s*(?<cur2>[A-Z]{3}\s?|[$£€₹¥])?\s*(?<max>\d(?:[\d,.'’\u00a0\u202f ]*\d)?)\s*(?<k2>[kK]|[mM](?:illion|n)?|[lL](?:akhs?|acs?|PA)?|[cC]r(?:ores?)?)?\b\.?\s*(?<post2>[$£€₹¥]|[A-Z]{3}\b)?\s*(?:(?:per|a|an|\/)\s*(?<period>year|annum|yr|month|mo|hour|hr)\b)?/.exec(
      text,
    )
  if (!match?.groups) return undefined
  const { region, cur1, cur2, post1, post2, min, max, k1, k2, period } = match.groups
  const symbol = (cur1 ?? cur2 ?? post1 ?? post2 ?? '').trim()
  let currency = CURRENCY_SYMBOLS[symbol] ?? (/^[A-Z]{3}$/.test(symbol) ? symbol : undefined)
  if (!currency) return undefined
  // A bare "$" outside the United States is that country's dollar.
  if (symbol === '$' && /canada/i.test(region!)) currency = 'CAD'
  if (symbol === '$' && /australia/i.test(region!)) currency = 'AUD'
  // "45 to 70k": a suffix written once after the range applies to both ends. "LPA" is lakhs per annum.
  const amount = (digits: string, suffix?: string) => parseAmount(`${digits} ${suffix?.replace(/pa$/i, '') ?? ''}`)
  const periods = {
    year: 'year',
    annum: 'year',
    yr: 'year',
    month: 'month',
    mo: 'month',
    hour: 'hour',
    hr: 'hour',
  } as const
  const [low, high] = [amount(min!, k1 ?? k2), amount(max!, k2)]
  if (low === undefined || high === undefined) return undefined
  return {
    region: region!.trim(),
    currency,
    min: low,
    max: high,
    period: periods[(period ?? 'year') as keyof typeof periods],
  }
}

function splitKeywords(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((keyword) => keyword.trim())
    .filter(Boolean)
}

function isHeadingText(text: string): boolean {
  if (text.endsWith('?')) return true
  if (/[.:;,!]$/.test(text)) return false
  return text.length <= 120 && text.split(' ').length <= 15
}

function stripEndPunctuation(text: string): string {
  return text.replace(/[.;,:]+$/, '').trim()
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The heading with the role's own name replaced, so that "Why Choose a Career as a DevOps Engineer?"
 * names no technology category and "What is a Cloud Engineer?" no cloud platforms. "Back-End
 * Developers", "backend developer" and "Data Engineering" count as the role's name too.
 */
export function withoutRole(heading: string, role: string): string {
  const words = role
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(escapeRegExp)
  if (words.length === 0) return heading
  return heading.replace(new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]*')}[\\p{L}]*`, 'giu'), 'the role')
}

/** Words that make a list item a clause ("High demand across every industry") rather than a name. */
const CLAUSE_WORDS =
  /\b(is|are|was|were|be|been|being|can|could|will|would|should|must|may|might|has|have|had|does|do|helps?|makes?|allows?|provides?|offers?|enables?|gives?|lets?|means?|requires?|needs?|across|every|your|their|our|you|they|we|it|this|that|these|those|very|more|most)\b/i
const MAX_NAME_WORDS = 4

/**
 * Whether a list item reads as a sentence or a clause, which is never a technology or skill name:
 * terminal punctuation after more than one word, a verb or pronoun, or more than a few words
 * ("Amazon Web Services (AWS)" is three words and an abbreviation).
 */
export function readsAsSentence(item: string): boolean {
  const text = item.trim()
  const words = text
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
  if (/[.!?…]$/.test(text) && (words.length > 1 || /[!?…]$/.test(text))) return true
  // "Docker: for containers", "Python – for scripting": a name and what the writer says of it.
  if (/[;:]|\s[–—-]\s/.test(text.replace(/\([^)]*\)/g, ''))) return true
  if (words.length > MAX_NAME_WORDS) return true
  return CLAUSE_WORDS.test(text.replace(/\([^)]*\)/g, ''))
}

/** "Amazon Web Services (AWS)" is a name plus abbreviation; "JavaScript (Node.js)" is a name as written. */
export function parseTechnologyName(text: string): TechnologyRef {
  const cleaned = stripEndPunctuation(text)
  const match = /^(.+?)\s*\(([A-Z][A-Z0-9&.\-/]{1,9})\)$/.exec(cleaned)
  if (match) return { name: match[1]!.trim(), abbreviation: match[2]!.replace(/\.$/, '') }
  return { name: cleaned }
}

export function technologyCategoryOf(heading: string): TechnologyCategory | undefined {
  const h = heading.toLowerCase()
  if (/\bnosql\b|non-relational|document (databases|stores)/.test(h)) return 'nosql-database'
  if (/\brelational\b|\bsql databases\b/.test(h)) return 'relational-database'
  if (/programming languages?|\blanguages\b/.test(h)) return 'programming-language'
  if (/\bframeworks?\b/.test(h)) return 'framework'
  if (/\bapis?\b|web services/.test(h)) return 'api-concept'
  if (/\bcloud\b/.test(h)) return 'cloud-platform'
  if (/version control|source control|\bgit\b/.test(h)) return 'version-control'
  if (/containers?|devops|ci\/cd|orchestration/.test(h)) return 'devops-tool'
  return undefined
}

type SectionKind =
  'responsibilities' | 'technicalSkills' | 'softSkills' | 'careerPaths' | 'faq' | 'salary' | 'roadmap' | 'generic'

function sectionKindOf(heading: string): SectionKind {
  const h = heading.toLowerCase()
  if (/\bfaqs?\b|frequently asked/.test(h)) return 'faq'
  if (/salary|salaries|pay scale|compensation|earnings|how much .+ earn/.test(h)) return 'salary'
  if (/roadmap|how to become|steps to become|path to becoming/.test(h)) return 'roadmap'
  if (/responsibilit|duties|day[- ]to[- ]day|what does .+ do\b/.test(h)) return 'responsibilities'
  if (/soft skills|interpersonal skills/.test(h)) return 'softSkills'
  if (/technical skills|hard skills|tech(nology)? stack|tools and technologies/.test(h)) return 'technicalSkills'
  if (
    /career (opportunities|paths?|progression|options)|job (titles|roles)|(related|similar) (roles|careers|jobs)/.test(
      h,
    )
  )
    return 'careerPaths'
  return 'generic'
}

function roleFromTitle(title: string, focusKeyword: string | undefined): string {
  const beforeSeparator = title
    .split(/\s*(?::|\||\s[–—-]\s)\s*/)[0]!
    .replace(/\(\d{4}\)/, '')
    .trim()
  if (beforeSeparator && beforeSeparator !== title) return beforeSeparator
  return focusKeyword || title
}

function excerptOf(blocks: ParsedBlock[]): string {
  for (const block of blocks) {
    const first =
      block.blockType === 'section'
        ? block.content.find((node) => node.type === 'paragraph')?.text
        : 'intro' in block
          ? block.intro[0]
          : undefined
    if (!first) continue
    const sentences = first.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [first]
    let excerpt = ''
    for (const sentence of sentences) {
      if (excerpt && (excerpt + sentence).length > 220) break
      excerpt += sentence
    }
    return excerpt.trim()
  }
  return ''
}

/** The list in the middle of a section, with the paragraphs before and after it; undefined when there is not exactly one list. */
function splitAroundList(body: RawSection['body']) {
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

function richContent(body: RawSection['body']): RichNode[] {
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

function genericBlock(section: RawSection, headingLevel: '2' | '3' | '4'): ParsedBlock {
  const list = splitAroundList(section.body)
  if (list) return { blockType: 'plainList', heading: section.heading, headingLevel, ...list }
  return { blockType: 'section', heading: section.heading, headingLevel, content: richContent(section.body) }
}

/** A block and why it is what it is, in an editor's words. */
interface Classified {
  block: ParsedBlock
  why: string
}

const sentenceIn = (items: string[]) => items.find(readsAsSentence)

/** A generic section, saying why: a list that reads as sentences is kept as a list, never as names. */
function genericClassified(section: RawSection, headingLevel: '2' | '3' | '4', why?: string): Classified {
  const block = genericBlock(section, headingLevel)
  if (why) return { block, why }
  if (block.blockType === 'plainList')
    return { block, why: 'a list under a heading that names no technology category or section kind' }
  if (block.blockType === 'section' && block.content.length === 0)
    return { block, why: 'a heading with no text of its own' }
  return { block, why: 'text' }
}

function technologyBlock(
  section: RawSection,
  category: TechnologyCategory,
  headingLevel: '2' | '3' | '4',
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

type Meta = ParsedGuide['meta'] & { slug?: string }

/** The SEO header: YAML front matter, or "Label: value" lines (value on the same or the next line). */
function readHeader(lines: Line[], warnings: ReportLine[], skipped: ReportLine[]): { meta: Meta; next: number } {
  const meta: Meta = { secondaryKeywords: [] }
  const assign = (label: string, value: string, line: Line) => {
    const key = HEADER_LABELS[label]
    if (!key) {
      warnings.push({ line: line.no, message: `Unknown header "${label}" is not imported` })
      skipped.push({ line: line.no, message: `unknown header "${label}"` })
      return
    }
    if (value === '') warnings.push({ line: line.no, message: `Header "${label}" has no value` })
    if (key === 'secondaryKeywords') meta.secondaryKeywords.push(...splitKeywords(value))
    else if (value) meta[key] = value
  }

  let index = 0
  if (lines[0]?.text === '---') {
    const end = lines.findIndex((line, position) => position > 0 && line.text === '---')
    if (end > 0) {
      skipped.push(
        { line: lines[0].no, message: 'front matter delimiter' },
        { line: lines[end]!.no, message: 'front matter delimiter' },
      )
      let listLabel: string | undefined
      for (const line of lines.slice(1, end)) {
        const item = /^-\s+(.+)$/.exec(line.text)
        if (item && listLabel) {
          assign(listLabel, frontMatterValue(item[1]!), line)
          continue
        }
        const header = headerLabel(line.text)
        if (!header) {
          warnings.push({ line: line.no, message: `Front matter line "${line.text}" is not "key: value"` })
          skipped.push({ line: line.no, message: 'unreadable front matter line' })
          continue
        }
        listLabel = header.value === '' ? header.label : undefined
        if (header.value !== '') assign(header.label, frontMatterValue(header.value), line)
      }
      index = end + 1
    }
  }

  while (index < lines.length) {
    const line = lines[index]!
    const header = headerLabel(line.text)
    if (!header) break
    // "Back-End Developer: Complete Career Guide" is the title, not an unknown header.
    if (!HEADER_LABELS[header.label] && !HEADER_WORDS.test(header.label)) break
    let value = header.value
    index++
    const next = lines[index]
    const nextIsHeader = next !== undefined && HEADER_LABELS[headerLabel(next.text)?.label ?? ''] !== undefined
    if (value === '' && HEADER_LABELS[header.label] && next && !nextIsHeader) {
      value = next.text
      index++
    }
    assign(header.label, value, line)
  }
  return { meta, next: index }
}

const MARKDOWN_HEADING = /^(#{1,6})\s+(.+?)\s*#*$/

function tokenize(bodyLines: Line[], markdown: boolean, warnings: ReportLine[], skipped: ReportLine[]): Token[] {
  const tokens: Token[] = []
  bodyLines.forEach((line, position) => {
    const text = markdown ? plainMarkdown(line.text) : line.text
    if (BOILERPLATE.test(text)) {
      skipped.push({ line: line.no, message: `boilerplate "${text}"` })
      return
    }
    if (markdown && /^(-{3,}|\*{3,}|_{3,})$/.test(line.text)) {
      skipped.push({ line: line.no, message: 'horizontal rule' })
      return
    }
    const heading = markdown ? MARKDOWN_HEADING.exec(line.text) : null
    if (heading) {
      const hashes = heading[1]!.length
      if (hashes === 1)
        warnings.push({ line: line.no, message: `A second title "${heading[2]}" was imported as a section heading` })
      return void tokens.push({
        kind: 'heading',
        no: line.no,
        text: plainMarkdown(heading[2]!),
        level: Math.min(Math.max(hashes, 2), 4),
      })
    }
    const bullet = BULLET.exec(text)
    if (bullet) return void tokens.push({ kind: 'item', no: line.no, text: bullet[1]!.trim(), ordered: false })
    const numbered = NUMBERED.exec(text)
    if (numbered) return void tokens.push({ kind: 'item', no: line.no, text: numbered[2]!.trim(), ordered: true })
    const hasContentAfter = bodyLines.slice(position + 1).some((next) => !BOILERPLATE.test(next.text))
    if (!markdown && isHeadingText(text) && hasContentAfter) tokens.push({ kind: 'heading', no: line.no, text })
    else tokens.push({ kind: 'paragraph', no: line.no, text })
  })
  return tokens
}

/** "Learn a language: start with Python" -> title and description. */
function splitTitled(text: string): { title: string; description: string } {
  const [head, ...rest] = text.split(/\s*[:–—]\s+/)
  return rest.length
    ? { title: stripEndPunctuation(head!), description: rest.join(': ') }
    : { title: stripEndPunctuation(text), description: '' }
}

const bodyText = (body: RawSection['body']) =>
  body.map((token) => (token.kind === 'item' ? `• ${token.text}` : token.text)).join('\n\n')

function salaryBlock(section: RawSection, level: '2' | '3' | '4', warnings: ReportLine[]): ParsedBlock | undefined {
  const rows: Extract<ParsedBlock, { blockType: 'salary' }>['rows'] = []
  const intro: string[] = []
  const outro: string[] = []
  for (const token of section.body) {
    const row = parseSalaryLine(token.text)
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
  return { blockType: 'salary', heading: section.heading, headingLevel: level, intro, rows, outro }
}

function roadmapFromList(section: RawSection, level: '2' | '3' | '4'): ParsedBlock | undefined {
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
function faqFromList(section: RawSection, level: '2' | '3' | '4'): ParsedBlock | undefined {
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
  const tokens = tokenize(bodyLines, markdown, warnings, skipped)

  const sections: RawSection[] = []
  for (const token of tokens) {
    if (token.kind === 'heading') sections.push({ heading: token.text, no: token.no, level: token.level, body: [] })
    else if (sections.length === 0) {
      sections.push({ heading: 'Introduction', no: token.no, body: [token] })
      warnings.push({
        line: token.no,
        message: 'Text before the first heading was put under an "Introduction" heading',
      })
    } else sections.at(-1)!.body.push(token)
  }

  // Sections become blocks. Some sections contain sub-headings that are their items (responsibilities,
  // FAQ questions, roadmap steps) or their groups (technical skills), until a heading of another kind
  // (or, in Markdown, of the same or a higher level) closes them.
  const blocks: ParsedBlock[] = []
  const origins: SectionOrigin[] = []
  let container:
    { kind: 'responsibilities' | 'technicalSkills' | 'faq' | 'roadmap'; level: number; heading: string } | undefined
  let databasesOpen = false
  const levelOf = (section: RawSection, fallback: number): '2' | '3' | '4' =>
    String(section.level ?? fallback) as '2' | '3' | '4'
  const lastLineOf = (section: RawSection) => section.body.at(-1)?.no ?? section.no
  const emit = (section: RawSection, { block, why }: Classified) => {
    blocks.push(block)
    origins.push({ from: section.no, to: lastLineOf(section), why })
  }
  const absorb = (section: RawSection) => {
    origins.at(-1)!.to = lastLineOf(section)
  }

  for (const section of sections) {
    // The role's own name never decides what a section is.
    const classifiable = withoutRole(section.heading, role)
    const kind = sectionKindOf(classifiable)
    const category = technologyCategoryOf(classifiable)
    const roleOnly =
      !category && technologyCategoryOf(section.heading)
        ? ` (the role’s name “${role}” names no technology category)`
        : ''
    const current = blocks.at(-1)
    // Plain text has no levels: a sub-heading is one that names no section kind of its own, and in an
    // FAQ every question is one.
    const nested =
      container !== undefined &&
      (section.level === undefined
        ? container.kind === 'faq'
          ? section.heading.endsWith('?')
          : kind === 'generic'
        : section.level > container.level)

    if (container && nested) {
      const onlyParagraphs = section.body.length > 0 && section.body.every((token) => token.kind === 'paragraph')
      if (
        container.kind === 'responsibilities' &&
        current?.blockType === 'responsibilities' &&
        (section.body.length === 1 || (section.level !== undefined && onlyParagraphs)) &&
        onlyParagraphs
      ) {
        current.items.push({
          title: section.heading,
          description: section.body.map((token) => token.text).join('\n\n'),
        })
        absorb(section)
        continue
      }
      if (
        container.kind === 'faq' &&
        current?.blockType === 'faq' &&
        section.body.length > 0 &&
        (section.heading.endsWith('?') || section.level !== undefined)
      ) {
        current.items.push({
          question: section.heading.replace(/^(?:q(?:uestion)?\s*)?\d{1,3}[.):]\s*/i, ''),
          answer: bodyText(section.body),
        })
        absorb(section)
        continue
      }
      if (
        container.kind === 'roadmap' &&
        current?.blockType === 'roadmap' &&
        (section.level !== undefined || /^(step\s*\d+|\d+[.)])/i.test(section.heading))
      ) {
        const title = section.heading.replace(/^(step\s*\d+\s*[:.–—-]?|\d+[.)])\s*/i, '') || section.heading
        current.steps.push({ title, description: bodyText(section.body) })
        absorb(section)
        continue
      }
      if (container.kind === 'technicalSkills') {
        const isDatabasesParent =
          /^databases?$/i.test(section.heading.trim()) ||
          (!category && /databases?/i.test(classifiable) && !splitAroundList(section.body))
        if (isDatabasesParent) {
          emit(
            section,
            genericClassified(
              section,
              levelOf(section, 3),
              `a part of “${container.heading}” that groups the database lists after it`,
            ),
          )
          databasesOpen = true
          continue
        }
        if (category) {
          const isDatabase = category === 'relational-database' || category === 'nosql-database'
          if (!isDatabase) databasesOpen = false
          const because = `in “${container.heading}”, the heading names ${CATEGORY_PLURALS[category]}`
          emit(
            section,
            technologyBlock(section, category, levelOf(section, isDatabase && databasesOpen ? 4 : 3), because),
          )
          continue
        }
      }
    }

    container = undefined
    databasesOpen = false
    const level = levelOf(section, 2)
    if (section.body.length === 0 && kind === 'generic') {
      // Kept as a heading of its own, so that nothing of the document is lost; the editor decides.
      warnings.push({
        line: section.no,
        message: `Heading "${section.heading}" has no text under it; it is kept as an empty section`,
      })
      emit(section, genericClassified(section, level, 'a heading with no text under it'))
      continue
    }
    const list = splitAroundList(section.body)
    const paragraphs = section.body.filter((token) => token.kind === 'paragraph').map((token) => token.text)
    const open = (kindOfContainer: NonNullable<typeof container>['kind']) =>
      (container = { kind: kindOfContainer, level: section.level ?? 2, heading: section.heading })
    switch (kind) {
      case 'responsibilities': {
        if (list) {
          emit(section, {
            block: {
              blockType: 'responsibilities',
              heading: section.heading,
              headingLevel: level,
              intro: list.intro,
              items: list.items.map(splitTitled),
              outro: list.outro,
            },
            why: 'the heading names responsibilities; each list item is one',
          })
        } else {
          // Items arrive as the sub-headings that follow; until then the block holds only its intro.
          emit(section, {
            block: {
              blockType: 'responsibilities',
              heading: section.heading,
              headingLevel: level,
              intro: paragraphs,
              items: [],
              outro: [],
            },
            why: 'the heading names responsibilities; each sub-heading is one',
          })
          open('responsibilities')
        }
        break
      }
      case 'technicalSkills':
        emit(
          section,
          genericClassified(
            section,
            level,
            section.body.length
              ? 'the technical skills part: lists under its sub-headings that name a technology category become technology groups'
              : 'the technical skills part, with no text of its own: its sub-sections follow',
          ),
        )
        open('technicalSkills')
        break
      case 'softSkills': {
        const sentence = list ? sentenceIn(list.items) : undefined
        if (list && !sentence) {
          emit(section, {
            block: {
              blockType: 'skillList',
              heading: section.heading,
              headingLevel: level,
              intro: list.intro,
              skills: list.items.map((item) => ({ name: stripEndPunctuation(item), kind: 'soft' as const })),
              outro: list.outro,
            },
            why: 'the heading names soft skills',
          })
        } else
          emit(
            section,
            genericClassified(
              section,
              level,
              sentence
                ? `the heading names soft skills, but "${sentence}" reads as a sentence, not a skill: kept as a list`
                : undefined,
            ),
          )
        break
      }
      case 'careerPaths':
        if (list) {
          emit(section, {
            block: {
              blockType: 'careerPaths',
              heading: section.heading,
              headingLevel: level,
              intro: list.intro,
              items: list.items.map(stripEndPunctuation),
              outro: list.outro,
            },
            why: 'the heading names career paths',
          })
        } else emit(section, genericClassified(section, level))
        break
      case 'salary': {
        const salary = salaryBlock(section, level, warnings)
        emit(
          section,
          salary
            ? { block: salary, why: 'the heading names salaries and lines read as ranges' }
            : genericClassified(
                section,
                level,
                'the heading names salaries, but no line reads as a range: kept as text',
              ),
        )
        break
      }
      case 'roadmap': {
        const fromList = roadmapFromList(section, level)
        if (fromList) emit(section, { block: fromList, why: 'the heading names a roadmap; each list item is a step' })
        else {
          emit(section, {
            block: {
              blockType: 'roadmap',
              heading: section.heading,
              headingLevel: level,
              intro: paragraphs,
              steps: [],
              outro: [],
            },
            why: 'the heading names a roadmap; each sub-heading is a step',
          })
          open('roadmap')
        }
        break
      }
      case 'faq': {
        const fromList = faqFromList(section, level)
        if (fromList) {
          emit(section, {
            block: fromList,
            why: 'the heading names FAQs; each listed question is one, with the text after it as its answer',
          })
          break
        }
        emit(section, {
          block: { blockType: 'faq', heading: section.heading, headingLevel: level, intro: paragraphs, items: [] },
          why: 'the heading names FAQs; each question is one',
        })
        open('faq')
        break
      }
      default: {
        if (category && list)
          emit(section, technologyBlock(section, category, level, `the heading names ${CATEGORY_PLURALS[category]}`))
        else
          emit(
            section,
            genericClassified(section, level, roleOnly ? `${list ? 'a list' : 'text'}${roleOnly}` : undefined),
          )
      }
    }
  }

  // A container heading that never received items is kept as prose rather than lost.
  const finalBlocks = blocks.map((block, index): ParsedBlock => {
    const empty =
      (block.blockType === 'responsibilities' && block.items.length === 0) ||
      (block.blockType === 'roadmap' && block.steps.length === 0) ||
      (block.blockType === 'faq' && block.items.length === 0)
    if (!empty) return block
    origins[index]!.why = `${origins[index]!.why}, but none followed: kept as text`
    const intro = 'intro' in block ? block.intro : []
    return {
      blockType: 'section',
      heading: block.heading,
      headingLevel: block.headingLevel,
      content: intro.map((text) => ({ type: 'paragraph' as const, text })),
    }
  })

  const slugSource = meta.slug ?? title
  const slug = slugify(
    slugSource
      .replace(/^https?:\/\/[^/]+/, '')
      .replace(/^\/+|\/+$/g, '')
      .split('/')
      .pop() ?? slugSource,
  )
  if (meta.slug && slug !== meta.slug) {
    warnings.push({ line: 0, message: `URL slug "${meta.slug}" was normalised to "${slug}"` })
  }

  const candidate = {
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
  }
  const parsed = parsedGuideSchema.safeParse(candidate)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    if (issue.path[0] === 'blocks' && issue.path.length === 1) {
      throw new ImportError(
        'The document has no sections: write headings followed by paragraphs or lists after the title.',
      )
    }
    throw new ImportError(`The document could not be read as a guide: ${issue.path.join('.')} ${issue.message}`)
  }
  return { guide: parsed.data, warnings, skipped, origins }
}
