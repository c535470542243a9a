import type { Metadata } from 'next'
import { TaxonomyGuides } from '@/components/guide/TaxonomyGuides'
import { env } from '@/lib/config/env'
import { redirectOrNotFound } from '@/lib/redirects/redirect-or-not-found'
import { isThinTaxonomyPage, pageRobots } from '@/lib/seo/crawling'
import { getTechnology } from '@/lib/queries'
import { pageMetadata } from '@/lib/seo/page-metadata'
import { technologyPath } from '@/lib/config/site'
import { technologyCategoryLabel } from '@/lib/content/taxonomy'
import { renderOnFirstRequestThenCache } from '@/lib/cache/render-mode'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = true
export const generateStaticParams = renderOnFirstRequestThenCache

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getTechnology((await params).slug)
  if (!found) return { title: 'Technology not found', robots: { index: false } }
  const { technology } = found
  return pageMetadata({
    title: `${technology.name} · Careers that use it`,
    description: technology.description || `Career guides for roles that use ${technology.name}.`,
    canonical: technologyPath(technology.slug),
    // found.guides holds up to a page of them: enough to tell fewer than two.
    robots: pageRobots(env().SITE_INDEXING, isThinTaxonomyPage(technology.description, found.guides.length)),
  })
}

export default async function TechnologyPage({ params }: Props) {
  const { slug } = await params
  const found = await getTechnology(slug)
  if (!found) return redirectOrNotFound(technologyPath(slug))
  const { technology } = found
  return (
    <>
      <h1>{technology.name}</h1>
      <p className="guide-meta">{technologyCategoryLabel(technology.category)}</p>
      {technology.description ? <p>{technology.description}</p> : null}
      <TaxonomyGuides
        heading={`Careers that use ${technology.name}`}
        name={technology.name}
        found={found}
        filter={{ technology: technology.slug }}
      />
    </>
  )
}
