import type { Metadata } from 'next'
import { LinkSection } from '@/components/guide/LinkSection'
import { notFound, permanentRedirect } from 'next/navigation'
import { ComparedTaxonomy } from '@/components/compare/ComparedTaxonomy'
import { ComparisonTable } from '@/components/compare/ComparisonTable'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { JsonLd } from '@/components/layout/JsonLd'
import { SkillChip, TechnologyChip } from '@/components/taxonomy/Chips'
import { renderOnFirstRequestThenCache } from '@/lib/cache/render-mode'
import { quickFactRows, salaryRows } from '@/lib/compare/facts'
import { comparisonName } from '@/lib/compare/links'
import { env } from '@/lib/config/env'
import { SITE_NAME, guidePath, guidesPath } from '@/lib/config/site'
import { getComparison } from '@/lib/data/comparisons'
import { comparisonMetadata } from '@/lib/seo/metadata'
import { comparisonStructuredData } from '@/lib/seo/structured-data'

type Props = { params: Promise<{ pair: string }> }

// Rendered on first request, then served from Next's cache until either guide's tag expires.
export const dynamicParams = true
export const generateStaticParams = renderOnFirstRequestThenCache

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return comparisonMetadata(await getComparison((await params).pair))
}

/** Two guides side by side: quick facts, salaries, technologies and skills, and links to both. */
export default async function ComparisonPage({ params }: Props) {
  const comparison = await getComparison((await params).pair)
  if (comparison.kind === 'redirect') permanentRedirect(comparison.path)
  if (comparison.kind === 'not-found') notFound()
  const { a, b } = comparison
  const name = comparisonName(a, b)
  const roles: [string, string] = a.role === b.role ? [a.title, b.title] : [a.role, b.role]
  const facts = quickFactRows(a.quickFacts, b.quickFacts)
  const salaries = salaryRows(a.salaries, b.salaries)
  return (
    <article className="compare">
      <JsonLd graph={comparisonStructuredData(comparison, { siteUrl: env().SITE_URL, siteName: SITE_NAME })} />
      <header className="page-header">
        <Breadcrumbs trail={[{ name: 'Home', href: '/' }, { name: 'Guides', href: guidesPath() }, { name }]} />
        <p className="page-header__kicker">Career comparison</p>
        <h1>{name}</h1>
        <p className="page-header__lead">
          What the two careers pay, what they ask for and the {comparison.overlap.shared} technologies and skills they
          have in common, from our guides to each.
        </p>
      </header>

      <section aria-labelledby="compare-facts" className="compare-section">
        <h2 id="compare-facts">Quick facts</h2>
        {facts.length ? (
          <ComparisonTable caption={`Quick facts: ${name}`} columns={roles} rowHeading="Fact" rows={facts} />
        ) : (
          <p>Neither guide gives quick facts yet.</p>
        )}
      </section>

      {salaries.length ? (
        <section aria-labelledby="compare-salaries" className="compare-section">
          <h2 id="compare-salaries">Salaries</h2>
          <ComparisonTable
            caption={`Salaries by region and level: ${name}`}
            columns={roles}
            rowHeading="Region and level"
            rows={salaries}
          />
        </section>
      ) : null}

      <ComparedTaxonomy
        id="compare-technologies"
        heading="Technologies"
        names={roles}
        a={a.technologies}
        b={b.technologies}
        render={(technology) => <TechnologyChip technology={technology} />}
      />
      <ComparedTaxonomy
        id="compare-skills"
        heading="Skills"
        names={roles}
        a={a.skills}
        b={b.skills}
        render={(skill) => <SkillChip skill={skill} />}
      />

      <LinkSection
        id="compare-guides"
        heading="Read the guides"
        className="compare-section related"
        links={[a, b].map((guide) => ({ href: guidePath(guide.slug), text: guide.title }))}
      />
    </article>
  )
}
