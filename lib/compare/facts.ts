import type { Guide } from '@/payload-types'
import {
  citation,
  projectionPeriod,
  quickFactsOf,
  type GuideQuickFacts,
  type QuickFact,
} from '@/lib/content/quick-facts'
import { SALARY_PERIODS } from '@/lib/content/taxonomy'
import { rowAmount, rowName } from '@/blocks/salary/chart'
import type { SalaryRow } from '@/lib/data/comparisons'

/**
 * The rows of a comparison's side-by-side tables, as text: one label and a cell for each guide
 * (null when that guide does not say). Every figure keeps its source and year beside it.
 */
export interface FactCell {
  value: string
  source?: string
}

export interface FactRow {
  label: string
  a: FactCell | null
  b: FactCell | null
}

const periodLabel = (period: string | null | undefined) =>
  SALARY_PERIODS.find((p) => p.value === (period ?? 'year'))?.label ?? ''

/** The facts' rows in the box's order (lib/content/quick-facts.ts), each under one label for both guides. */
const QUICK_FACT_LABELS: Record<QuickFact['id'], string> = {
  medianPay: 'Median pay',
  entryEducation: 'Typical entry-level education',
  experience: 'Work experience needed',
  outlook: 'Job outlook',
  jobs: 'Number of jobs',
}

/**
 * A guide's fact as a cell. The box names a projection's years and the jobs' year in its label
 * ("Job outlook, 2024–34"); beside another guide's, they may differ, so the cell says them.
 */
function factCell(facts: GuideQuickFacts | null | undefined, fact: QuickFact | undefined): FactCell | null {
  if (!fact) return null
  const years =
    fact.id === 'outlook'
      ? projectionPeriod(facts?.outlook?.fromYear, facts?.outlook?.toYear)
      : fact.id === 'jobs' && facts?.jobs?.year
        ? String(facts.jobs.year)
        : undefined
  return { value: years ? `${fact.value} (${years})` : fact.value, ...(fact.source && { source: fact.source }) }
}

/** The quick facts of two guides, one row per fact either gives, formatted as the guide's own box formats them. */
export function quickFactRows(a: Guide['quickFacts'], b: Guide['quickFacts']): FactRow[] {
  const factsA = quickFactsOf(a ?? null)
  const factsB = quickFactsOf(b ?? null)
  return (Object.keys(QUICK_FACT_LABELS) as QuickFact['id'][])
    .map((id) => ({
      label: QUICK_FACT_LABELS[id],
      a: factCell(
        a,
        factsA.find((fact) => fact.id === id),
      ),
      b: factCell(
        b,
        factsB.find((fact) => fact.id === id),
      ),
    }))
    .filter((row) => row.a || row.b)
}

/** As the guide's salary table writes it: one amount when min and max are one, else the range. */
function salaryCell(row: SalaryRow | undefined): FactCell | null {
  if (!row || ((row.min === null || row.min === undefined) && (row.max === null || row.max === undefined))) return null
  const amount = rowAmount(row)
  const source = citation(row.source, row.year)
  return { value: `${amount} ${periodLabel(row.period)}`, ...(source && { source }) }
}

/**
 * Two guides' salary rows side by side, one row per region and level (compared like with like:
 * "India · Entry level" beside the same), in the order the first guide gives them, then the second's.
 */
export function salaryRows(a: SalaryRow[], b: SalaryRow[]): FactRow[] {
  const labels = [...new Set([...a, ...b].map(rowName))]
  const find = (rows: SalaryRow[], label: string) => rows.find((row) => rowName(row) === label)
  return labels
    .map((label) => ({ label, a: salaryCell(find(a, label)), b: salaryCell(find(b, label)) }))
    .filter((row) => row.a || row.b)
}
