import { SALARY_LEVELS } from '@/lib/content/taxonomy'
import { listOf, type GuideContentBlock } from './guide-text'
import type { Guide, SalaryBlock } from '@/payload-types'

export type QuickFacts = NonNullable<Guide['quickFacts']>

/** What a guide holds figures in, saved or as the admin form holds it (a list without rows is its count, 0). */
export interface FiguresOf {
  quickFacts?: QuickFacts | null
  content?: readonly GuideContentBlock[] | number | null
}

/**
 * One figure a reader may act on (a salary row, median pay, the outlook, the number of jobs): what
 * an editor calls it, whether it is given at all, who published it and the years it is for.
 */
export interface Figure {
  label: string
  given: boolean
  source: string
  /** The year the figure is for (the outlook: its first year), null when not set. */
  year: number | null
  /** The outlook's last year; the other figures have one year. */
  toYear?: number | null
}

const has = (value: unknown) => typeof value === 'number' && Number.isFinite(value)
const yearOf = (value: unknown) => (has(value) ? (value as number) : null)
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

type SalaryRow = NonNullable<SalaryBlock['rows']>[number]

/** "Salary row “India”", "Salary row “United States, Entry level”", "Salary row 3" (no region yet). */
function salaryRowLabel(row: Partial<SalaryRow>, index: number): string {
  const level = SALARY_LEVELS.find((l) => l.value === row.level)?.label
  const name = [text(row.region), level].filter(Boolean).join(', ')
  return name ? `Salary row “${name}”` : `Salary row ${index + 1}`
}

/** Every figure of a guide, in the order the editor meets them: the quick facts, then the salary tables. */
export function guideFigures(guide: FiguresOf): Figure[] {
  const facts = guide.quickFacts ?? {}
  const figures: Figure[] = [
    {
      label: 'Median pay',
      given: has(facts.medianPay?.amount),
      source: text(facts.medianPay?.source),
      year: yearOf(facts.medianPay?.year),
    },
    {
      label: 'The job outlook',
      given: has(facts.outlook?.growthPercent),
      source: text(facts.outlook?.source),
      year: yearOf(facts.outlook?.fromYear),
      toYear: yearOf(facts.outlook?.toYear),
    },
    {
      label: 'The number of jobs',
      given: has(facts.jobs?.count),
      source: text(facts.jobs?.source),
      year: yearOf(facts.jobs?.year),
    },
  ]
  let rowIndex = 0
  for (const block of listOf(Array.isArray(guide.content) ? guide.content : [])) {
    if (block?.blockType !== 'salary') continue
    for (const row of listOf((block as SalaryBlock).rows as Partial<SalaryRow>[] | null)) {
      figures.push({
        label: salaryRowLabel(row ?? {}, rowIndex++),
        given: has(row?.min) || has(row?.max),
        source: text(row?.source),
        year: yearOf(row?.year),
      })
    }
  }
  return figures
}
