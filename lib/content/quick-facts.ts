import type { Guide } from '@/payload-types'
import { formatMoney } from './money'
import { SALARY_PERIODS } from './taxonomy'

export type GuideQuickFacts = NonNullable<Guide['quickFacts']>

/** One line of the quick facts box: what, the figure as a reader reads it, and who says so. */
export interface QuickFact {
  id: 'medianPay' | 'entryEducation' | 'experience' | 'outlook' | 'jobs'
  label: string
  value: string
  /** "US BLS, May 2025"; undefined when the figure is not a statistic (education, experience). */
  source?: string
}

const present = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value)

/** "2024–34", as the Handbook writes a projection's decade; "2024–2034" across centuries. */
export function projectionPeriod(fromYear: number | null | undefined, toYear: number | null | undefined) {
  if (!present(fromYear) || !present(toYear)) return undefined
  const sameCentury = Math.floor(fromYear / 100) === Math.floor(toYear / 100)
  return `${fromYear}–${sameCentury ? String(toYear).slice(2) : toYear}`
}

/** "US BLS, 2025": the source, with the year when the source does not already say it. */
export function citation(source: string | null | undefined, year?: number | null) {
  const text = source?.trim()
  if (!text) return present(year) ? String(year) : undefined
  return present(year) && !text.includes(String(year)) ? `${text}, ${year}` : text
}

/**
 * The facts a guide gives, in the Handbook's order, each formatted for reading; facts the guide
 * leaves empty are left out. Pure, so that the box, the comparison page and the tests agree.
 */
export function quickFactsOf(facts: Guide["quickFacts"] | null): QuickFact[] {
  if (!facts) return []
  const lines: QuickFact[] = []
  const pay = facts.medianPay
  if (pay && present(pay.amount) && pay.currency) {
    const period = SALARY_PERIODS.find((p) => p.value === (pay.period ?? 'year'))?.label ?? 'per year'
    const where = pay.region?.trim() ? ` (${pay.region.trim()})` : ''
    lines.push({
      id: 'medianPay',
      label: 'Median pay',
      value: `${formatMoney(pay.amount, pay.currency, pay.region ?? '')} ${period}${where}`,
      source: citation(pay.source, pay.year),
    })
  }
  if (facts.entryEducation?.trim())
    lines.push({ id: 'entryEducation', label: 'Typical entry-level education', value: facts.entryEducation.trim() })
  if (facts.experience?.trim())
    lines.push({ id: 'experience', label: 'Work experience needed', value: facts.experience.trim() })
  const outlook = facts.outlook
  if (outlook && present(outlook.growthPercent)) {
    const period = projectionPeriod(outlook.fromYear, outlook.toYear)
    const sign = outlook.growthPercent > 0 ? '+' : ''
    lines.push({
      id: 'outlook',
      label: period ? `Job outlook, ${period}` : 'Job outlook',
      value: `${sign}${outlook.growthPercent.toLocaleString('en')}% ${outlook.growthPercent < 0 ? 'decline' : 'growth'} in jobs`,
      source: citation(outlook.source),
    })
  }
  const jobs = facts.jobs
  if (jobs && present(jobs.count))
    lines.push({
      id: 'jobs',
      label: present(jobs.year) ? `Number of jobs, ${jobs.year}` : 'Number of jobs',
      value: jobs.count.toLocaleString('en'),
      source: citation(jobs.source),
    })
  return lines
}
