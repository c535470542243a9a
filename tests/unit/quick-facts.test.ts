import fs from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parseGuideText, parseSalaryLine } from '@/lib/import/parse-guide'
import { citation, projectionPeriod, quickFactsOf } from '@/lib/content/quick-facts'
import { quickFactsOf as quickFactsOfSection } from '@/lib/import/parse/quick-facts'
import type { RawSection } from '@/lib/import/parse/types'
import { expectEveryLineAccounted } from './every-line'

const fixture = (name: string) => fs.readFileSync(`tests/fixtures/documents/${name}`, 'utf8')

describe('quick facts from a document', () => {
  it('reads a Markdown "Quick facts" list, its labels holding the years and a closing source line', () => {
    const source = fixture('data-engineer-career-guide.md')
    const result = parseGuideText(source)
    expect(result.guide.quickFacts).toEqual({
      medianPay: { amount: 131450, currency: 'USD', period: 'year', source: 'US BLS, May 2024', year: 2024 },
      entryEducation: "Bachelor's degree",
      experience: '2–4 years in software or analytics',
      outlook: {
        growthPercent: 15,
        fromYear: 2024,
        toYear: 2034,
        source: 'US Bureau of Labor Statistics, Occupational Outlook Handbook, 2025',
      },
      jobs: {
        count: 1895500,
        year: 2024,
        source: 'US Bureau of Labor Statistics, Occupational Outlook Handbook, 2025',
      },
    })
    // The section is read into the facts, not kept as a block as well.
    expect(result.guide.blocks.map((block) => block.heading)).not.toContain('Quick facts')
    // The Handbook's "(Much faster than average)" is no source; the editor is told it is not stored.
    expect(result.warnings.map((w) => w.message).join('\n')).toMatch(/Much faster than average/)
    expectEveryLineAccounted(source, result)
  })

  it('reads a plain-text "At a Glance" section of other labels', () => {
    const result = parseGuideText(fixture('front-end-developer-career-guide.txt'))
    expect(result.guide.quickFacts).toEqual({
      medianPay: { amount: 42000, currency: 'GBP', period: 'year', source: 'ONS, 2025', year: 2025 },
      entryEducation: 'Degree or bootcamp; a portfolio matters most',
      experience: 'None for junior roles',
      outlook: { growthPercent: 8, fromYear: 2024, toYear: 2034, source: 'US BLS' },
    })
  })

  it('reads a median pay\'s figure by itself, the label naming the country whose dollar a bare "$" is', () => {
    const section = (text: string): RawSection => ({
      heading: 'Quick facts',
      no: 1,
      body: [{ kind: 'item', no: 2, text, ordered: false }],
    })
    const pay = (line: string) => quickFactsOfSection(section(line), []).facts.medianPay
    expect(pay('Median pay (Canada): $82,000 per year (Job Bank, 2025)')).toEqual({
      amount: 82000,
      currency: 'CAD',
      period: 'year',
      source: 'Job Bank, 2025',
      year: 2025,
      region: 'Canada',
    })
    expect(pay('Average salary: €4.200 a month')).toEqual({ amount: 4200, currency: 'EUR', period: 'month' })
    expect(pay('Median pay: competitive')).toBeUndefined()
  })

  it('keeps a line it cannot read as text under the heading, with a warning', () => {
    const result = parseGuideText(
      'Guide: Nurse (2026)\nQuick Facts\n- Median pay: $86,070 per year\n- Favourite colour: blue\nWhat nurses do\nThey care for patients.',
    )
    expect(result.guide.quickFacts).toEqual({ medianPay: { amount: 86070, currency: 'USD', period: 'year' } })
    const kept = result.guide.blocks.find((block) => block.heading === 'Quick Facts')
    expect(JSON.stringify(kept)).toContain('Favourite colour: blue')
    expect(result.warnings.map((w) => w.message)).toContain(
      'Quick fact "Favourite colour: blue" was not recognised; kept as text under "Quick Facts"',
    )
  })

  it('takes nothing from a document without such a section (no facts inferred from prose)', () => {
    const result = parseGuideText(fs.readFileSync('content/samples/back-end-developer-career-guide.txt', 'utf8'))
    expect(result.guide.quickFacts).toBeUndefined()
  })
})

describe('salary rows by level, with their sources', () => {
  it('reads levels, single amounts, the heading’s country and a section-wide source', () => {
    const result = parseGuideText(fixture('data-engineer-career-guide.md'))
    const salaries = result.guide.blocks.filter((block) => block.blockType === 'salary')
    expect(salaries.map((block) => (block.blockType === 'salary' ? block.rows : []))).toEqual([
      [
        {
          region: 'United States',
          currency: 'USD',
          min: 85000,
          max: 110000,
          period: 'year',
          level: 'entry',
          source: 'Glassdoor, May 2026',
          year: 2026,
        },
        {
          region: 'United States',
          currency: 'USD',
          min: 110000,
          max: 145000,
          period: 'year',
          level: 'mid',
          source: 'Glassdoor, May 2026',
          year: 2026,
        },
        {
          region: 'United States',
          currency: 'USD',
          min: 145000,
          max: 195000,
          period: 'year',
          level: 'senior',
          source: 'Glassdoor, May 2026',
          year: 2026,
        },
      ],
      [
        {
          region: 'India',
          currency: 'INR',
          min: 600000,
          max: 1000000,
          period: 'year',
          level: 'entry',
          source: 'AmbitionBox, 2026',
          year: 2026,
        },
        {
          region: 'India',
          currency: 'INR',
          min: 2500000,
          max: 4000000,
          period: 'year',
          level: 'senior',
          source: 'AmbitionBox, 2026',
          year: 2026,
        },
        {
          region: 'India',
          currency: 'INR',
          min: 1400000,
          max: 1400000,
          period: 'year',
          level: 'median',
          source: 'AmbitionBox, 2026',
          year: 2026,
        },
      ],
    ])
  })

  it.each([
    [
      'United Kingdom, junior: £28,000 - £38,000 per year (Glassdoor UK, 2026)',
      {
        region: 'United Kingdom',
        currency: 'GBP',
        min: 28000,
        max: 38000,
        period: 'year',
        level: 'entry',
        source: 'Glassdoor UK, 2026',
        year: 2026,
      },
    ],
    [
      'Germany (mid level): 48.000 € - 62.000 € per year (StepStone Gehaltsreport, 2026)',
      {
        region: 'Germany',
        currency: 'EUR',
        min: 48000,
        max: 62000,
        period: 'year',
        level: 'mid',
        source: 'StepStone Gehaltsreport, 2026',
        year: 2026,
      },
    ],
    [
      'United States 90th percentile: $211,450 per year — source: US BLS OEWS, May 2024',
      {
        region: 'United States',
        currency: 'USD',
        min: 211450,
        max: 211450,
        period: 'year',
        level: 'p90',
        source: 'US BLS OEWS, May 2024',
        year: 2024,
      },
    ],
    // A remark on the amount is not a source.
    ['Canada: $70k - $95k (approx.)', { region: 'Canada', currency: 'CAD', min: 70000, max: 95000, period: 'year' }],
    // A level and no region anywhere: not a row (the region is not invented).
    ['Senior: $150,000 - $190,000', undefined],
  ])('%s', (line, expected) => {
    expect(parseSalaryLine(line)).toEqual(expected)
  })
})

describe('quick facts as a reader reads them', () => {
  it('formats each fact in the Handbook’s order with its source, leaving out the empty ones', () => {
    expect(
      quickFactsOf({
        medianPay: {
          amount: 600000,
          currency: 'INR',
          period: 'year',
          region: 'India',
          source: 'AmbitionBox',
          year: 2026,
        },
        experience: ' ',
        outlook: { growthPercent: -3, fromYear: 2024, toYear: 2034, source: 'US BLS' },
        jobs: { count: 1895500, year: 2024 },
      }),
    ).toEqual([
      { id: 'medianPay', label: 'Median pay', value: '₹6,00,000 per year (India)', source: 'AmbitionBox, 2026' },
      { id: 'outlook', label: 'Job outlook, 2024–34', value: '-3% decline in jobs', source: 'US BLS' },
      { id: 'jobs', label: 'Number of jobs, 2024', value: '1,895,500', source: undefined },
    ])
    expect(quickFactsOf(null)).toEqual([])
  })

  it('writes a projection’s period and a citation as the Handbook does', () => {
    expect(projectionPeriod(2024, 2034)).toBe('2024–34')
    expect(projectionPeriod(1995, 2005)).toBe('1995–2005')
    expect(projectionPeriod(2024, null)).toBeUndefined()
    expect(citation('US BLS, May 2025', 2025)).toBe('US BLS, May 2025')
    expect(citation('Glassdoor', 2026)).toBe('Glassdoor, 2026')
    expect(citation(' ', null)).toBeUndefined()
  })
})
