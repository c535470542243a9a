import { BlockFrame } from '@/components/guide/BlockFrame'
import { formatMoney } from '@/lib/content/money'
import { citation } from '@/lib/content/quick-facts'
import { SALARY_PERIODS, salaryLevelLabel } from '@/lib/content/taxonomy'
import type { BlockProps } from '@/blocks/types'
import { SalaryChart } from './SalaryChart'

/** In the locale of the row's country, as its readers write money: ₹6,00,000 for India. */
const money = (value: number | null | undefined, currency: string, region: string) =>
  value === null || value === undefined ? '–' : formatMoney(value, currency, region)

export function SalaryBlock({ block, headingId }: BlockProps<'salary'>) {
  const rows = block.rows ?? []
  const byLevel = rows.some((row) => row.level)
  return (
    <BlockFrame headingId={headingId} block={block}>
      <SalaryChart rows={rows} heading={block.heading} id={headingId} />
      <table className="data-table salary-table">
        <caption>{block.heading}</caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            {byLevel ? <th scope="col">Level</th> : null}
            <th scope="col">{byLevel ? 'Pay' : 'Range'}</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id ?? index}>
              <th scope="row">{row.region}</th>
              {byLevel ? <td>{salaryLevelLabel(row.level) ?? 'All levels'}</td> : null}
              <td className="salary-table__range">
                {row.min === row.max
                  ? money(row.min, row.currency, row.region)
                  : `${money(row.min, row.currency, row.region)} – ${money(row.max, row.currency, row.region)}`}{' '}
                {SALARY_PERIODS.find((period) => period.value === row.period)?.label ?? ''}
              </td>
              <td>{citation(row.source, row.year) ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </BlockFrame>
  )
}
