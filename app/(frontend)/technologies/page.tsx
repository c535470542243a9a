import type { Metadata } from 'next'
import { connection } from 'next/server'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { ChipList, TechnologyChip } from '@/components/taxonomy/Chips'
import { getAllTechnologies } from '@/lib/data/taxonomy'
import { pageMetadata } from '@/lib/seo/metadata'
import { TECHNOLOGY_CATEGORIES } from '@/lib/content/taxonomy'

export const metadata: Metadata = pageMetadata({
  title: 'Technologies · Careers that use them',
  description: 'Programming languages, databases, cloud platforms and tools, each with the careers that need it.',
  canonical: '/technologies',
})

export default async function TechnologiesPage() {
  await connection() // from cached data at request time, never from the build machine's database
  const technologies = await getAllTechnologies()
  const groups = TECHNOLOGY_CATEGORIES.map((category) => ({
    ...category,
    items: technologies.filter((t) => t.category === category.value),
  })).filter((g) => g.items.length)
  return (
    <>
      <header className="page-header">
        <Breadcrumbs trail={[{ name: 'Home', href: '/' }, { name: 'Technologies' }]} />
        <h1>Technologies</h1>
        <p className="page-header__lead">
          Programming languages, databases, cloud platforms and tools. Each page lists the careers that use it.
        </p>
      </header>
      {groups.length === 0 ? <p className="empty-state">No technologies yet.</p> : null}
      <div className="category-grid">
        {groups.map((group) => (
          <section key={group.value} aria-labelledby={`category-${group.value}`} className="category">
            <h2 id={`category-${group.value}`}>{group.label}</h2>
            <ChipList items={group.items} render={(technology) => <TechnologyChip technology={technology} />} />
          </section>
        ))}
      </div>
    </>
  )
}
