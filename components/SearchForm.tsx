/** A plain GET form to /search: works without JavaScript. */
export function SearchForm({ query = '', id = 'site-search' }: { query?: string; id?: string }) {
  return (
    <form role="search" action="/search" method="get" className="search-form">
      <label htmlFor={id} className="visually-hidden">
        Search career guides
      </label>
      <input id={id} type="search" name="q" defaultValue={query} placeholder="Search guides" maxLength={200} autoComplete="off" />
      <button type="submit">Search</button>
    </form>
  )
}
