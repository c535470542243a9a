import { guideText, type GuideContentBlock } from '@/lib/seo/guide-text'

/**
 * The words a guide is found by, besides its title and SEO fields (which the search vector weighs
 * separately): its headings, prose, and the names of the technologies and skills it needs.
 */
export function searchTextOf(guide: {
  role?: string | null
  content?: readonly GuideContentBlock[] | null
  secondaryKeywords?: readonly string[] | null
  taxonomyNames?: readonly string[]
}): string {
  const text = guideText(guide.content)
  return [
    guide.role,
    ...(guide.secondaryKeywords ?? []),
    ...(guide.taxonomyNames ?? []),
    ...text.headings.map((h) => h.text),
    ...text.paragraphs,
  ]
    .filter((part): part is string => Boolean(part && part.trim()))
    .join('\n')
}

/**
 * The words of a query, for prefix matching as the reader types: letters and digits only, so no
 * character of the query can reach tsquery syntax ('&|!():*\\ and friends are dropped).
 */
export function prefixTerms(query: string, max = 8): string[] {
  return (query.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, max).map((word) => word.toLowerCase())
}

/**
 * What the window of a search snippet is looked for by: the first letters of each word of the query (long enough to
 * skip "a" and "of", short enough that "engineers" finds "engineer"), lowercase letters and digits
 * only, so they can travel as one space-separated parameter.
 */
export function snippetAnchors(query: string): string {
  return prefixTerms(query)
    .filter((word) => word.length >= 3)
    .map((word) => word.slice(0, 6))
    .join(' ')
}

/** A tsquery string of the words as prefixes, all required: "kube dep" -> "kube:* & dep:*". */
export function prefixTsquery(query: string): string | null {
  const terms = prefixTerms(query)
  return terms.length ? terms.map((term) => `${term}:*`).join(' & ') : null
}

/** Queries longer than this are cut: nobody types more, and the cost of a query grows with it. */
export const MAX_QUERY_LENGTH = 200

/** Marks ts_headline puts around matches: control characters no guide text contains, rendered as <mark> by React. */
export const HIGHLIGHT_START = '\u0002'
export const HIGHLIGHT_END = '\u0003'

/** A snippet as plain-text parts, each marked or not, so that rendering never needs raw HTML. */
export function highlightParts(snippet: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = []
  const pattern = new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_END}]*)${HIGHLIGHT_END}`, 'g')
  let last = 0
  for (const match of snippet.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: snippet.slice(last, match.index), marked: false })
    parts.push({ text: match[1]!, marked: true })
    last = match.index + match[0].length
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), marked: false })
  return parts.map((part) => ({ ...part, text: part.text.replace(/[\u0002\u0003]/g, '') }))
}

/** What the results page says of its results: how many match, or that it shows the best of more. */
export function searchSummary(query: string, shown: number, more: boolean): string {
  if (shown === 0) return `No guides match “${query}”.`
  if (more)
    return `More than ${shown} guides match “${query}”; here are the ${shown} that match best. More words narrow the search.`
  return `${shown} ${shown === 1 ? 'guide matches' : 'guides match'} “${query}”.`
}
