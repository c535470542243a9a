import type { Metadata } from 'next'
import { connection } from 'next/server'
import { SiteShell } from '@/components/layout/SiteShell'
import { env } from '@/lib/config/env'
import { pageRobots } from '@/lib/seo/crawling'
import { SITE_DESCRIPTION, SITE_TITLE, pageAlternates } from '@/lib/config/site'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(env().SITE_URL),
  title: { default: SITE_TITLE, template: `%s` },
  description: SITE_DESCRIPTION,
  robots: pageRobots(env().SITE_INDEXING),
  alternates: pageAlternates('/'),
}

export default async function FrontendLayout({ children }: { children: React.ReactNode }) {
  // The nonce variant of the script policy (lib/http/csp.ts) needs a render per request.
  if (env().CSP_MODE === 'nonce') await connection()
  return <SiteShell>{children}</SiteShell>
}
