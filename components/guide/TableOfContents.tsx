import type { TocEntry } from '@/lib/content/reading'

function TocList({ entries }: { entries: TocEntry[] }) {
  return (
    <ol>
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`}>{entry.text}</a>
          {entry.children.length > 0 && <TocList entries={entry.children} />}
        </li>
      ))}
    </ol>
  )
}

/** Anchor links to the guide's sections; a <details> so that small screens can fold it away without JavaScript. */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (entries.length < 2) return null
  return (
    <nav aria-labelledby="toc-heading" className="toc">
      <details open>
        <summary id="toc-heading">On this page</summary>
        <TocList entries={entries} />
      </details>
    </nav>
  )
}
