import { BlockFrame } from '../BlockFrame'
import { SALARY_PERIODS } from '../../lib/taxonomy'
import type { BlockProps } from './types'

function money(value: number | null | undefined, currency: string): string {
  if (value === null || value === undefined) return '–'
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(value)
  } catch {
    return `${currency} ${value.toLocaleString('en')}`
  }
}

export function SalaryBlock({ block, headingId }: BlockProps<'salary'>) {
  return (
    <BlockFrame headingId={headingId} heading={block.heading} level={block.headingLevel} intro={block.intro} outro={block.outro}>
      <table>
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
              <td>
                {money(row.min, row.currency)} – {money(row.max, row.currency)}{' '}
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
