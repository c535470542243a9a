import Link from 'next/link'

export function NotFound() {
  return (
    <div className="page-header not-found">
      <p className="page-header__kicker">Error 404</p>
      <h1>Page not found</h1>
      <p className="page-header__lead">
        There is no page at this address: it may have moved, or the guide may not be published yet.
      </p>
      <p className="not-found__links">
        <Link href="/" prefetch={false} className="button">
          Browse all career guides
        </Link>
        <Link href="/technologies" prefetch={false} className="button button--secondary">
          Find a technology
        </Link>
      </p>
    </div>
  )
}
