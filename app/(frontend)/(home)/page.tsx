import type { Metadata } from 'next'
import { connection } from 'next/server'
import { GuideList } from '@/components/guide/GuideList'
import { getPublishedGuides } from '@/lib/data/guides'
import { pageMetadata } from '@/lib/seo/metadata'
import { SITE_DESCRIPTION, SITE_TITLE } from '@/lib/config/site'

// In a route group of its own so that its social card (opengraph-image.tsx) is the home page's
// alone: beside the (frontend) layout it would be every page's that has none.
export const metadata: Metadata = pageMetadata({ title: SITE_TITLE, description: SITE_DESCRIPTION, canonical: '/' })

export default async function HomePage() {
  // Rendered per request from cached data rather than prerendered at build time, so that a build
  // never bakes in the content of whatever database the build machine had.
  await connection()
  const guides = await getPublishedGuides()
  return (
    <>
      <h1>Career guides</h1>
      <GuideList guides={guides} emptyText="No guides are published yet." />
    </>
  )
}
