import type { Metadata } from 'next'
import { connection } from 'next/server'
import { GuideList } from '../../components/GuideList'
import { getPublishedGuides } from '../../lib/queries'
import { pageAlternates } from '../../lib/site'

export const metadata: Metadata = { alternates: pageAlternates('/') }

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
