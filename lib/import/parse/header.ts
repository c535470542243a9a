import type { ParsedGuide } from '@/lib/import/schema'
import { reviewerName } from '@/lib/import/people'
import type { Line, ReportLine } from './types'

type MetaKey = 'title' | 'description' | 'slug' | 'focusKeyword' | 'secondaryKeywords' | 'author' | 'reviewer'

const HEADER_LABELS: Record<string, MetaKey> = {
  'seo title': 'title',
  'meta title': 'title',
  'title tag': 'title',
  // Front matter's `title:` (Hugo, Jekyll, Astro) is the page's title tag; the document's own title line stays the h1.
  title: 'title',
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
  author: 'author',
  authors: 'author',
  'written by': 'author',
  'reviewed by': 'reviewer',
  reviewer: 'reviewer',
  'expert reviewer': 'reviewer',
  'fact checked by': 'reviewer',
}

/** Words that make a "Label: value" line before the title an (unknown) header rather than the title. */
const HEADER_WORDS =
  /\b(seo|meta|title|description|keywords?|keyphrase|slug|url|canonical|author|reviewe[rd]|category|tags?|date|word count|schema|og)\b/i

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

function splitKeywords(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((keyword) => keyword.trim())
    .filter(Boolean)
}

export type Meta = ParsedGuide['meta'] & { slug?: string; author?: string; reviewer?: string }

/** The SEO header: YAML front matter, or "Label: value" lines (value on the same or the next line). */
export function readHeader(lines: Line[], warnings: ReportLine[], skipped: ReportLine[]): { meta: Meta; next: number } {
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
    else if (key === 'reviewer') meta.reviewer = reviewerName(value, line.no, warnings)
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
