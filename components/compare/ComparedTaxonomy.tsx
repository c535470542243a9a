import { ChipList } from '@/components/taxonomy/Chips'
import { splitByPresence } from '@/lib/compare/similarity'

/**
 * Technologies or skills of two guides in three lists: what both need, what only the first does,
 * what only the second does, each a list of chips linking to their pages. A list that would be
 * empty says so, so the three headings always line up.
 */
export function ComparedTaxonomy<T extends { id: number }>({
  id,
  heading,
  names,
  a,
  b,
  render,
}: {
  id: string
  heading: string
  /** The two guides' roles, as the lists' headings name them. */
  names: [string, string]
  a: T[]
  b: T[]
  render: (item: T) => React.ReactNode
}) {
  const { shared, onlyA, onlyB } = splitByPresence(a, b)
  const lists = [
    { key: 'shared', title: 'Both', items: shared },
    { key: 'a', title: `Only ${names[0]}`, items: onlyA },
    { key: 'b', title: `Only ${names[1]}`, items: onlyB },
  ]
  return (
    <section aria-labelledby={id} className="compare-section">
      <h2 id={id}>{heading}</h2>
      <div className="compare-taxonomy">
        {lists.map((list) => (
          <div key={list.key} className={`compare-taxonomy__list compare-taxonomy__list--${list.key}`}>
            <h3>
              {list.title} <span className="compare-taxonomy__count">({list.items.length})</span>
            </h3>
            {list.items.length ? (
              <ChipList items={list.items} render={render} />
            ) : (
              <p className="compare-taxonomy__none">None</p>
            )}
          </div>
        ))}
      </div>
    </section>
  )
}
