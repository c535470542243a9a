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

/** What a salary row's amounts are for: a range for everyone, a career stage, or a percentile of all earners. */
export const SALARY_LEVELS = [
  { value: 'entry', label: 'Entry level' },
  { value: 'mid', label: 'Mid level' },
  { value: 'senior', label: 'Senior' },
  { value: 'p10', label: '10th percentile' },
  { value: 'p25', label: '25th percentile' },
  { value: 'median', label: 'Median' },
  { value: 'p75', label: '75th percentile' },
  { value: 'p90', label: '90th percentile' },
] as const

export type SalaryLevel = (typeof SALARY_LEVELS)[number]['value']

export function salaryLevelLabel(value: string | null | undefined): string | undefined {
  return SALARY_LEVELS.find((level) => level.value === value)?.label
}
