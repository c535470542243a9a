import type { Metadata } from 'next'
import Link from 'next/link'
import { env } from '../../lib/env'
import { SITE_NAME } from '../../lib/site'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(env().SITE_URL),
  title: { default: `${SITE_NAME} · Career guides`, template: `%s` },
  description: 'In-depth career guides: what each role does, the skills and technologies it needs, and how to get there.',
}

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
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
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>© {SITE_NAME}</p>
        </footer>
      </body>
    </html>
  )
}
