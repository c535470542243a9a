import type { BlockLabels, GuideBlockType } from '@/blocks/types'
import { sectionLabels } from '@/blocks/section/labels'
import { responsibilitiesLabels } from '@/blocks/responsibilities/labels'
import { technologyGroupLabels } from '@/blocks/technologyGroup/labels'
import { skillListLabels } from '@/blocks/skillList/labels'
import { plainListLabels } from '@/blocks/plainList/labels'
import { careerPathsLabels } from '@/blocks/careerPaths/labels'
import { salaryLabels } from '@/blocks/salary/labels'
import { roadmapLabels } from '@/blocks/roadmap/labels'
import { faqLabels } from '@/blocks/faq/labels'

/**
 * The guide blocks as editors know them: their names and what each is for. Plain data, so the
 * admin's client components (block row labels) and the block configs read the same words.
 */
export const GUIDE_BLOCK_KINDS: { [K in GuideBlockType]: BlockLabels } = {
  section: sectionLabels,
  responsibilities: responsibilitiesLabels,
  technologyGroup: technologyGroupLabels,
  skillList: skillListLabels,
  plainList: plainListLabels,
  careerPaths: careerPathsLabels,
  salary: salaryLabels,
  roadmap: roadmapLabels,
  faq: faqLabels,
}

export function guideBlockLabel(slug: string | null | undefined): string {
  return slug && slug in GUIDE_BLOCK_KINDS ? GUIDE_BLOCK_KINDS[slug as GuideBlockType].singular : 'Block'
}
