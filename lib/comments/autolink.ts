import { isAbsoluteHttpUrl } from '@/lib/content/safe-url'

/** A piece of a reader's comment: plain text, or a web address to show as a link. */
export type TextSegment = { kind: 'text'; text: string } | { kind: 'link'; href: string; text: string }

// Only http(s) addresses become links, so `javascript:` or `data:` text can never be one.
const WEB_ADDRESS = /\bhttps?:\/\/[^\s<>"'`]+/gi
const TRAILING_PUNCTUATION = /[.,;:!?'"]+$/

/** Trailing punctuation belongs to the sentence, and a ")" only to an address that opened one. */
function trimAddress(candidate: string): string {
  let address = candidate.replace(TRAILING_PUNCTUATION, '')
  while (address.endsWith(')') && (address.match(/\(/g)?.length ?? 0) < (address.match(/\)/g)?.length ?? 0)) {
    address = address.slice(0, -1).replace(TRAILING_PUNCTUATION, '')
  }
  return address
}

export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = []
  let rest = 0
  for (const match of text.matchAll(WEB_ADDRESS)) {
    const address = trimAddress(match[0])
    // The site's one check of web addresses (lib/content/safe-url.ts), as for every link it saves.
    if (!isAbsoluteHttpUrl(address)) continue
    const href = new URL(address).toString()
    if (match.index > rest) segments.push({ kind: 'text', text: text.slice(rest, match.index) })
    segments.push({ kind: 'link', href, text: address })
    rest = match.index + address.length
  }
  if (rest < text.length) segments.push({ kind: 'text', text: text.slice(rest) })
  return segments
}

/** A comment's paragraphs (separated by an empty line), each a list of lines. */
export function commentParagraphs(body: string): string[][] {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map((line) => line.trimEnd()))
    .filter((lines) => lines.some((line) => line.trim() !== ''))
}
