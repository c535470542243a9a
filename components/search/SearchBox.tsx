'use client'

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'

export interface Suggestion {
  title: string
  role: string
  url: string
  snippet: { text: string; marked: boolean }[]
}

const DEBOUNCE_MS = 200
const MIN_LENGTH = 2

/**
 * The header's search form. Without JavaScript it is a plain GET form to /search; with it, the
 * input becomes a combobox (WAI-ARIA 1.2 pattern) that asks /api/search once the reader pauses
 * typing, and the suggestions are reached with the arrow keys, opened with Enter, closed with Escape.
 */
export function SearchBox({
  query = '',
  id = 'site-search',
  label = 'Site search',
  navigate = (url: string) => window.location.assign(url),
  className,
}: {
  query?: string
  id?: string
  /** Names the search landmark: a page with a second search form needs a different one. */
  label?: string
  navigate?: (url: string) => void
  className?: string
}) {
  const listId = useId()
  const [text, setText] = useState(query)
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const latest = useRef<AbortController | null>(null)
  // Suggestions are for what the reader types: the query a page opens with (/search?q=…) has its
  // results on the page already, and a list opened over them would hide them.
  const typed = useRef(false)

  useEffect(() => {
    const trimmed = text.trim()
    if (!typed.current || trimmed.length < MIN_LENGTH) {
      latest.current?.abort()
      return
    }
    const timer = setTimeout(async () => {
      latest.current?.abort()
      const controller = (latest.current = new AbortController())
      try {
        const response = await fetch(`/api/search?q=${encodeURIComponent(trimmed)}`, { signal: controller.signal })
        const { results } = (await response.json()) as { results: Suggestion[] }
        setSuggestions(results)
        setActive(-1)
        setOpen(true)
      } catch {
        // Aborted by newer typing, or offline: the form still submits to /search.
      }
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text])

  const expanded = open && text.trim().length >= MIN_LENGTH
  const optionId = (index: number) => `${listId}-option-${index}`

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && suggestions.length > 0) {
      event.preventDefault()
      setOpen(true)
      setActive((index) => (index + 1) % suggestions.length)
    } else if (event.key === 'ArrowUp' && suggestions.length > 0) {
      event.preventDefault()
      setActive((index) => (index <= 0 ? suggestions.length - 1 : index - 1))
    } else if (event.key === 'Escape') {
      setOpen(false)
      setActive(-1)
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault()
      navigate(suggestions[active]!.url)
    }
  }

  return (
    <form
      role="search"
      aria-label={label}
      action="/search"
      method="get"
      className={['search-form search-box', className].filter(Boolean).join(' ')}
    >
      <label htmlFor={id} className="visually-hidden">
        Search career guides
      </label>
      <input
        id={id}
        // A combobox is an input of type text (WAI-ARIA APG); type=search may not carry the role (HTML).
        type="text"
        inputMode="search"
        enterKeyHint="search"
        name="q"
        value={text}
        onChange={(event) => {
          typed.current = true
          setText(event.target.value)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        placeholder="Search guides"
        maxLength={200}
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
      />
      <button type="submit">Search</button>
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggested guides"
        className="search-box__list"
        hidden={!expanded || suggestions.length === 0}
      >
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.url}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="search-box__option"
            // mousedown, not click: it comes before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault()
              navigate(suggestion.url)
            }}
          >
            <strong>{suggestion.title}</strong>
            <span className="search-box__snippet">
              {suggestion.snippet.map((part, i) =>
                part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
              )}
            </span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {expanded
          ? suggestions.length === 0
            ? 'No suggestions'
            : `${suggestions.length} suggestions; use the arrow keys to choose one`
          : ''}
      </p>
    </form>
  )
}
