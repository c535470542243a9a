import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { JsonLd } from '@/components/layout/JsonLd'
import { PersonProfile } from '@/components/people/PersonProfile'
import { renderOnFirstRequestThenCache } from '@/lib/cache/render-mode'
import { env } from '@/lib/config/env'
import { authorPath } from '@/lib/config/site'
import { getPersonPage } from '@/lib/data/people'
import { redirectOrNotFound } from '@/lib/redirects/redirect-or-not-found'
import { personMetadata } from '@/lib/seo/metadata'
import { profileStructuredData } from '@/lib/seo/structured-data'

type Props = { params: Promise<{ slug: string }> }

// Rendered on first request, then served from Next's cache until a change expires its tags.
export const dynamicParams = true
export const generateStaticParams = renderOnFirstRequestThenCache

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return personMetadata(await getPersonPage((await params).slug))
}

export default async function AuthorPage({ params }: Props) {
  const { slug } = await params
  const found = await getPersonPage(slug)
  if (!found) return redirectOrNotFound(authorPath(slug))
  return (
    <article>
      <JsonLd graph={profileStructuredData(found.person, env().SITE_URL)} />
      <Breadcrumbs trail={[{ name: 'Home', href: '/' }, { name: found.person.name }]} />
      <PersonProfile {...found} />
    </article>
  )
}
