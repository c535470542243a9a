import type { Guide } from '@/payload-types'
import { formatMoney } from '@/lib/content/money'
import { SALARY_PERIODS, salaryLevelLabel } from '@/lib/content/taxonomy'
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

type QuickFacts = NonNullable<Guide['quickFacts']>

const periodLabel = (period: string | null | undefined) =>
  SALARY_PERIODS.find((p) => p.value === (period ?? 'year'))?.label ?? ''

const sourceOf = (...parts: (string | number | null | undefined)[]) =>
  parts.filter((part) => part !== null && part !== undefined && part !== '').join(', ') || undefined

const text = (value: string | null | undefined): FactCell | null => (value?.trim() ? { value: value.trim() } : null)

function medianPay(facts: QuickFacts | null | undefined): FactCell | null {
  const pay = facts?.medianPay
  if (pay?.amount === null || pay?.amount === undefined) return null
  const amount = formatMoney(pay.amount, pay.currency || 'USD', pay.region ?? '')
  const where = pay.region?.trim() ? ` (${pay.region.trim()})` : ''
  return { value: `${amount} ${periodLabel(pay.period)}${where}`, source: sourceOf(pay.source, pay.year) }
}

function outlook(facts: QuickFacts | null | undefined): FactCell | null {
  const o = facts?.outlook
  if (o?.growthPercent === null || o?.growthPercent === undefined) return null
  const growth = `${o.growthPercent > 0 ? '+' : ''}${o.growthPercent}%`
  const years = o.fromYear && o.toYear ? ` (${o.fromYear}–${o.toYear})` : ''
  return { value: `${growth}${years}`, source: sourceOf(o.source) }
}

function jobs(facts: QuickFacts | null | undefined): FactCell | null {
  const j = facts?.jobs
  if (j?.count === null || j?.count === undefined) return null
  return { value: j.count.toLocaleString('en-US'), source: sourceOf(j.source, j.year) }
}

const QUICK_FACTS: { label: string; cell: (facts: QuickFacts | null | undefined) => FactCell | null }[] = [
  { label: 'Median pay', cell: medianPay },
  { label: 'Typical entry-level education', cell: (facts) => text(facts?.entryEducation) },
  { label: 'Work experience needed', cell: (facts) => text(facts?.experience) },
  { label: 'Job outlook', cell: outlook },
  { label: 'Number of jobs', cell: jobs },
]

/** The quick facts of two guides, one row per fact either gives. */
export function quickFactRows(a: Guide['quickFacts'], b: Guide['quickFacts']): FactRow[] {
  return QUICK_FACTS.map(({ label, cell }) => ({ label, a: cell(a), b: cell(b) })).filter((row) => row.a || row.b)
}

const money = (value: number | null | undefined, row: SalaryRow) =>
  value === null || value === undefined ? '–' : formatMoney(value, row.currency, row.region)

const salaryLabel = (row: SalaryRow) => {
  const level = salaryLevelLabel(row.level)
  return level ? `${row.region.trim()} · ${level}` : row.region.trim()
}

function salaryCell(row: SalaryRow | undefined): FactCell | null {
  if (!row || ((row.min === null || row.min === undefined) && (row.max === null || row.max === undefined))) return null
  return {
    value: `${money(row.min, row)} – ${money(row.max, row)} ${periodLabel(row.period)}`,
    source: sourceOf(row.source, row.year),
  }
}

/**
 * Two guides' salary rows side by side, one row per region and level (compared like with like:
 * "India · Entry level" beside the same), in the order the first guide gives them, then the second's.
 */
export function salaryRows(a: SalaryRow[], b: SalaryRow[]): FactRow[] {
  const labels = [...new Set([...a, ...b].map(salaryLabel))]
  const find = (rows: SalaryRow[], label: string) => rows.find((row) => salaryLabel(row) === label)
  return labels
    .map((label) => ({ label, a: salaryCell(find(a, label)), b: salaryCell(find(b, label)) }))
    .filter((row) => row.a || row.b)
}
