import type { SalaryBlock } from '@/payload-types'
import { formatMoney, salaryLocale } from '@/lib/content/money'
import { SALARY_PERIODS, salaryLevelLabel } from '@/lib/content/taxonomy'
import { citation } from '@/lib/content/quick-facts'

/**
 * What the salary chart draws, worked out apart from its markup so that it can be tested: rows are
 * grouped by currency and period (a rupee range and a dollar range on one axis would compare
 * nothing), each group gets a scale of round numbers, and every range its place on it in percent of
 * the chart's width (the SVG is as wide as the page; only its text keeps its size).
 */
export type SalaryRow = NonNullable<SalaryBlock['rows']>[number]

export interface Tick {
  value: number
  /** Short, in the group's locale: "$100K", "₹15L". */
  label: string
  /** Percent of the width. */
  at: number
}

export interface ChartRange {
  region: string
  low: number
  high: number
  /** "$85,000 – $140,000", "from $85,000" when only the minimum is known. */
  label: string
  /** Percent of the width where the range starts and ends (equal for a single amount). */
  from: number
  to: number
}

export interface ChartGroup {
  currency: string
  period: string
  /** "US dollars (USD) · per year": the unit, shown above the chart. */
  unit: string
  /** The chart's accessible name. */
  title: string
  /** Every range in words, the chart's accessible description. */
  description: string
  domain: [number, number]
  ticks: Tick[]
  ranges: ChartRange[]
}

/** A round step (1, 2, 2.5 or 5 times a power of ten) that cuts `span` into about `count` parts. */
export function niceStep(span: number, count = 4): number {
  const raw = span / Math.max(1, count)
  if (!(raw > 0) || !Number.isFinite(raw)) return 1
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= raw)! * power
  return Number(step.toPrecision(12))
}

/**
 * A scale from a round number at or below `min` to one at or above `max`, and the round numbers
 * between: three to five of them, so that their labels fit side by side on a phone.
 */
export function niceScale(min: number, max: number, count = 3): { domain: [number, number]; ticks: number[] } {
  const [lowest, highest] = min <= max ? [min, max] : [max, min]
  // One amount alone (or equal ends) still needs a width: a step of a tenth of it either side.
  const span = highest - lowest || Math.abs(highest) || 1
  const step = niceStep(span, count)
  const low = Math.floor(lowest / step) * step
  let high = Math.ceil(highest / step) * step
  if (high === low) high = low + step
  const ticks: number[] = []
  for (let value = low; value <= high + step / 2; value += step) ticks.push(Number(value.toPrecision(12)))
  return { domain: [Number(low.toPrecision(12)), Number(high.toPrecision(12))], ticks }
}

/** An axis label: compact, in the group's locale and currency ("$100K", "₹15L", "45.000 €"). */
export function compactMoney(value: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(value)
  } catch {
    return `${currency} ${value.toLocaleString('en')}`
  }
}

/** "US dollars", or the code when the runtime does not know the currency. */
function currencyName(currency: string): string {
  try {
    return new Intl.DisplayNames('en', { type: 'currency' }).of(currency) ?? currency
  } catch {
    return currency
  }
}

/** "United States · Senior": the row's region, and its level when it has one. */
export function rowName(row: Pick<SalaryRow, 'region' | 'level'>): string {
  const level = salaryLevelLabel(row.level)
  return level ? `${row.region} · ${level}` : row.region
}

/**
 * A row's pay as its table cell writes it, in the locale of its country (₹6,00,000 for India): one
 * amount when min and max are one, else the range, "–" for an end that is not known.
 */
export function rowAmount(row: Pick<SalaryRow, 'min' | 'max' | 'currency' | 'region'>): string {
  const money = (value: number | null | undefined) =>
    value === null || value === undefined ? '–' : formatMoney(value, row.currency, row.region)
  return row.min === row.max ? money(row.min) : `${money(row.min)} – ${money(row.max)}`
}

const periodLabel = (period: string) => SALARY_PERIODS.find((p) => p.value === period)?.label ?? 'per year'
const known = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value)

function rangeLabel(row: SalaryRow, low: number, high: number): string {
  const money = (value: number) => formatMoney(value, row.currency, row.region)
  if (known(row.min) && known(row.max)) return low === high ? money(low) : `${money(low)} – ${money(high)}`
  return known(row.min) ? `from ${money(low)}` : `up to ${money(high)}`
}

/** The chart's groups, in the order their first row comes; rows with neither amount are left to the table. */
export function salaryChart(rows: SalaryRow[] | null | undefined, heading = 'Salary'): ChartGroup[] {
  const groups = new Map<string, SalaryRow[]>()
  for (const row of rows ?? []) {
    if (!known(row.min) && !known(row.max)) continue
    const key = `${row.currency} ${row.period ?? 'year'}`
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  return [...groups.values()].map((members) => {
    const { currency } = members[0]!
    const period = members[0]!.period ?? 'year'
    const bounds = members.map((row) => {
      const amounts = [row.min, row.max].filter(known)
      return { row, low: Math.min(...amounts), high: Math.max(...amounts) }
    })
    const { domain, ticks } = niceScale(Math.min(...bounds.map((b) => b.low)), Math.max(...bounds.map((b) => b.high)))
    const at = (value: number) => Number((((value - domain[0]) / (domain[1] - domain[0])) * 100).toFixed(3))
    const locale = salaryLocale(members[0]!.region, currency)
    // One region's levels: its name goes above the chart once, each bar is named by its level alone
    // (a phone has no room for "United States · 90th percentile" beside the amount).
    const region = members.every((row) => row.region === members[0]!.region) ? members[0]!.region : undefined
    const barName = (row: SalaryRow) => (region && row.level ? salaryLevelLabel(row.level)! : rowName(row))
    const ranges = bounds.map(({ row, low, high }) => ({
      region: barName(row),
      low,
      high,
      label: rangeLabel(row, low, high),
      from: at(low),
      to: at(high),
    }))
    const name = currencyName(currency)
    const currencyLabel = name === currency ? currency : `${name}, ${currency}`
    return {
      currency,
      period,
      unit: `${region && members.some((row) => row.level) ? `${region} · ` : ''}${name === currency ? currency : `${name} (${currency})`} · ${periodLabel(period)}`,
      title: `${heading}: ranges ${periodLabel(period)} (${currencyLabel})`,
      description: bounds
        .map(({ row }, i) => {
          const cited = citation(row.source, row.year)
          return `${rowName(row)}: ${ranges[i]!.label.replace(' – ', ' to ')}${cited ? ` (${cited})` : ''}.`
        })
        .join(' '),
      domain,
      ticks: ticks.map((value) => ({ value, label: compactMoney(value, currency, locale), at: at(value) })),
      ranges,
    }
  })
}
