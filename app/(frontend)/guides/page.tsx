import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import Link from 'next/link'
import { z } from 'zod'
import { GuideList } from '@/components/guide/GuideList'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { getPublishedGuidesPage } from '@/lib/data/guides'
import { getAllSkills, getAllTechnologies } from '@/lib/data/taxonomy'
import { guideListMetadata } from '@/lib/seo/metadata'
import { guidesPath, type GuideFilters } from '@/lib/config/site'
import { TECHNOLOGY_CATEGORIES } from '@/lib/content/taxonomy'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const slugParam = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(120)
const categories = TECHNOLOGY_CATEGORIES.map((c) => c.value) as [string, ...string[]]

/** An optional filter: an empty select ("Any") means no filter. */
const optionalFilter = <T extends z.ZodType<string>>(schema: T) =>
  z
    .union([schema, z.literal('')])
    .optional()
    .transform((value) => value || undefined)

/** `?page=` a positive whole number; filters are slugs or a category. */
const listParams = z.object({
  page: z
    .string()
    .regex(/^[1-9]\d{0,5}$/)
    .transform(Number)
    .optional(),
  technology: optionalFilter(slugParam),
  skill: optionalFilter(slugParam),
  category: optionalFilter(z.enum(categories)),
})

async function requested(searchParams: Props['searchParams']) {
  const parsed = listParams.safeParse(await searchParams)
  if (!parsed.success) return null
  const { page, ...filters } = parsed.data
  return { page: page ?? 1, filters: filters as GuideFilters }
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { page, filters } = (await requested(searchParams)) ?? { page: 1, filters: {} }
  return guideListMetadata(page, filters)
}

/** One filter of the list: "Any" or one of the options. */
function FilterSelect({
  label,
  name,
  value,
  options,
}: {
  label: string
  name: keyof GuideFilters
  value?: string
  options: readonly { value: string; label: string }[]
}) {
  return (
    <label className="filters__field">
      <span className="filters__label">{label}</span>
      <select name={name} defaultValue={value ?? ''}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}

export default async function GuidesPage({ searchParams }: Props) {
  const request = await requested(searchParams)
  if (!request) notFound()
  const { page, filters } = request
  const [{ guides, totalPages }, technologies, skills] = await Promise.all([
    getPublishedGuidesPage(page, filters),
    getAllTechnologies(),
    getAllSkills(),
  ])
  if (page > totalPages) notFound()
  return (
    <>
      <header className="page-header">
        <Breadcrumbs trail={[{ name: 'Home', href: '/' }, { name: 'Guides' }]} />
        <h1>All career guides</h1>
        <p className="page-header__lead">
          Every guide we publish, newest first. Narrow the list to the careers that use a technology or need a skill.
        </p>
      </header>
      <form action="/guides" method="get" className="filters" aria-label="Filter guides">
        <FilterSelect
          label="Technology"
          name="technology"
          value={filters.technology}
          options={technologies.map((t) => ({ value: t.slug, label: t.name }))}
        />
        <FilterSelect
          label="Skill"
          name="skill"
          value={filters.skill}
          options={skills.map((s) => ({ value: s.slug, label: s.name }))}
        />
        <FilterSelect label="Category" name="category" value={filters.category} options={TECHNOLOGY_CATEGORIES} />
        <button type="submit" className="button">
          Filter
        </button>
      </form>
      <GuideList
        guides={guides}
        emptyText={
          Object.values(filters).some(Boolean) ? 'No guides match these filters.' : 'No guides are published yet.'
        }
      />
      {totalPages > 1 ? (
        <nav aria-label="Pages of guides" className="pagination">
          {page > 1 ? (
            <Link href={guidesPath(page - 1, filters)} className="button button--secondary" rel="prev">
              <span aria-hidden="true">← </span>Newer guides
            </Link>
          ) : null}
          <span className="pagination__status">
            Page {page} of {totalPages}
          </span>
          {page < totalPages ? (
            <Link href={guidesPath(page + 1, filters)} className="button button--secondary" rel="next">
              Older guides<span aria-hidden="true"> →</span>
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  )
}
