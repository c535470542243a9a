import type { BlockText, GuideText, Prose } from '@/blocks/text'
import type { GuideBlock, GuideBlockType } from '@/blocks/types'
import { sectionText } from '@/blocks/section/text'
import { responsibilitiesText } from '@/blocks/responsibilities/text'
import { technologyGroupText } from '@/blocks/technologyGroup/text'
import { skillListText } from '@/blocks/skillList/text'
import { plainListText } from '@/blocks/plainList/text'
import { careerPathsText } from '@/blocks/careerPaths/text'
import { salaryText } from '@/blocks/salary/text'
import { roadmapText } from '@/blocks/roadmap/text'
import { faqText } from '@/blocks/faq/text'

/** Plain data and functions only: the admin's SEO panel runs these in the browser. */
const texts: { [K in GuideBlockType]: BlockText<K> } = {
  section: sectionText,
  responsibilities: responsibilitiesText,
  technologyGroup: technologyGroupText,
  skillList: skillListText,
  plainList: plainListText,
  careerPaths: careerPathsText,
  salary: salaryText,
  roadmap: roadmapText,
  faq: faqText,
}

/** A block's own text, by its blocks/<type>/text.ts. */
export function addBlockText(block: GuideBlock, out: GuideText, prose: Prose): void {
  // The map pairs each type with its extraction; TypeScript cannot follow that pairing through the lookup.
  // A type the map does not know (a form value Payload has not checked) adds nothing.
  const text = texts[block.blockType] as BlockText<GuideBlockType> | undefined
  text?.(block, out, prose)
}
