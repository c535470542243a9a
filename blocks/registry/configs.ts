import type { Block } from 'payload'
import type { GuideBlockType } from '@/blocks/types'
import { sectionConfig } from '@/blocks/section/config'
import { responsibilitiesConfig } from '@/blocks/responsibilities/config'
import { technologyGroupConfig } from '@/blocks/technologyGroup/config'
import { skillListConfig } from '@/blocks/skillList/config'
import { plainListConfig } from '@/blocks/plainList/config'
import { careerPathsConfig } from '@/blocks/careerPaths/config'
import { salaryConfig } from '@/blocks/salary/config'
import { roadmapConfig } from '@/blocks/roadmap/config'
import { faqConfig } from '@/blocks/faq/config'

/** Every guide block's Payload config, keyed by its slug; in this order in the admin's block picker. */
const configs: { [K in GuideBlockType]: Block } = {
  section: sectionConfig,
  responsibilities: responsibilitiesConfig,
  technologyGroup: technologyGroupConfig,
  skillList: skillListConfig,
  plainList: plainListConfig,
  careerPaths: careerPathsConfig,
  salary: salaryConfig,
  roadmap: roadmapConfig,
  faq: faqConfig,
}

export const guideBlocks: Block[] = Object.values(configs)
