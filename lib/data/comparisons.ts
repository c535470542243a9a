import { unstable_cache } from 'next/cache'
import { cache } from 'react'
import type { Guide, SalaryBlock, Skill, Technology } from '@/payload-types'
import { cacheTags } from '@/lib/cache/tags'
import { candidateSlugs, comparisonPath, isCanonical, pairSplits } from '@/lib/compare/pair'
import { overlapOf, type Overlap } from '@/lib/compare/similarity'
import { asReader, payloadClient, published } from './payload'
import { summaryFields } from './guides'

export type ComparedTechnology = Pick<Technology, 'id' | 'name' | 'slug' | 'category' | 'abbreviation'>
export type ComparedSkill = Pick<Skill, 'id' | 'name' | 'slug'>
export type SalaryRow = NonNullable<SalaryBlock['rows']>[number]

/** What a comparison page shows of each guide. */
export interface ComparedGuide extends Pick<
  Guide,
  'id' | 'title' | 'role' | 'slug' | 'excerpt' | 'publishedAt' | 'updatedAt' | 'quickFacts'
> {
  technologies: ComparedTechnology[]
  skills: ComparedSkill[]
  /** Every row of its salary tables, in order. */
  salaries: SalaryRow[]
  noindex: boolean
}

export type Comparison =
  | { kind: 'found'; a: ComparedGuide; b: ComparedGuide; overlap: Overlap }
  /** Both guides exist, named in the other order (or the address reads another way): a permanent redirect. */
  | { kind: 'redirect'; path: string }
  | { kind: 'not-found' }

const populated = <T extends object>(values: (number | T)[] | null | undefined): T[] =>
  (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)

/** The published guides of some slugs, with what a comparison shows of them: one find (three statements: guides, technologies, skills). */
async function publishedGuidesBySlug(slugs: string[]): Promise<ComparedGuide[]> {
  const { docs } = await (
    await payloadClient()
  ).find({
    collection: 'guides',
    ...asReader,
    where: { and: [published, { slug: { in: slugs } }] },
    depth: 1,
    limit: slugs.length,
    pagination: false,
    select: {
      ...summaryFields,
      quickFacts: true,
      technologies: true,
      skills: true,
      content: { salary: { rows: true } },
      meta: { noindex: true },
    },
    populate: {
      technologies: { name: true, slug: true, category: true, abbreviation: true },
      skills: { name: true, slug: true },
    },
  })
  return docs.map((doc) => ({
    id: doc.id,
    title: doc.title,
    role: doc.role,
    slug: doc.slug,
    excerpt: doc.excerpt,
    publishedAt: doc.publishedAt,
    updatedAt: doc.updatedAt,
    quickFacts: doc.quickFacts,
    technologies: populated<Technology>(doc.technologies),
    skills: populated<Skill>(doc.skills),
    salaries: (doc.content ?? []).flatMap((block) => (block.blockType === 'salary' ? (block.rows ?? []) : [])),
    noindex: Boolean(doc.meta?.noindex),
  }))
}

const idsOf = (guide: ComparedGuide) => ({
  technologies: guide.technologies.map((t) => t.id),
  skills: guide.skills.map((s) => s.id),
})

/**
 * The comparison an address names, read as an anonymous reader (published guides only). Every way
 * to split the address is tried against the guides of one query, leftmost canonical first; `a-vs-a`, an
 * unknown or unpublished guide is not found. Cached under each named guide's tag, so publishing,
 * editing, renaming or unpublishing either guide (in any process: lib/cache/revalidate.ts) expires it,
 * and under the taxonomy tag for the technology and skill names. React's `cache` shares one read
 * between the page and its metadata.
 */
export const getComparison = cache(async (pair: string): Promise<Comparison> => {
  const slugs = candidateSlugs(pair)
  if (!slugs.length) return { kind: 'not-found' }
  return unstable_cache(
    async (): Promise<Comparison> => {
      const guides = new Map((await publishedGuidesBySlug(slugs)).map((guide) => [guide.slug, guide]))
      const splits = pairSplits(pair).filter(({ a, b }) => a !== b && guides.has(a) && guides.has(b))
      // A reading in canonical order wins over one that is not, so the address redirected to
      // (which has a canonical reading) never redirects again.
      const split = splits.find(isCanonical) ?? splits[0]
      if (!split) return { kind: 'not-found' }
      if (!isCanonical(split)) return { kind: 'redirect', path: comparisonPath(split.a, split.b) }
      const guideA = guides.get(split.a)!
      const guideB = guides.get(split.b)!
      return { kind: 'found', a: guideA, b: guideB, overlap: overlapOf(idsOf(guideA), idsOf(guideB)) }
    },
    ['comparison', pair],
    { tags: [...slugs.map(cacheTags.guide), cacheTags.taxonomy] },
  )()
})
