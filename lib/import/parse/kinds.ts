import type { TechnologyCategory } from '@/lib/content/taxonomy'

export function technologyCategoryOf(heading: string): TechnologyCategory | undefined {
  const h = heading.toLowerCase()
  if (/\bnosql\b|non-relational|document (databases|stores)/.test(h)) return 'nosql-database'
  if (/\brelational\b|\bsql databases\b/.test(h)) return 'relational-database'
  if (/programming languages?|\blanguages\b/.test(h)) return 'programming-language'
  if (/\bframeworks?\b/.test(h)) return 'framework'
  if (/\bapis?\b|web services/.test(h)) return 'api-concept'
  if (/\bcloud\b/.test(h)) return 'cloud-platform'
  if (/version control|source control|\bgit\b/.test(h)) return 'version-control'
  if (/containers?|devops|ci\/cd|orchestration/.test(h)) return 'devops-tool'
  return undefined
}

export type SectionKind =
  'responsibilities' | 'technicalSkills' | 'softSkills' | 'careerPaths' | 'faq' | 'salary' | 'roadmap' | 'generic'

export function sectionKindOf(heading: string): SectionKind {
  const h = heading.toLowerCase()
  if (/\bfaqs?\b|frequently asked/.test(h)) return 'faq'
  if (/salary|salaries|pay scale|compensation|earnings|how much .+ earn/.test(h)) return 'salary'
  if (/roadmap|how to become|steps to become|path to becoming/.test(h)) return 'roadmap'
  if (/responsibilit|duties|day[- ]to[- ]day|what does .+ do\b/.test(h)) return 'responsibilities'
  if (/soft skills|interpersonal skills/.test(h)) return 'softSkills'
  if (/technical skills|hard skills|tech(nology)? stack|tools and technologies/.test(h)) return 'technicalSkills'
  if (
    /career (opportunities|paths?|progression|options)|job (titles|roles)|(related|similar) (roles|careers|jobs)/.test(
      h,
    )
  )
    return 'careerPaths'
  return 'generic'
}
