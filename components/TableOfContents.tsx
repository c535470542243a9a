import type { TocEntry } from '../lib/reading'

/** Anchor links to the guide's sections; a <details> so that small screens can fold it away without JavaScript. */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (entries.length < 2) return null
  return (
    <nav aria-labelledby="toc-heading" className="toc">
      <details open>
        <summary id="toc-heading">On this page</summary>
        <ol>
          {entries.map((entry) => (
            <li key={entry.id} className={entry.level === 3 ? 'toc-sub' : undefined}>
              <a href={`#${entry.id}`}>{entry.text}</a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  )
}
