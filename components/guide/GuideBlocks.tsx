import { slugify } from '@/lib/content/slug'
import { RenderBlock } from '@/blocks/registry/renderers'
import type { GuideBlock } from '@/blocks/types'

/** Unique heading ids ("soft-skills", "soft-skills-2") so every section can be linked to. */
export function headingIds(blocks: GuideBlock[]): string[] {
  const seen = new Map<string, number>()
  return blocks.map((block) => {
    const base = slugify(block.heading) || 'section'
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    return count === 1 ? base : `${base}-${count}`
  })
}

/**
 * A guide's content. Its links (technologies, skills, career paths) are plain anchors, not next/link:
 * each next/link is a client component the reader's browser hydrates and that prefetches once in view,
 * and a long guide has fifty of them, all pointing at pages served whole from the cache.
 */
export function GuideBlocks({ blocks }: { blocks: GuideBlock[] }) {
  const ids = headingIds(blocks)
  return blocks.map((block, index) => <RenderBlock key={block.id ?? index} block={block} headingId={ids[index]!} />)
}
