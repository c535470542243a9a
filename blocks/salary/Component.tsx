import { BlockFrame } from '@/components/guide/BlockFrame'
import { citation } from '@/lib/content/quick-facts'
import { SALARY_PERIODS, salaryLevelLabel } from '@/lib/content/taxonomy'
import type { BlockProps } from '@/blocks/types'
import { SalaryChart } from './SalaryChart'
import { rowAmount } from './chart'

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
                {rowAmount(row)} {SALARY_PERIODS.find((period) => period.value === row.period)?.label ?? ''}
              </td>
              <td>{citation(row.source, row.year) ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </BlockFrame>
  )
}
