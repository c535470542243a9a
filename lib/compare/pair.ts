import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '@/lib/content/slug'

/**
 * A comparison's address, `/compare/<a>-vs-<b>`, read back into the two guides' slugs. Slugs have
 * hyphens and may themselves contain "-vs-" ("react-vs-vue-developer"), so a pair can be read
 * several ways: every split whose two sides are valid slugs is a candidate, and the data layer keeps
 * the first whose guides are both published.
 */
export const PAIR_SEPARATOR = '-vs-'

/** Longer than this, no two stored slugs can make it: not found without asking the database. */
export const MAX_PAIR_LENGTH = 2 * MAX_SLUG_LENGTH + PAIR_SEPARATOR.length

export interface Pair {
  a: string
  b: string
}

const isSlug = (value: string) => value.length > 0 && value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value)

/** Every way to read `pair` as two slugs, leftmost split first; none for anything else (NUL, "a-vs-", 2,000 characters). */
export function pairSplits(pair: string): Pair[] {
  if (pair.length > MAX_PAIR_LENGTH || !SLUG_PATTERN.test(pair)) return []
  const splits: Pair[] = []
  for (let at = pair.indexOf(PAIR_SEPARATOR); at !== -1; at = pair.indexOf(PAIR_SEPARATOR, at + 1)) {
    const a = pair.slice(0, at)
    const b = pair.slice(at + PAIR_SEPARATOR.length)
    if (isSlug(a) && isSlug(b)) splits.push({ a, b })
  }
  return splits
}

/** Every slug some split of `pair` names, without repeats: what one query asks for. */
export const candidateSlugs = (pair: string): string[] => [...new Set(pairSplits(pair).flatMap(({ a, b }) => [a, b]))]

/** The one order a comparison is published under: its slugs alphabetically. */
export const canonicalOrder = ({ a, b }: Pair): Pair => (a <= b ? { a, b } : { a: b, b: a })

export const isCanonical = (pair: Pair) => pair.a < pair.b

/** The comparison page of two guides, in canonical order whichever order they are given in. */
export function comparisonPath(first: string, second: string): string {
  const { a, b } = canonicalOrder({ a: first, b: second })
  return `/compare/${a}${PAIR_SEPARATOR}${b}`
}
