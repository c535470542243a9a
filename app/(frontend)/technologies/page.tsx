import type { Metadata } from 'next'
import Link from 'next/link'
import { connection } from 'next/server'
import { getAllTechnologies } from '@/lib/data/taxonomy'
import { pageMetadata } from '@/lib/seo/metadata'
import { technologyPath } from '@/lib/config/site'
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
      <h1>Technologies</h1>
      {groups.length === 0 ? <p>No technologies yet.</p> : null}
      {groups.map((group) => (
        <section key={group.value} aria-labelledby={`category-${group.value}`}>
          <h2 id={`category-${group.value}`}>{group.label}</h2>
          <ul className="chips">
            {group.items.map((technology) => (
              <li key={technology.id}>
                <Link href={technologyPath(technology.slug)}>
                  {technology.name}
                  {technology.abbreviation ? ` (${technology.abbreviation})` : null}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
