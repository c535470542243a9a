import type { Metadata } from 'next'
import { GuideList } from '../../components/GuideList'
import { getPublishedGuides } from '../../lib/queries'

export const metadata: Metadata = { alternates: { canonical: '/' } }

export default async function HomePage() {
  const guides = await getPublishedGuides()
  return (
    <>
      <h1>Career guides</h1>
      <GuideList guides={guides} emptyText="No guides are published yet." />
    </>
  )
}
