import type { Metadata } from 'next'
import { TaxonomyGuides } from '@/components/guide/TaxonomyGuides'
import { env } from '@/lib/config/env'
import { redirectOrNotFound } from '@/lib/redirects/redirect-or-not-found'
import { isThinTaxonomyPage, pageRobots } from '@/lib/seo/crawling'
import { getSkill } from '@/lib/queries'
import { pageMetadata } from '@/lib/seo/page-metadata'
import { skillPath } from '@/lib/config/site'
import { renderOnFirstRequestThenCache } from '@/lib/cache/render-mode'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = true
export const generateStaticParams = renderOnFirstRequestThenCache

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getSkill((await params).slug)
  if (!found) return { title: 'Skill not found', robots: { index: false } }
  const { skill } = found
  return pageMetadata({
    title: `${skill.name} · Careers that need it`,
    description: skill.description || `Career guides for roles that need ${skill.name}.`,
    canonical: skillPath(skill.slug),
    // found.guides holds up to a page of them: enough to tell fewer than two.
    robots: pageRobots(env().SITE_INDEXING, isThinTaxonomyPage(skill.description, found.guides.length)),
  })
}

export default async function SkillPage({ params }: Props) {
  const { slug } = await params
  const found = await getSkill(slug)
  if (!found) return redirectOrNotFound(skillPath(slug))
  const { skill } = found
  return (
    <>
      <h1>{skill.name}</h1>
      <p className="guide-meta">{skill.kind === 'soft' ? 'Soft skill' : 'Technical skill'}</p>
      {skill.description ? <p>{skill.description}</p> : null}
      <TaxonomyGuides
        heading={`Careers that need ${skill.name}`}
        name={skill.name}
        found={found}
        filter={{ skill: skill.slug }}
      />
    </>
  )
}
