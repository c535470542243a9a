import { describe, expect, it } from '@jest/globals'
import { render, screen, within } from '@testing-library/react'
import { SalaryChart, chartHeight } from '@/blocks/salary/SalaryChart'
import { SalaryBlock } from '@/blocks/salary/Component'
import type { BlockOf } from '@/blocks/types'

const rows = [
  { region: 'United States', currency: 'USD', min: 82_000, max: 138_000, period: 'year', source: 'BLS', year: 2026 },
  { region: 'New York, USA', currency: 'USD', min: 95_000, max: 162_000, period: 'year' },
  { region: 'India', currency: 'INR', min: 600_000, max: 2_200_000, period: 'year' },
] as const

const block = (fields: Partial<BlockOf<'salary'>> = {}): BlockOf<'salary'> => ({
  blockType: 'salary',
  heading: 'Salary',
  headingLevel: '2',
  rows: rows.map((row) => ({ ...row })),
  ...fields,
})

describe('SalaryChart', () => {
  it('draws one image per currency, named and described in words', () => {
    render(<SalaryChart rows={block().rows} heading="Salary" id="salary" />)
    const charts = screen.getAllByRole('img')
    expect(charts).toHaveLength(2)
    expect(charts[0]).toHaveAccessibleName('Salary: ranges per year (US Dollar, USD)')
    expect(charts[0]).toHaveAccessibleDescription(
      'United States: $82,000 to $138,000 (BLS, 2026). New York, USA: $95,000 to $162,000.',
    )
    expect(charts[1]).toHaveAccessibleName('Salary: ranges per year (Indian Rupee, INR)')
    expect(charts[1]).toHaveAccessibleDescription('India: ₹6,00,000 to ₹22,00,000.')
  })

  it('places each range on the group’s axis in percent, with its amounts and the axis labelled', () => {
    const { container } = render(<SalaryChart rows={block().rows} heading="Salary" id="salary" />)
    const [dollars] = container.querySelectorAll('svg')
    const bars = [...dollars!.querySelectorAll('.salary-chart__bar')]
    // 50K–200K: $82,000 starts at 21.333%, $138,000 ends at 58.667%.
    expect(bars.map((bar) => [bar.getAttribute('x'), bar.getAttribute('width')])).toEqual([
      ['21.333%', '37.334%'],
      ['30%', '44.667%'],
    ])
    expect([...dollars!.querySelectorAll('.salary-chart__tick')].map((tick) => tick.textContent)).toEqual([
      '$50K',
      '$100K',
      '$150K',
      '$200K',
    ])
    expect([...dollars!.querySelectorAll('.salary-chart__amount')].map((label) => label.textContent)).toEqual([
      '$82,000 – $138,000',
      '$95,000 – $162,000',
    ])
    // Its height is set before it paints: nothing below it moves.
    expect(dollars).toHaveAttribute('height', String(chartHeight(2)))
  })

  it('draws a single row, and a range with one end as a point', () => {
    const { container } = render(
      <SalaryChart rows={[{ region: 'Remote', currency: 'USD', min: 70_000 }]} heading="Salary" id="one" />,
    )
    expect(screen.getByRole('img')).toHaveAccessibleDescription('Remote: from $70,000.')
    expect(container.querySelector('.salary-chart__bar')).toHaveAttribute('width', '0%')
    expect(container.querySelectorAll('.salary-chart__end')).toHaveLength(1)
  })

  it('draws nothing when no row has an amount', () => {
    const { container } = render(
      <SalaryChart rows={[{ region: 'Remote', currency: 'USD', min: null, max: null }]} heading="Salary" id="none" />,
    )
    expect(container).toBeEmptyDOMElement()
  })
})

describe('SalaryBlock', () => {
  it('shows the chart above the table, which stays the data', () => {
    render(<SalaryBlock block={block()} headingId="salary" />)
    const region = screen.getByRole('region', { name: 'Salary' })
    const table = within(region).getByRole('table', { name: 'Salary' })
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['United States', 'New York, USA', 'India'])
    const [chart] = within(region).getAllByRole('img')
    expect(chart!.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    // The two charts' ids are unique on the page (each block passes its heading id).
    const ids = [...region.querySelectorAll('[id]')].map((element) => element.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('has a table but no chart when no amounts are given', () => {
    render(<SalaryBlock block={block({ rows: [{ region: 'Remote', currency: 'USD' }] })} headingId="salary" />)
    expect(screen.getByRole('table', { name: 'Salary' })).toBeInTheDocument()
    expect(screen.queryByRole('img')).toBeNull()
  })
})
