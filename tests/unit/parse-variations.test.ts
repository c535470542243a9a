import fs from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parseGuideText, parseSalaryLine } from '@/lib/import/parse-guide'
import type { ParsedBlock } from '@/lib/import/schema'
import { expectEveryLineAccounted } from './every-line'

const fixture = (name: string) => fs.readFileSync(`tests/fixtures/${name}`, 'utf8')
const byType = <T extends ParsedBlock['blockType']>(blocks: ParsedBlock[], type: T) =>
  blocks.filter((block): block is Extract<ParsedBlock, { blockType: T }> => block.blockType === type)

describe('a plain-text document with every variation', () => {
  const source = fixture('variations.txt')
  const result = parseGuideText(source)
  const { guide, warnings, skipped } = result

  it('reads headers in any order and case, with values on the next line, keywords split on semicolons', () => {
    expect(guide.meta).toEqual({
      title: 'Data Analyst Career Guide 2026',
      description: 'Everything about becoming a data analyst, with salary and roadmap.',
      focusKeyword: 'Data Analyst',
      secondaryKeywords: ['Data Analytics', 'SQL Analyst', 'Business Intelligence'],
    })
    expect(guide.slug).toBe('data-analyst-guide')
    expect(guide.title).toBe('Data Analyst – Complete Career Guide (2026)')
    expect(guide.role).toBe('Data Analyst')
  })

  it('reports unknown headers, odd salary lines and the slug rewrite', () => {
    expect(warnings.map((w) => w.message)).toEqual([
      'Unknown header "word count" is not imported',
      'Salary line "Freelance: it varies a lot" has no recognisable range; kept as text after the table',
      'URL slug "/guides/Data-Analyst-Guide/" was normalised to "data-analyst-guide"',
    ])
    expect(skipped).toEqual([
      { line: 7, message: 'unknown header "word count"' },
      { line: 33, message: 'boilerplate "Leave a Reply"' },
    ])
  })

  it('reads -, * and • bullets as one list and keeps Unicode as written', () => {
    expect(byType(guide.blocks, 'plainList')[0]!.items).toEqual(['Excel', 'Power BI', 'Tableau'])
    expect(JSON.stringify(guide)).toContain('₹6,00,000 in India – see below.')
  })

  it('turns salary lines into rows with currency, numbers and period', () => {
    const [salary] = byType(guide.blocks, 'salary')
    expect(salary!.rows).toEqual([
      { region: 'United States', currency: 'USD', min: 65000, max: 110000, period: 'year' },
      { region: 'United Kingdom', currency: 'GBP', min: 30000, max: 55000, period: 'year' },
      { region: 'Germany', currency: 'EUR', min: 45000, max: 70000, period: 'year' },
      { region: 'Canada', currency: 'CAD', min: 60000, max: 95000, period: 'year' },
    ])
    expect(salary!.intro).toEqual(['Pay depends on the country:'])
    expect(salary!.outro).toEqual(['Freelance: it varies a lot', 'Figures are gross.'])
  })

  it('turns numbered steps under a roadmap heading into steps, with 1) and 1. alike', () => {
    expect(byType(guide.blocks, 'roadmap')[0]!.steps).toEqual([
      { title: 'Learn spreadsheets', description: 'Excel first.' },
      { title: 'Learn SQL', description: 'Practice on public datasets.' },
      { title: 'Build a portfolio', description: '' },
    ])
  })

  it('reads questions in an FAQ as question and answer pairs, even one that names another section kind', () => {
    expect(byType(guide.blocks, 'faq')[0]!.items).toEqual([
      { question: 'Is data analysis hard?', answer: 'It takes practice, like anything worth doing.' },
      { question: 'How much does a data analyst earn?', answer: 'Between $65,000 and $110,000 in the United States.' },
    ])
  })

  it('accounts for every line', () => {
    expectEveryLineAccounted(source, result)
  })
})

describe('a plain-text document whose bullets were lost', () => {
  const source = [
    'Site Reliability Engineer: Career Guide',
    'What is an SRE?',
    'An SRE applies software engineering to operations.',
    '',
    'Observability',
    'Prometheus',
    'Grafana',
    'OpenTelemetry',
    '',
    'SRE salaries by seniority',
    'United Kingdom: £55,000 – £95,000 per year',
    'Germany: 65.000 € - 110.000 € per year',
    '',
    'Career growth',
    'Senior roles',
    'Most SREs move on to staff or platform roles.',
  ].join('\n')
  const result = parseGuideText(source)

  it('reads a heading followed by short lines with nothing between them as the heading and its list', () => {
    const headings = result.guide.blocks.map((block) => ('heading' in block ? block.heading : undefined))
    expect(headings).toEqual([
      'What is an SRE?',
      'Observability',
      'SRE salaries by seniority',
      'Career growth',
      'Senior roles',
    ])
    const list = result.guide.blocks[1] as Extract<ParsedBlock, { items: unknown }>
    expect(JSON.stringify(list)).toContain('Prometheus')
    expect(byType(result.guide.blocks, 'salary')[0]!.rows).toHaveLength(2)
  })

  it('keeps two short lines in a row headings (a heading and its sub-heading), and accounts for every line', () => {
    expect(JSON.stringify(result.guide.blocks[4])).toContain('Most SREs move on')
    expectEveryLineAccounted(source, result)
  })
})

describe('a Markdown document with YAML front matter', () => {
  const source = fixture('markdown.md')
  const result = parseGuideText(source)
  const { guide } = result

  it('reads the front matter, the # title and ## / ### levels', () => {
    expect(guide.meta).toEqual({
      title: 'DevOps Engineer Career Guide 2026',
      description: 'Learn what a DevOps engineer does, the tools to master and the steps to get hired.',
      focusKeyword: 'DevOps Engineer',
      secondaryKeywords: ['DevOps', 'Site Reliability'],
    })
    expect(guide.slug).toBe('devops-engineer-career-guide')
    expect(guide.title).toBe('DevOps Engineer: Complete Career Guide (2026)')
    expect(guide.blocks.map((b) => `${b.headingLevel} ${b.blockType} ${b.heading}`)).toEqual([
      '2 section What is a DevOps Engineer?',
      '2 responsibilities Roles and Responsibilities',
      '2 section Essential Technical Skills',
      '3 technologyGroup Containers and Orchestration',
      '3 technologyGroup Cloud Platforms',
      '2 skillList Soft Skills',
      '2 roadmap Roadmap',
      '2 faq FAQ',
    ])
  })

  it('keeps inline text, with link addresses, and drops only syntax', () => {
    expect(JSON.stringify(guide)).toContain(
      'A DevOps engineer builds the pipelines that ship software. Read the State of DevOps (https://dora.dev) report.',
    )
    expect(result.skipped).toEqual([
      { line: 1, message: 'front matter delimiter' },
      { line: 9, message: 'front matter delimiter' },
      { line: 50, message: 'horizontal rule' },
    ])
  })

  it('reads ### sub-headings as responsibilities, technology groups and FAQ questions', () => {
    expect(byType(guide.blocks, 'responsibilities')[0]!.items.map((i) => i.title)).toEqual(['Automation', 'Monitoring'])
    expect(byType(guide.blocks, 'technologyGroup')[1]!.technologies[0]).toEqual({
      name: 'Amazon Web Services',
      abbreviation: 'AWS',
    })
    expect(byType(guide.blocks, 'faq')[0]!.items).toHaveLength(2)
  })

  it('accounts for every line', () => {
    expectEveryLineAccounted(source, result)
  })
})

describe('the sample guide', () => {
  it('accounts for every line', () => {
    const source = fs.readFileSync('content/samples/back-end-developer-career-guide.txt', 'utf8')
    expectEveryLineAccounted(source, parseGuideText(source))
  })
})

describe('parseSalaryLine', () => {
  it.each([
    [
      'India: ₹4,00,000 - ₹12,00,000 per year',
      { region: 'India', currency: 'INR', min: 400000, max: 1200000, period: 'year' },
    ],
    ['Australia: $90k - $150k', { region: 'Australia', currency: 'AUD', min: 90000, max: 150000, period: 'year' }],
    [
      'Contract (US): USD 50 - 120 per hour',
      { region: 'Contract (US)', currency: 'USD', min: 50, max: 120, period: 'hour' },
    ],
    ['India: ₹6,00,000 - ₹20,00,000', { region: 'India', currency: 'INR', min: 600000, max: 2000000, period: 'year' }],
    ['India: ₹6 - 20 LPA', { region: 'India', currency: 'INR', min: 600000, max: 2000000, period: 'year' }],
    [
      'India: ₹12 lakh - ₹1.5 Cr per year',
      { region: 'India', currency: 'INR', min: 1200000, max: 15000000, period: 'year' },
    ],
    [
      'Germany: 45.000 € - 70.000 € per year',
      { region: 'Germany', currency: 'EUR', min: 45000, max: 70000, period: 'year' },
    ],
    ['France: EUR 45 000 - 60 000', { region: 'France', currency: 'EUR', min: 45000, max: 60000, period: 'year' }],
    [
      "Switzerland: CHF 120'000 - 150'000",
      { region: 'Switzerland', currency: 'CHF', min: 120000, max: 150000, period: 'year' },
    ],
    [
      'United States: $85.5k - $100k',
      { region: 'United States', currency: 'USD', min: 85500, max: 100000, period: 'year' },
    ],
    ['Remote: 3,000 - 5,000 per month', undefined],
    ['Just a sentence.', undefined],
  ])('%s', (line, expected) => {
    expect(parseSalaryLine(line)).toEqual(expected)
  })
})
