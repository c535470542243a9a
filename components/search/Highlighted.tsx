import { highlightParts } from '@/lib/search/search-text'

/** A search snippet with its matches in <mark>; the text is rendered by React, so it is always escaped. */
export function Highlighted({ snippet }: { snippet: string }) {
  return (
    <>
      {highlightParts(snippet).map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  )
}
