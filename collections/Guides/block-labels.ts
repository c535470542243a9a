/**
 * The guide blocks as editors know them: their names and what each is for. Plain data, so the
 * admin's client components (block row labels) and the block configs read the same words.
 */
export const GUIDE_BLOCK_KINDS = {
  section: {
    singular: 'Text section',
    plural: 'Text sections',
    purpose: 'Prose with sub-headings, lists and links: what the role is, why choose it.',
  },
  responsibilities: {
    singular: 'Responsibilities',
    plural: 'Responsibilities',
    purpose: 'What the job involves day to day, each with a short explanation.',
  },
  technologyGroup: {
    singular: 'Technology group',
    plural: 'Technology groups',
    purpose: 'Technologies of one kind (languages, databases), linked to their pages.',
  },
  skillList: {
    singular: 'Skill list',
    plural: 'Skill lists',
    purpose: 'Technical or soft skills the role needs, linked to their pages.',
  },
  plainList: {
    singular: 'List',
    plural: 'Lists',
    purpose: 'A bulleted or numbered list: benefits, qualifications, tips.',
  },
  careerPaths: {
    singular: 'Career paths',
    plural: 'Career paths',
    purpose: 'Roles this one leads to, linked to their guides.',
  },
  salary: {
    singular: 'Salary table',
    plural: 'Salary tables',
    purpose: 'Pay by country or level, with currency, period and source.',
  },
  roadmap: { singular: 'Roadmap', plural: 'Roadmaps', purpose: 'Numbered steps from beginner to the role, in order.' },
  faq: {
    singular: 'FAQ',
    plural: 'FAQs',
    purpose: 'Questions readers ask, with answers (shown as FAQ in search results).',
  },
} as const

export type GuideBlockSlug = keyof typeof GUIDE_BLOCK_KINDS

export function guideBlockLabel(slug: string | null | undefined): string {
  return slug && slug in GUIDE_BLOCK_KINDS ? GUIDE_BLOCK_KINDS[slug as GuideBlockSlug].singular : 'Block'
}
