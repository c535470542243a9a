import { slugify } from '@/lib/content/slug'
import { CareerPathsBlock } from '@/components/blocks/CareerPathsBlock'
import { FaqBlock } from '@/components/blocks/FaqBlock'
import { PlainListBlock } from '@/components/blocks/PlainListBlock'
import { ResponsibilitiesBlock } from '@/components/blocks/ResponsibilitiesBlock'
import { RoadmapBlock } from '@/components/blocks/RoadmapBlock'
import { SalaryBlock } from '@/components/blocks/SalaryBlock'
import { SectionBlock } from '@/components/blocks/SectionBlock'
import { SkillListBlock } from '@/components/blocks/SkillListBlock'
import { TechnologyGroupBlock } from '@/components/blocks/TechnologyGroupBlock'
import type { GuideBlock } from '@/components/blocks/types'

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
  return blocks.map((block, index) => {
    const key = block.id ?? index
    const headingId = ids[index]!
    switch (block.blockType) {
      case 'section':
        return <SectionBlock key={key} block={block} headingId={headingId} />
      case 'responsibilities':
        return <ResponsibilitiesBlock key={key} block={block} headingId={headingId} />
      case 'technologyGroup':
        return <TechnologyGroupBlock key={key} block={block} headingId={headingId} />
      case 'skillList':
        return <SkillListBlock key={key} block={block} headingId={headingId} />
      case 'plainList':
        return <PlainListBlock key={key} block={block} headingId={headingId} />
      case 'careerPaths':
        return <CareerPathsBlock key={key} block={block} headingId={headingId} />
      case 'salary':
        return <SalaryBlock key={key} block={block} headingId={headingId} />
      case 'roadmap':
        return <RoadmapBlock key={key} block={block} headingId={headingId} />
      case 'faq':
        return <FaqBlock key={key} block={block} headingId={headingId} />
    }
  })
}
