import Link from 'next/link'
import { SITE_NAME } from '@/lib/config/site'
import { HeaderSearch } from './HeaderSearch'
import { NavLink } from './NavLink'
import { SiteFooter } from './SiteFooter'

/** The site's mark: a path climbing in steps, drawn inline (no request, no layout shift). */
export function BrandMark() {
  return (
    <svg className="site-brand__mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
      <rect width="32" height="32" rx="7" className="site-brand__tile" />
      <path d="M8 23h5v-5h5v-5h6" className="site-brand__path" />
      <circle cx="24" cy="9" r="2.5" className="site-brand__dot" />
    </svg>
  )
}

/**
 * The public site's document: skip link, header, main landmark and footer. The header's links do not
 * prefetch: on every page view that was six RSC requests (Next 16 asks twice per link), parsed on the
 * reader's main thread while the page hydrates, for pages that are served from the cache anyway.
 */
export function SiteShell({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <Link href="/" className="site-brand" prefetch={false}>
              <BrandMark />
              <span className="site-brand__name">{SITE_NAME}</span>
            </Link>
            <nav aria-label="Main" className="site-nav">
              <ul>
                <li>
                  <NavLink href="/guides">Guides</NavLink>
                </li>
                <li>
                  <NavLink href="/technologies">Technologies</NavLink>
                </li>
                <li>
                  <NavLink href="/about">About</NavLink>
                </li>
              </ul>
            </nav>
            <HeaderSearch />
          </div>
        </header>
        <main id="main" className="site-main">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
