import type { Metadata } from 'next'
import { TaxonomyPage } from '@/components/guide/TaxonomyPage'
import { renderOnFirstRequestThenCache } from '@/lib/cache/render-mode'
import { getTaxonomyPage } from '@/lib/data/taxonomy'
import { taxonomyMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = true
export const generateStaticParams = renderOnFirstRequestThenCache

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return taxonomyMetadata('skills', await getTaxonomyPage('skills', (await params).slug))
}

export default async function SkillPage({ params }: Props) {
  return <TaxonomyPage collection="skills" slug={(await params).slug} />
}
