import type { Guide } from '@/payload-types'
import { comparisonPath } from './pair'

/** A link to a comparison page: its path and its name ("Back-End Developer vs Data Engineer"). */
export interface ComparisonLink {
  path: string
  name: string
}

type Named = Pick<Guide, 'slug' | 'role' | 'title'>

/** What a comparison is called: the two roles, or the titles when both guides are of one role. */
export function comparisonName(first: Named, second: Named): string {
  const [a, b] = first.slug <= second.slug ? [first, second] : [second, first]
  return a.role === b.role ? `${a.title} vs ${b.title}` : `${a.role} vs ${b.role}`
}

export const comparisonLinkOf = (first: Named, second: Named): ComparisonLink => ({
  path: comparisonPath(first.slug, second.slug),
  name: comparisonName(first, second),
})
