import { slugify } from '../slug'
import type { TechnologyCategory } from '../taxonomy'
import {
  parsedGuideSchema,
  type ParsedBlock,
  type ParsedGuide,
  type RichNode,
  type TechnologyRef,
} from './schema'

/**
 * Turns the plain-text documents SEO writers deliver into a structured career guide: a header of
 * SEO fields, the title, then sections whose headings say what they are (responsibilities,
 * technical skills by kind, soft skills, career paths...). Pure: text in, guide and report out.
 */

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

export interface ParseResult {
  guide: ParsedGuide
  /** Things an editor should look at; the guide was still produced. */
  warnings: ReportLine[]
  /** Input lines that are not in the guide, and why. */
  skipped: ReportLine[]
}

interface Line {
  no: number
  text: string
}

type Token =
  | { kind: 'heading'; no: number; text: string }
  | { kind: 'paragraph'; no: number; text: string }
  | { kind: 'item'; no: number; text: string; ordered: boolean }

interface RawSection {
  heading: string
  no: number
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
const HEADER_WORDS = /\b(seo|meta|title|description|keywords?|keyphrase|slug|url|canonical|author|category|tags?|date|word count|schema|og)\b/i

const BOILERPLATE = /^(leave a (reply|comment)|post a comment|cancel reply|share (this|on)\b.*|related posts?|you may also like)$/i

const BULLET = /^(?:[-*•‣◦▪●–]\s*)(.+)$/
const NUMBERED = /^(\d{1,3})[.)]\s+(.+)$/

function normaliseLines(input: string): Line[] {
  return input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((text, index) => ({
      no: index + 1,
      text: text.replace(/[\u00A0\u2007\u202F\t]/g, ' ').replace(/\s+/g, ' ').trim(),
    }))
}

function assertReadable(input: string): void {
  if (Buffer.byteLength(input, 'utf8') > MAX_DOCUMENT_BYTES) {
    throw new ImportError('The document is larger than 1 MB; split it or remove embedded images first.')
  }
  if (input.includes('\u0000') || (input.match(/\uFFFD/g)?.length ?? 0) > 8) {
    throw new ImportError('This looks like a binary file (e.g. .docx or .pdf); save the document as plain text (.txt) or Markdown (.md) and import that.')
  }
  if (input.replace(/^\uFEFF/, '').trim() === '') throw new ImportError('The document is empty.')
}

function headerLabel(text: string): { label: string; value: string } | undefined {
  const match = /^([A-Za-z][A-Za-z /-]{0,40}?)\s*:\s*(.*)$/.exec(text)
  if (!match) return undefined
  return { label: match[1]!.toLowerCase().replace(/\s+/g, ' '), value: match[2]!.trim() }
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

type SectionKind = 'responsibilities' | 'technicalSkills' | 'softSkills' | 'careerPaths' | 'generic'

function sectionKindOf(heading: string): SectionKind {
  const h = heading.toLowerCase()
  if (/responsibilit|duties|day[- ]to[- ]day|what does .+ do\b/.test(h)) return 'responsibilities'
  if (/soft skills|interpersonal skills/.test(h)) return 'softSkills'
  if (/technical skills|hard skills|tech(nology)? stack|tools and technologies/.test(h)) return 'technicalSkills'
  if (/career (opportunities|paths?|progression|options)|job (titles|roles)|related roles/.test(h)) return 'careerPaths'
  return 'generic'
}

function roleFromTitle(title: string, focusKeyword: string | undefined): string {
  const beforeSeparator = title.split(/\s*(?::|\||\s[–—-]\s)\s*/)[0]!.replace(/\(\d{4}\)/, '').trim()
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

function technologyBlock(section: RawSection, category: TechnologyCategory, headingLevel: '2' | '3' | '4'): ParsedBlock {
  const list = splitAroundList(section.body)
  if (!list) return genericBlock(section, headingLevel)
  return {
    blockType: 'technologyGroup',
    heading: section.heading,
    headingLevel,
    category,
    intro: list.intro,
    technologies: list.items.map(parseTechnologyName),
    outro: list.outro,
  }
}

export function parseGuideText(input: string): ParseResult {
  assertReadable(input)
  const warnings: ReportLine[] = []
  const skipped: ReportLine[] = []
  const lines = normaliseLines(input).filter((line) => line.text !== '')

  // Header: "Label: value", or "Label:" with the value on the next line.
  const meta: ParsedGuide['meta'] & { slug?: string } = { secondaryKeywords: [] }
  let index = 0
  while (index < lines.length) {
    const line = lines[index]!
    const header = headerLabel(line.text)
    if (!header) break
    const key = HEADER_LABELS[header.label]
    if (!key) {
      if (!HEADER_WORDS.test(header.label)) break // "Back-End Developer: Complete Career Guide" is the title
      warnings.push({ line: line.no, message: `Unknown header "${header.label}" is not imported` })
      skipped.push({ line: line.no, message: `unknown header "${header.label}"` })
      index++
      continue
    }
    let value = header.value
    index++
    const next = lines[index]
    const nextIsHeader = next !== undefined && HEADER_LABELS[headerLabel(next.text)?.label ?? ''] !== undefined
    if (value === '' && next && !nextIsHeader) {
      value = next.text
      index++
    }
    if (value === '') warnings.push({ line: line.no, message: `Header "${header.label}" has no value` })
    if (key === 'secondaryKeywords') meta.secondaryKeywords.push(...splitKeywords(value))
    else if (value) meta[key] = value
  }

  const titleLine = lines[index]
  if (!titleLine) throw new ImportError('The document has no title: after the SEO header, the first line should be the guide’s title.')
  const title = titleLine.text.replace(/^#\s+/, '')
  index++

  // Body: classify lines, dropping boilerplate such as the comment form's "Leave a Reply".
  const tokens: Token[] = []
  const bodyLines = lines.slice(index)
  bodyLines.forEach((line, position) => {
    if (BOILERPLATE.test(line.text)) {
      skipped.push({ line: line.no, message: `boilerplate "${line.text}"` })
      return
    }
    const bullet = BULLET.exec(line.text)
    if (bullet) return void tokens.push({ kind: 'item', no: line.no, text: bullet[1]!.trim(), ordered: false })
    const numbered = NUMBERED.exec(line.text)
    if (numbered) return void tokens.push({ kind: 'item', no: line.no, text: numbered[2]!.trim(), ordered: true })
    const hasContentAfter = bodyLines.slice(position + 1).some((next) => !BOILERPLATE.test(next.text))
    if (isHeadingText(line.text) && hasContentAfter) tokens.push({ kind: 'heading', no: line.no, text: line.text })
    else tokens.push({ kind: 'paragraph', no: line.no, text: line.text })
  })

  const sections: RawSection[] = []
  for (const token of tokens) {
    if (token.kind === 'heading') sections.push({ heading: token.text, no: token.no, body: [] })
    else if (sections.length === 0) {
      sections.push({ heading: 'Introduction', no: token.no, body: [token] })
      warnings.push({ line: token.no, message: 'Text before the first heading was put under an "Introduction" heading' })
    } else sections.at(-1)!.body.push(token)
  }

  // Sections become blocks. Responsibilities and technical skills contain sub-headings, which
  // become items and technology groups respectively until a heading of another kind closes them.
  const blocks: ParsedBlock[] = []
  let container: 'responsibilities' | 'technicalSkills' | undefined
  let databasesOpen = false
  for (const section of sections) {
    if (section.body.length === 0) {
      warnings.push({ line: section.no, message: `Heading "${section.heading}" has no content` })
    }
    const kind = sectionKindOf(section.heading)
    const current = blocks.at(-1)

    if (container === 'responsibilities' && kind === 'generic' && current?.blockType === 'responsibilities') {
      const onlyParagraph = section.body.length === 1 && section.body[0]!.kind === 'paragraph'
      if (onlyParagraph) {
        current.items.push({ title: section.heading, description: section.body[0]!.text })
        continue
      }
    }

    if (container === 'technicalSkills' && kind === 'generic') {
      const category = technologyCategoryOf(section.heading)
      if (/^databases?$/i.test(section.heading.trim()) || (!category && /databases?/i.test(section.heading) && !splitAroundList(section.body))) {
        blocks.push(genericBlock(section, '3'))
        databasesOpen = true
        continue
      }
      if (category) {
        const isDatabase = category === 'relational-database' || category === 'nosql-database'
        if (!isDatabase) databasesOpen = false
        blocks.push(technologyBlock(section, category, isDatabase && databasesOpen ? '4' : '3'))
        continue
      }
    }

    container = undefined
    databasesOpen = false
    const list = splitAroundList(section.body)
    switch (kind) {
      case 'responsibilities': {
        const intro = section.body.filter((token) => token.kind === 'paragraph').map((token) => token.text)
        const items = (list?.items ?? []).map((item) => {
          const [head, ...rest] = item.split(/\s*[:–—]\s+/)
          return rest.length ? { title: head!, description: rest.join(': ') } : { title: stripEndPunctuation(item), description: '' }
        })
        if (items.length) blocks.push({ blockType: 'responsibilities', heading: section.heading, headingLevel: '2', intro: list!.intro, items, outro: list!.outro })
        else {
          // Items arrive as the sub-headings that follow; until then the block holds only its intro.
          blocks.push({ blockType: 'responsibilities', heading: section.heading, headingLevel: '2', intro, items: [], outro: [] })
          container = 'responsibilities'
        }
        break
      }
      case 'technicalSkills':
        blocks.push(genericBlock(section, '2'))
        container = 'technicalSkills'
        break
      case 'softSkills':
        if (list) {
          blocks.push({
            blockType: 'skillList',
            heading: section.heading,
            headingLevel: '2',
            intro: list.intro,
            skills: list.items.map((item) => ({ name: stripEndPunctuation(item), kind: 'soft' as const })),
            outro: list.outro,
          })
        } else blocks.push(genericBlock(section, '2'))
        break
      case 'careerPaths':
        if (list) {
          blocks.push({ blockType: 'careerPaths', heading: section.heading, headingLevel: '2', intro: list.intro, items: list.items.map(stripEndPunctuation), outro: list.outro })
        } else blocks.push(genericBlock(section, '2'))
        break
      default: {
        const category = technologyCategoryOf(section.heading)
        blocks.push(category && list ? technologyBlock(section, category, '2') : genericBlock(section, '2'))
      }
    }
  }

  // A responsibilities heading that never received items is kept as prose rather than lost.
  const finalBlocks = blocks.map((block): ParsedBlock => {
    if (block.blockType !== 'responsibilities' || block.items.length > 0) return block
    return { blockType: 'section', heading: block.heading, headingLevel: block.headingLevel, content: block.intro.map((text) => ({ type: 'paragraph' as const, text })) }
  })
  const emptySections = finalBlocks.filter((block) => block.blockType === 'section' && block.content.length === 0)
  const blocksWithContent = finalBlocks.filter((block) => !emptySections.includes(block))

  const slugSource = meta.slug ?? title
  const slug = slugify(slugSource.replace(/^https?:\/\/[^/]+/, '').replace(/^\/+|\/+$/g, '').split('/').pop() ?? slugSource)
  if (meta.slug && slug !== meta.slug) {
    warnings.push({ line: 0, message: `URL slug "${meta.slug}" was normalised to "${slug}"` })
  }

  const candidate = {
    title,
    role: roleFromTitle(title, meta.focusKeyword),
    slug,
    excerpt: excerptOf(blocksWithContent),
    meta: { title: meta.title, description: meta.description, focusKeyword: meta.focusKeyword, secondaryKeywords: meta.secondaryKeywords },
    blocks: blocksWithContent,
  }
  const parsed = parsedGuideSchema.safeParse(candidate)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    if (issue.path[0] === 'blocks' && issue.path.length === 1) {
      throw new ImportError('The document has no sections: write headings followed by paragraphs or lists after the title.')
    }
    throw new ImportError(`The document could not be read as a guide: ${issue.path.join('.')} ${issue.message}`)
  }
  return { guide: parsed.data, warnings, skipped }
}
