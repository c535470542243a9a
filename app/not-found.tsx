import type { Metadata } from 'next'
import { NotFound } from '@/components/layout/NotFound'
import { SiteShell } from '@/components/layout/SiteShell'
import './(frontend)/globals.css'

// No robots here: Next adds its own noindex to every 404 (app-render's NonIndex), and a second would repeat it.
export const metadata: Metadata = { title: 'Page not found · Careerpath' }

/** Every 404 of the public site: unknown addresses and unpublished or missing guides, technologies and skills. */
export default function NotFoundPage() {
  return (
    <SiteShell>
      <NotFound />
    </SiteShell>
  )
}
