import Link from 'next/link'

export interface Crumb {
  name: string
  /** Absent for the current page, which is not a link. */
  href?: string
}

/** Where the page sits on the site; the last crumb is the page itself. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {trail.map((crumb) => (
          <li key={crumb.name}>
            {crumb.href ? (
              <Link href={crumb.href} prefetch={false}>
                {crumb.name}
              </Link>
            ) : (
              <span aria-current="page">{crumb.name}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
