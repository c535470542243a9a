import type { FactCell, FactRow } from '@/lib/compare/facts'

function Cell({ cell }: { cell: FactCell | null }) {
  if (!cell) return <td className="compare-table__none">Not given</td>
  return (
    <td>
      {cell.value}
      {cell.source ? <span className="compare-table__source">{`Source: ${cell.source}`}</span> : null}
    </td>
  )
}

/**
 * Two guides' figures side by side: a caption, a column per guide (its role, scope'd), a row header per fact.
 * On a phone the three columns stay a table, in a box that scrolls sideways rather than the page.
 */
export function ComparisonTable({
  caption,
  columns,
  rows,
  rowHeading,
}: {
  caption: string
  columns: [string, string]
  rows: FactRow[]
  /** The first column's heading, e.g. "Fact" or "Region". */
  rowHeading: string
}) {
  return (
    <section className="compare-table-wrap" aria-label={caption} tabIndex={0}>
      <table className="data-table compare-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            <th scope="col">{columns[0]}</th>
            <th scope="col">{columns[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <Cell cell={row.a} />
              <Cell cell={row.b} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
