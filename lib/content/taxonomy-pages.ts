import { SITE_NAME, skillPath, technologyPath, type GuideFilters } from '@/lib/config/site'
import type { TaxonomyDoc, TaxonomyField } from '@/lib/data/taxonomy'
import { technologyCategoryLabel } from './taxonomy'

/** What differs between a technology's page and a skill's: their wording, paths and the line under the name. */
export interface TaxonomyPageKind<C extends TaxonomyField> {
  /** As in "Technology not found". */
  noun: string
  /** What a career does with it: "Careers that use it". */
  verb: string
  path: (slug: string) => string
  /** The guide list narrowed to it. */
  filter: (slug: string) => GuideFilters
  /** Its category or kind, shown under its name. */
  label: (doc: TaxonomyDoc<C>) => string
  /** The line above the title on its social card. */
  cardEyebrow: (doc: TaxonomyDoc<C>) => string
  /** The social card's title when there is no such document. */
  cardFallbackTitle: string
}

export const TAXONOMY_PAGES: { [C in TaxonomyField]: TaxonomyPageKind<C> } = {
  technologies: {
    noun: 'Technology',
    verb: 'use',
    path: technologyPath,
    filter: (slug) => ({ technology: slug }),
    label: (technology) => technologyCategoryLabel(technology.category),
    cardEyebrow: (technology) => `${technologyCategoryLabel(technology.category).toUpperCase()} · TECHNOLOGY`,
    cardFallbackTitle: `${SITE_NAME} technologies`,
  },
  skills: {
    noun: 'Skill',
    verb: 'need',
    path: skillPath,
    filter: (slug) => ({ skill: slug }),
    label: (skill) => (skill.kind === 'soft' ? 'Soft skill' : 'Technical skill'),
    cardEyebrow: (skill) => `${skill.kind === 'soft' ? 'SOFT' : 'TECHNICAL'} SKILL`,
    cardFallbackTitle: `${SITE_NAME} skills`,
  },
}
