import Link from 'next/link'
import { SITE_NAME } from '../lib/site'
import { SearchBox } from './SearchBox'

/** The public site's document: skip link, header, main landmark and footer. */
export function SiteShell({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="site-name">
            {SITE_NAME}
          </Link>
          <nav aria-label="Main">
            <Link href="/guides">All guides</Link> <Link href="/technologies">Technologies</Link>
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
