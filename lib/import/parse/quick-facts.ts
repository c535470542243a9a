import { parseAmount } from '@/lib/content/money'
import type { QuickFacts } from '@/lib/import/schema'
import { cited, parsePay, splitSource } from './salary-line'
import type { RawSection, ReportLine } from './types'

/** A section that lists the career's facts at a glance, as the Handbook's "Quick Facts" box does. */
export const QUICK_FACTS_HEADING = /^(?:quick facts|key facts|facts at a glance|at a glance|career snapshot)\b/i

/** Reads one fact's value into `facts`; the label is passed too, since it may hold the year ("Number of jobs, 2024"). */
/** "Label: value", the shape of every quick fact. */
export const FACT_LINE = /^([^:]{2,60}):\s*(.+)$/

type Fact = (value: string, facts: QuickFacts, label: string, note: (message: string) => void) => boolean

/** The Handbook's "(Much faster than average)": how the growth compares, not who published it. */
const OUTLOOK_RATING = /\b(?:faster|slower|than average|as fast as|little or no change|declin\w*)\b/i

const FACTS: [RegExp, Fact][] = [
  [
    /\b(?:median|average|typical)\s+(?:pay|salary|wage|annual wage)\b|^pay$|^salary$/i,
    (value, facts, label) => {
      const row = parsePay(value, label)
      if (!row) return false
      const { source } = row
      const year = row.year ?? cited(label).year
      // "Median pay (Canada)": where the figure holds, when the label says.
      const region = /\(([^()]*\p{L}[^()]*)\)/u.exec(label)?.[1]?.trim()
      facts.medianPay = {
        amount: row.min,
        currency: row.currency,
        period: row.period,
        ...(source && { source }),
        ...(year && { year }),
        ...(region && { region }),
      }
      return true
    },
  ],
  [
    /\beducation\b|\bdegree\b|\bqualifications?\b/i,
    (value, facts) => ((facts.entryEducation = splitSource(value).rest || value), true),
  ],
  [/\bexperience\b/i, (value, facts) => ((facts.experience = splitSource(value).rest || value), true)],
  [
    /\b(?:job )?outlook\b|\bgrowth\b|\bprojected\b/i,
    (value, facts, label, note) => {
      const split = splitSource(value)
      const { rest } = split
      const source = split.source && !OUTLOOK_RATING.test(split.source) ? split.source : undefined
      if (split.source && !source)
        note(`"${split.source}" says how the growth compares; the quick facts box keeps the percentage`)
      const percent = /([+-−]?\d+(?:\.\d+)?)\s*(?:%|percent)/i.exec(rest)
      if (!percent) return false
      const period = /\b((?:19|20)\d{2})\s*(?:-|–|—|to)\s*((?:19|20)?\d{2})\b/.exec(`${label} ${rest}`)
      const toYear = period
        ? Number(period[2]!.length === 2 ? `${period[1]!.slice(0, 2)}${period[2]}` : period[2])
        : undefined
      facts.outlook = {
        growthPercent: Number(percent[1]!.replace('−', '-')),
        ...(period && { fromYear: Number(period[1]), toYear }),
        ...(source && { source }),
      }
      return true
    },
  ],
  [
    /\bnumber of jobs\b|\bjobs\b|\bemployment\b/i,
    (value, facts, label) => {
      const { rest, source } = splitSource(value)
      const count = /^\s*(\d[\d,.\u00a0\u202f ]*\d|\d)\s*(k|thousand|million|m)?\b/i.exec(rest)
      const amount = count && parseAmount(`${count[1]} ${count[2] ?? ''}`)
      if (amount === undefined || amount === null) return false
      const year = /\b((?:19|20)\d{2})\b/.exec(`${label} ${rest.slice(count![0].length)}`)?.[1]
      facts.jobs = {
        count: amount,
        ...(year ? { year: Number(year) } : source ? cited(source) : {}),
        ...(source && { source }),
      }
      return true
    },
  ],
]

/**
 * The typed facts of a "Quick facts" section's "Label: value" lines, and the lines it could not
 * read (kept as text by the caller, so that nothing of the document is lost). Only what the
 * document states is taken: nothing is inferred from prose elsewhere.
 */
export function quickFactsOf(section: RawSection, warnings: ReportLine[]) {
  const facts: QuickFacts = {}
  const unread: RawSection['body'] = []
  const read: ReportLine[] = []
  let sectionSource: string | undefined
  for (const token of section.body) {
    const pair = FACT_LINE.exec(token.text)
    const label = pair?.[1]!.trim() ?? ''
    if (pair && /^sources?$/i.test(label)) {
      sectionSource = pair[2]!.trim()
      read.push({ line: token.no, message: `read as the source of the quick facts: ${sectionSource}` })
      continue
    }
    const fact = pair && FACTS.find(([labelPattern]) => labelPattern.test(label))
    const note = (message: string) => warnings.push({ line: token.no, message })
    if (pair && fact && fact[1](pair[2]!.trim(), facts, label, note)) {
      read.push({ line: token.no, message: `read into the quick facts: ${label}` })
      continue
    }
    unread.push(token)
    warnings.push({
      line: token.no,
      message: `Quick fact "${token.text}" was not recognised; kept as text under "${section.heading}"`,
    })
  }
  // "Source: US BLS, 2025" at the end names the source of the figures that give none.
  if (sectionSource)
    for (const figure of [facts.medianPay, facts.outlook, facts.jobs])
      if (figure && !figure.source) Object.assign(figure, { source: sectionSource })
  if (sectionSource && facts.medianPay && !facts.medianPay.year) facts.medianPay.year = cited(sectionSource).year
  if (sectionSource && facts.jobs && !facts.jobs.year) facts.jobs.year = cited(sectionSource).year
  return { facts, unread, read }
}
