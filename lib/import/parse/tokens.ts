import type { Line, ReportLine, Token } from './types'

const BOILERPLATE =
  /^(leave a (reply|comment)|post a comment|cancel reply|share (this|on)\b.*|related posts?|you may also like)$/i

const BULLET = /^(?:[-*•‣◦▪●–]\s*)(.+)$/
const NUMBERED = /^(\d{1,3})[.)]\s+(.+)$/

/** Markdown inline syntax as plain text; a link keeps its address in brackets so nothing is lost. */
export function plainMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (_, label: string, url: string) =>
      label === url ? url : `${label} (${url})`,
    )
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
}

function isHeadingText(text: string): boolean {
  if (text.endsWith('?')) return true
  // "Source: US BLS, May 2025" cites the figures above it; a heading names what follows.
  if (/^sources?:/i.test(text)) return false
  if (/[.:;,!]$/.test(text)) return false
  return text.length <= 120 && text.split(' ').length <= 15
}

export const MARKDOWN_HEADING = /^(#{1,6})\s+(.+?)\s*#*$/

export function tokenize(bodyLines: Line[], markdown: boolean, warnings: ReportLine[], skipped: ReportLine[]): Token[] {
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
  return markdown ? tokens : listsWithoutBullets(tokens)
}

/**
 * Plain text whose bullets were lost on the way (pasted from a word processor): a short line, then
 * two or more short lines with nothing between them, is a heading and its list, not a run of
 * headings with no text under any ("Observability / Prometheus / Grafana"). A blank line ends a run.
 */
function listsWithoutBullets(tokens: Token[]): Token[] {
  const adjacentHeading = (index: number) => {
    const token = tokens[index]
    const before = tokens[index - 1]
    return token?.kind === 'heading' && before?.kind === 'heading' && token.no === before.no + 1
  }
  return tokens.map((token, index) => {
    if (!adjacentHeading(index)) return token
    let start = index
    while (adjacentHeading(start)) start--
    let end = index
    while (adjacentHeading(end + 1)) end++
    return end - start >= 2 ? { kind: 'item', no: token.no, text: token.text, ordered: false } : token
  })
}
