import type { Guide } from '@/payload-types'

/** What a link to a guide needs. */
export type GuideLink = Pick<Guide, 'id' | 'title' | 'slug'>

/** The published guides a guide's career-path blocks link to (read with it, at depth 1), in order. */
export function careerPathGuides(blocks: NonNullable<Guide['content']>): GuideLink[] {
  return blocks.flatMap((block) =>
    block.blockType === 'careerPaths'
      ? (block.items ?? []).flatMap((item) => (typeof item.guide === 'object' && item.guide ? [item.guide] : []))
      : [],
  )
}

/** Career paths that point at published guides come first; then the rest, without repeats, up to `max`. */
export function relatedCareers(
  careerPathGuides: GuideLink[],
  sharingTechnologies: GuideLink[],
  selfId: number,
  max = 4,
): GuideLink[] {
  const seen = new Set<number>([selfId])
  const out: GuideLink[] = []
  for (const guide of [...careerPathGuides, ...sharingTechnologies]) {
    if (seen.has(guide.id) || out.length >= max) continue
    seen.add(guide.id)
    out.push(guide)
  }
  return out
}
