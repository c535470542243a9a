import Link from 'next/link'
import { SITE_NAME } from '@/lib/config/site'
import { SearchBox } from '@/components/search/SearchBox'

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
          <Link href="/" className="site-name" prefetch={false}>
            {SITE_NAME}
          </Link>
          <nav aria-label="Main">
            <Link href="/guides" prefetch={false}>
              All guides
            </Link>{' '}
            <Link href="/technologies" prefetch={false}>
              Technologies
            </Link>
          </nav>
          <SearchBox />
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>© {SITE_NAME}</p>
        </footer>
      </body>
    </html>
  )
}
