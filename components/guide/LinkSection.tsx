import Link from 'next/link'

export interface SectionLink {
  href: string
  text: string
}

/**
 * A headed list of links to other pages ("Related careers", "Compare with", "Read the guides"). No
 * prefetch: a reader reading a page downloads no other (tests/browser/reader-requests.test.ts).
 */
export function LinkSection({
  id,
  heading,
  links,
  className = 'related',
}: {
  id: string
  heading: string
  links: SectionLink[]
  className?: string
}) {
  if (!links.length) return null
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id}>{heading}</h2>
      <ul className="related__list">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} prefetch={false}>
              {link.text}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
