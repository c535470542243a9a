import { parseAmount } from '@/lib/content/money'
import type { SalaryLevel } from '@/lib/content/taxonomy'

const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR', '₹': 'INR', '¥': 'JPY' }

// The pieces an amount is written with: "$", "USD ", "85,000", "85k", "12 LPA", "45.000 €".
const CURRENCY_BEFORE = (name: string) => `(?<${name}>[A-Z]{3}\\s?|[$£€₹¥])?`
const DIGITS = (name: string) => `(?<${name}>\\d(?:[\\d,.'’\\u00a0\\u202f ]*\\d)?)`
const SUFFIX = (name: string) => `(?<${name}>[kK]|[mM](?:illion|n)?|[lL](?:akhs?|acs?|PA)?|[cC]r(?:ores?)?)?\\b\\.?`
const CURRENCY_AFTER = (name: string) => `(?<${name}>[$£€₹¥]|[A-Z]{3}\\b)?`
const AMOUNT = (n: number) =>
  `${CURRENCY_BEFORE(`cur${n}`)}\\s*${DIGITS(`amount${n}`)}\\s*${SUFFIX(`k${n}`)}\\s*${CURRENCY_AFTER(`post${n}`)}`
const PERIOD = '(?:(?:per|a|an|\\/)\\s*(?<period>year|annum|yr|month|mo|hour|hr)\\b)?'

const RANGE = new RegExp(`^\\s*${AMOUNT(1)}\\s*(?:-|–|—|to)\\s*${AMOUNT(2)}\\s*${PERIOD}`)
const SINGLE = new RegExp(`^\\s*${AMOUNT(1)}\\s*${PERIOD}`)
/** "United States: …": the region (or level) a salary line is about, and its figure. */
const LABELLED = /^(?<label>[^:]{2,60}):\s*(?<figure>.*)$/

const PERIODS = {
  year: 'year',
  annum: 'year',
  yr: 'year',
  month: 'month',
  mo: 'month',
  hour: 'hour',
  hr: 'hour',
} as const

/** How writers name a career stage or a percentile, most specific first. */
const LEVEL_WORDS: [SalaryLevel, RegExp][] = [
  ['p10', /\b10th percentile\b|\bbottom 10\s?%/i],
  ['p25', /\b25th percentile\b/i],
  ['p75', /\b75th percentile\b/i],
  ['p90', /\b90th percentile\b|\btop 10\s?%/i],
  ['median', /\bmedian\b/i],
  ['entry', /\bentry[- ]level\b|\bentry\b|\bjunior\b|\bfreshers?\b|\bgraduates?\b/i],
  ['mid', /\bmid[- ](?:level|career|senior)\b|\bmid\b|\bintermediate\b/i],
  ['senior', /\bsenior\b|\blead\b|\bexperienced\b/i],
]

const HEDGES =
  /^(?:approx\.?|approximately|estimated?|avg\.?|average|gross|net|before tax|after tax|base|plus bonus.*|incl.*)$/i

/** "US BLS, May 2025" out of a trailing "(Source: US BLS, May 2025)" or "— source: Glassdoor 2026". */
export function splitSource(text: string): { rest: string; source?: string; year?: number } {
  const match =
    /\s*(?:[([]\s*(?:sources?|according to|via)?:?\s*(?<inParens>[^()[\]]*\p{L}[^()[\]]*)[)\]]|[—–;,-]\s*(?:sources?|according to|via):?\s*(?<after>.+?))\s*\.?$/iu.exec(
      text,
    )
  const source = (match?.groups?.inParens ?? match?.groups?.after)?.trim()
  // "(approx.)", "(before tax)": a remark on the amount, not who published it.
  if (!match || !source || HEDGES.test(source)) return { rest: text }
  return { rest: text.slice(0, match.index).trim(), ...cited(source) }
}

/** A source as written, and the last year it names ("US BLS, May 2025" is for 2025). */
export function cited(source: string): { source: string; year?: number } {
  const year = source.match(/\b(?:19|20)\d{2}\b/g)?.at(-1)
  return { source, ...(year && { year: Number(year) }) }
}

/** The level a region's words name ("Senior (United States)"), and the region without them. */
export function splitLevel(region: string): { region: string; level?: SalaryLevel } {
  for (const [level, words] of LEVEL_WORDS) {
    if (!words.test(region)) continue
    const rest = region
      .replace(words, ' ')
      .replace(/\b(?:salary|salaries|pay|level|developers?|engineers?|professionals?)\b/gi, ' ')
      .replace(/[()[\],–—-]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
    return { region: rest, level }
  }
  return { region: region.trim() }
}

export interface SalaryLineContext {
  /** The region to use when a line names only a level ("Senior: $140,000"): the heading's country or the row before's. */
  region?: string
}

/**
 * An amount of pay as writers give one: "$85,000 - $140,000 per year", "₹20 - 35 LPA (Naukri, 2026)",
 * "$133,080 per year (US BLS, May 2025)"; undefined when the text is not one. `region` decides what a
 * bare "$" is (Canadian and Australian dollars in those countries).
 */
export function parsePay(text: string, region = '') {
  const { rest, source, year } = splitSource(text)
  const match = RANGE.exec(rest) ?? SINGLE.exec(rest)
  if (!match?.groups) return undefined
  const { cur1, cur2, post1, post2, amount1, amount2, k1, k2, period } = match.groups
  const symbol = (cur1 ?? cur2 ?? post1 ?? post2 ?? '').trim()
  let currency = CURRENCY_SYMBOLS[symbol] ?? (/^[A-Z]{3}$/.test(symbol) ? symbol : undefined)
  if (!currency) return undefined
  // A bare "$" outside the United States is that country's dollar.
  if (symbol === '$' && /canada/i.test(region)) currency = 'CAD'
  if (symbol === '$' && /australia/i.test(region)) currency = 'AUD'
  // "45 to 70k": a suffix written once after the range applies to both ends. "LPA" is lakhs per annum.
  const amount = (digits: string, suffix?: string) => parseAmount(`${digits} ${suffix?.replace(/pa$/i, '') ?? ''}`)
  const low = amount(amount1!, k1 ?? k2)
  const high = amount2 === undefined ? low : amount(amount2, k2)
  if (low === undefined || high === undefined) return undefined
  return {
    currency,
    min: low,
    max: high,
    period: PERIODS[(period ?? 'year') as keyof typeof PERIODS],
    ...(source && { source }),
    ...(year && { year }),
  }
}

/**
 * "United States: $85,000 - $140,000 per year", "Senior (India): ₹20 - 35 LPA (Naukri, 2026)",
 * "Median: $133,080 per year" as a salary row; undefined when the line is not one, or names a level
 * but no region and the context gives none.
 */
export function parseSalaryLine(text: string, context: SalaryLineContext = {}) {
  const labelled = LABELLED.exec(text)?.groups
  if (!labelled) return undefined
  const named = splitLevel(labelled.label!)
  const region = named.region || context.region
  if (!region) return undefined
  const pay = parsePay(labelled.figure!, region)
  if (!pay) return undefined
  return { region, ...pay, ...(named.level && { level: named.level }) }
}
