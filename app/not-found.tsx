import type { Metadata } from 'next'
import { NotFound } from '../components/NotFound'
import { SiteShell } from '../components/SiteShell'
import './(frontend)/globals.css'

export const metadata: Metadata = { title: 'Page not found · Careerpath', robots: { index: false } }

/** Every 404 of the public site: unknown addresses and unpublished or missing guides, technologies and skills. */
export default function NotFoundPage() {
  return (
    <SiteShell>
      <NotFound />
    </SiteShell>
  )
}
