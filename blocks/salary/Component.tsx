import { BlockFrame } from '@/components/guide/BlockFrame'
import { formatMoney } from '@/lib/content/money'
import { SALARY_PERIODS } from '@/lib/content/taxonomy'
import type { BlockProps } from '@/blocks/types'
import { SalaryChart } from './SalaryChart'

/** In the locale of the row's country, as its readers write money: ₹6,00,000 for India. */
const money = (value: number | null | undefined, currency: string, region: string) =>
  value === null || value === undefined ? '–' : formatMoney(value, currency, region)

export function SalaryBlock({ block, headingId }: BlockProps<'salary'>) {
  return (
    <BlockFrame headingId={headingId} block={block}>
      <SalaryChart rows={block.rows} heading={block.heading} id={headingId} />
      <table className="data-table salary-table">
        <caption>{block.heading}</caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col">Range</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {(block.rows ?? []).map((row, index) => (
            <tr key={row.id ?? index}>
              <th scope="row">{row.region}</th>
              <td className="salary-table__range">
                {money(row.min, row.currency, row.region)} – {money(row.max, row.currency, row.region)}{' '}
                {SALARY_PERIODS.find((period) => period.value === row.period)?.label ?? ''}
              </td>
              <td>{[row.source, row.year].filter(Boolean).join(', ') || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </BlockFrame>
  )
}
