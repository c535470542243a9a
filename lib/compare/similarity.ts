/**
 * How much two careers have in common, as the Jaccard index of their technologies and skills
 * together: what they share over all that either needs. A comparison of guides that share little
 * ("Back-End Developer vs Florist") is thin content, a page of two unrelated lists: it is `noindex`,
 * out of the sitemap and not linked from the guides' "Compare with".
 *
 * A broad guide and a focused one have a low Jaccard index however alike they are (a back-end guide
 * naming 47 technologies and skills, a data engineer's 10, 8 of them the back-end guide's: 0.16), so
 * a pair also shares enough when most of the smaller guide's list is in the other's.
 */

/** Below this Jaccard index two guides share little, unless the smaller is mostly contained in the larger. */
export const MIN_SIMILARITY = 0.2
/** And at least this many technologies and skills in common, so that two guides of one item each do not count as alike. */
export const MIN_SHARED = 3
/** The share of the smaller guide's technologies and skills that the other names, for a broad and a focused guide to count as alike… */
export const MIN_CONTAINED = 0.6
/** …with at least this many in common, so that three soft skills do not make any small guide a back-end guide's peer. */
export const MIN_SHARED_CONTAINED = 5

export interface Overlap {
  /** Technologies and skills both guides name. */
  shared: number
  /** How many each guide names. */
  sizeA: number
  sizeB: number
}

export function jaccard({ shared, sizeA, sizeB }: Overlap): number {
  const union = sizeA + sizeB - shared
  return union > 0 ? shared / union : 0
}

/** The share of the smaller guide's list that the other names (the overlap coefficient). */
export function containment({ shared, sizeA, sizeB }: Overlap): number {
  const smaller = Math.min(sizeA, sizeB)
  return smaller > 0 ? shared / smaller : 0
}

export const sharesEnough = (overlap: Overlap): boolean =>
  (overlap.shared >= MIN_SHARED && jaccard(overlap) >= MIN_SIMILARITY) ||
  (overlap.shared >= MIN_SHARED_CONTAINED && containment(overlap) >= MIN_CONTAINED)

/** What a guide names, by id: its technologies and its skills (ids of different collections never mix). */
export interface TaxonomyIds {
  technologies: number[]
  skills: number[]
}

const keysOf = ({ technologies, skills }: TaxonomyIds) =>
  new Set([...technologies.map((id) => `t${id}`), ...skills.map((id) => `s${id}`)])

export function overlapOf(a: TaxonomyIds, b: TaxonomyIds): Overlap {
  const keysA = keysOf(a)
  const keysB = keysOf(b)
  let shared = 0
  for (const key of keysA) if (keysB.has(key)) shared++
  return { shared, sizeA: keysA.size, sizeB: keysB.size }
}

/** Two lists split into what both have and what only one has, each in the order it was given. */
export function splitByPresence<T extends { id: number }>(a: T[], b: T[]): { shared: T[]; onlyA: T[]; onlyB: T[] } {
  const idsA = new Set(a.map((item) => item.id))
  const idsB = new Set(b.map((item) => item.id))
  return {
    shared: a.filter((item) => idsB.has(item.id)),
    onlyA: a.filter((item) => !idsB.has(item.id)),
    onlyB: b.filter((item) => !idsA.has(item.id)),
  }
}

/** The closest of some candidates that share enough, most alike first (ties by the order given), at most `max`. */
export function closestComparable<T extends { overlap: Overlap }>(candidates: T[], max = 3): T[] {
  return candidates
    .filter((candidate) => sharesEnough(candidate.overlap))
    .map((candidate, index) => ({ candidate, index, score: jaccard(candidate.overlap) }))
    .sort((x, y) => y.score - x.score || x.index - y.index)
    .slice(0, max)
    .map(({ candidate }) => candidate)
}
