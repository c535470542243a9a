import type { TechnologyCategory } from '@/lib/content/taxonomy'

/** Category names as a heading says them, for the report. */
export const CATEGORY_PLURALS: Record<TechnologyCategory, string> = {
  'programming-language': 'programming languages',
  'relational-database': 'relational databases',
  'nosql-database': 'NoSQL databases',
  'api-concept': 'API concepts',
  'cloud-platform': 'cloud platforms',
  'version-control': 'version control tools',
  'devops-tool': 'container and DevOps tools',
  framework: 'frameworks',
  other: 'technologies',
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** "Programming languages": a category in the import preview. */
export const categoryLabel = (category: TechnologyCategory) => capitalised(CATEGORY_PLURALS[category])
