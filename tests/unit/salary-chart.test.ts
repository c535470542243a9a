import { describe, expect, it } from '@jest/globals'
import { compactMoney, niceScale, niceStep, salaryChart, type SalaryRow } from '@/blocks/salary/chart'

const row = (fields: Partial<SalaryRow> & Pick<SalaryRow, 'region'>): SalaryRow => ({
  currency: 'USD',
  period: 'year',
  ...fields,
})

describe('niceStep and niceScale', () => {
  it('steps in ones, twos, two-and-a-halves and fives of a power of ten', () => {
    expect(niceStep(100, 4)).toBe(25)
    expect(niceStep(55_000, 3)).toBe(20_000)
    expect(niceStep(1_400_000, 3)).toBe(500_000)
    expect(niceStep(0.9, 3)).toBe(0.5)
    expect(niceStep(0, 3)).toBe(1)
  })

  it('runs from a round number at or below the lowest to one at or above the highest', () => {
    expect(niceScale(82_000, 162_000)).toEqual({
      domain: [50_000, 200_000],
      ticks: [50_000, 100_000, 150_000, 200_000],
    })
    expect(niceScale(600_000, 2_200_000)).toEqual({
      domain: [0, 3_000_000],
      ticks: [0, 1_000_000, 2_000_000, 3_000_000],
    })
    // The ends given the wrong way round, and no floating-point dust in the ticks.
    expect(niceScale(0.7, 0.1).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8])
  })

  it('gives a single amount a width around it', () => {
    const { domain, ticks } = niceScale(50_000, 50_000)
    expect(domain[0]).toBeLessThan(50_000)
    expect(domain[1]).toBeGreaterThan(50_000)
    expect(ticks.length).toBeGreaterThanOrEqual(2)
    expect(niceScale(0, 0).domain).toEqual([0, 0.5])
  })
})

describe('compactMoney', () => {
  it('writes axis labels short, in the locale and currency', () => {
    expect(compactMoney(100_000, 'USD', 'en-US')).toBe('$100K')
    expect(compactMoney(1_000_000, 'INR', 'en-IN')).toBe('₹10L')
    expect(compactMoney(50_000, 'EUR', 'de-DE')).toBe('50.000\u00a0€')
    expect(compactMoney(1_500, 'USD', 'en-US')).toBe('$1.5K')
  })

  it('falls back to the code for a currency the runtime does not know', () => {
    expect(compactMoney(5, 'NOT-A-CODE', 'en')).toBe('NOT-A-CODE 5')
  })
})

describe('salaryChart', () => {
  it('draws nothing without rows, or for rows with no amounts', () => {
    expect(salaryChart(undefined)).toEqual([])
    expect(salaryChart([])).toEqual([])
    expect(salaryChart([row({ region: 'Remote', min: null, max: null })])).toEqual([])
  })

  it('places one row on a scale of its own, with labels in its country’s way of writing money', () => {
    const [group, ...others] = salaryChart(
      [row({ region: 'India', currency: 'INR', min: 600_000, max: 2_200_000 })],
      'Pay',
    )
    expect(others).toEqual([])
    expect(group!.domain).toEqual([0, 3_000_000])
    expect(group!.ranges).toEqual([
      { region: 'India', low: 600_000, high: 2_200_000, label: '₹6,00,000 – ₹22,00,000', from: 20, to: 73.333 },
    ])
    expect(group!.ticks.map((tick) => [tick.label, tick.at])).toEqual([
      ['₹0', 0],
      ['₹10L', 33.333],
      ['₹20L', 66.667],
      ['₹30L', 100],
    ])
    expect(group!.unit).toBe('Indian Rupee (INR) · per year')
    expect(group!.title).toBe('Pay: ranges per year (Indian Rupee, INR)')
    expect(group!.description).toBe('India: ₹6,00,000 to ₹22,00,000.')
  })

  it('keeps currencies and periods apart, in the order they first come, and cites sources in the description', () => {
    const groups = salaryChart([
      row({ region: 'United States', min: 82_000, max: 138_000, source: 'BLS', year: 2026 }),
      row({ region: 'Germany', currency: 'EUR', min: 52_000, max: 80_000 }),
      row({ region: 'New York, USA', min: 95_000, max: 162_000 }),
      row({ region: 'United States', min: 25, max: 60, period: 'hour' }),
    ])
    expect(groups.map((group) => [group.currency, group.period, group.ranges.map((r) => r.region)])).toEqual([
      ['USD', 'year', ['United States', 'New York, USA']],
      ['EUR', 'year', ['Germany']],
      ['USD', 'hour', ['United States']],
    ])
    const [dollars, euros] = groups
    // One scale for the group: 50K–200K.
    expect(dollars!.ranges.map((range) => [range.from, range.to])).toEqual([
      [21.333, 58.667],
      [30, 74.667],
    ])
    expect(dollars!.description).toBe(
      'United States: $82,000 to $138,000 (BLS, 2026). New York, USA: $95,000 to $162,000.',
    )
    expect(euros!.ranges[0]!.label).toBe('52.000\u00a0€ – 80.000\u00a0€')
    expect(groups[2]!.unit).toBe('US Dollar (USD) · per hour')
  })

  it('shows a range with one end known as from or up to, and a reversed range the right way round', () => {
    const [group] = salaryChart([
      row({ region: 'A', min: 40_000 }),
      row({ region: 'B', max: 90_000 }),
      row({ region: 'C', min: 70_000, max: 50_000 }),
    ])
    expect(group!.ranges.map((range) => [range.label, range.low, range.high])).toEqual([
      ['from $40,000', 40_000, 40_000],
      ['up to $90,000', 90_000, 90_000],
      ['$50,000 – $70,000', 50_000, 70_000],
    ])
    expect(group!.ranges[0]!.from).toBe(group!.ranges[0]!.to)
  })
})

describe('a region’s salaries by level', () => {
  it('names each bar by its level and the region once, above the chart', () => {
    const [group] = salaryChart([
      { region: 'United States', currency: 'USD', min: 79850, max: 79850, period: 'year', level: 'p10' },
      {
        region: 'United States',
        currency: 'USD',
        min: 133080,
        max: 133080,
        period: 'year',
        level: 'median',
        source: 'US BLS',
        year: 2024,
      },
    ])
    expect(group!.ranges.map((range) => [range.region, range.label])).toEqual([
      ['10th percentile', '$79,850'],
      ['Median', '$133,080'],
    ])
    expect(group!.unit).toBe('United States · US Dollar (USD) · per year')
    expect(group!.description).toBe(
      'United States · 10th percentile: $79,850. United States · Median: $133,080 (US BLS, 2024).',
    )
  })

  it('keeps region and level in each bar’s name when the regions differ', () => {
    const [group] = salaryChart([
      { region: 'United States', currency: 'USD', min: 90000, max: 120000, period: 'year', level: 'entry' },
      { region: 'Canada', currency: 'USD', min: 80000, max: 100000, period: 'year' },
    ])
    expect(group!.ranges.map((range) => range.region)).toEqual(['United States · Entry level', 'Canada'])
  })
})
