/** The kinds of technology a career guide groups its requirements by. */
export const TECHNOLOGY_CATEGORIES = [
  { value: 'programming-language', label: 'Programming language' },
  { value: 'relational-database', label: 'Relational database' },
  { value: 'nosql-database', label: 'NoSQL database' },
  { value: 'api-concept', label: 'API concept' },
  { value: 'cloud-platform', label: 'Cloud platform' },
  { value: 'version-control', label: 'Version control' },
  { value: 'devops-tool', label: 'Container / DevOps tool' },
  { value: 'framework', label: 'Framework' },
  { value: 'other', label: 'Other' },
] as const

export type TechnologyCategory = (typeof TECHNOLOGY_CATEGORIES)[number]['value']

export function technologyCategoryLabel(value: string | null | undefined): string {
  return TECHNOLOGY_CATEGORIES.find((category) => category.value === value)?.label ?? 'Other'
}

export const SKILL_KINDS = [
  { value: 'technical', label: 'Technical' },
  { value: 'soft', label: 'Soft' },
] as const

export type SkillKind = (typeof SKILL_KINDS)[number]['value']

export const SALARY_PERIODS = [
  { value: 'year', label: 'per year' },
  { value: 'month', label: 'per month' },
  { value: 'hour', label: 'per hour' },
] as const
