'use client'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

/**
 * A link of the site's navigation, marked `aria-current="page"` on the page it names (rendered so on
 * the server too). Only the exact page: the not-found page is rendered once, not at the address it
 * answers, and a mark for a whole section would differ between the server's render and the browser's.
 */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const current = usePathname() === href
  return (
    <Link href={href} prefetch={false} className="site-nav__link" aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  )
}
