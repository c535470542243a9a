import { unstable_cache } from 'next/cache'
import type { Payload, Where } from 'payload'
import { cacheTags } from '@/lib/cache/tags'
import { drizzleOf } from '@/lib/db/drizzle'
import { isThinTaxonomyPage, type SitemapSource } from '@/lib/seo/crawling'
import { asReader, payloadClient, published } from './payload'
import { publishedGuideCountsQuery, type TaxonomyField } from './sql/taxonomy-guides'
import { closestComparisonsQuery } from './sql/closest-comparisons'
import { comparisonPath } from '@/lib/compare/pair'
import { sharesEnough } from '@/lib/compare/similarity'

/** How many published guides name each technology or skill, by id. */
async function publishedGuideCounts(client: Payload, field: TaxonomyField): Promise<Map<number, number>> {
  const { rows } = await drizzleOf(client).execute(publishedGuideCountsQuery(field))
  return new Map(rows.map((row) => [Number(row.id), Number(row.guides)]))
}

/** Everything the sitemap lists: published, indexable guides, the technology and skill pages that are not thin, and author profiles. */
export const getSitemapSource = unstable_cache(
  async (): Promise<SitemapSource> => {
    const client = await payloadClient()
    const indexable: Where = { or: [{ 'meta.noindex': { equals: false } }, { 'meta.noindex': { exists: false } }] }
    const [guides, technologies, skills, people, technologyGuides, skillGuides, comparisons] = await Promise.all([
      client.find({
        collection: 'guides',
        ...asReader,
        where: { and: [published, indexable] },
        pagination: false,
        depth: 0,
        select: { slug: true, updatedAt: true, meta: { canonicalUrl: true } },
      }),
      client.find({
        collection: 'technologies',
        ...asReader,
        pagination: false,
        depth: 0,
        select: { slug: true, updatedAt: true, description: true },
      }),
      client.find({
        collection: 'skills',
        ...asReader,
        pagination: false,
        depth: 0,
        select: { slug: true, updatedAt: true, description: true },
      }),
      client.find({
        collection: 'people',
        ...asReader,
        pagination: false,
        depth: 0,
        select: { slug: true, updatedAt: true },
      }),
      publishedGuideCounts(client, 'technologies'),
      publishedGuideCounts(client, 'skills'),
      sitemapComparisons(client),
    ])
    const indexed = (counts: Map<number, number>) => (doc: { id: number; description?: string | null }) =>
      !isThinTaxonomyPage(doc.description, counts.get(doc.id) ?? 0)
    return {
      guides: guides.docs.map((doc) => ({
        slug: doc.slug,
        updatedAt: doc.updatedAt,
        canonicalUrl: doc.meta?.canonicalUrl,
      })),
      technologies: technologies.docs
        .filter(indexed(technologyGuides))
        .map((doc) => ({ slug: doc.slug, updatedAt: doc.updatedAt })),
      skills: skills.docs.filter(indexed(skillGuides)).map((doc) => ({ slug: doc.slug, updatedAt: doc.updatedAt })),
      people: people.docs.map((doc) => ({ slug: doc.slug, updatedAt: doc.updatedAt })),
      comparisons,
      technologiesUpdatedAt: technologies.docs
        .map((doc) => doc.updatedAt)
        .sort()
        .at(-1),
    }
  },
  ['sitemap'],
  { tags: [cacheTags.sitemap, cacheTags.guideList, cacheTags.taxonomy, cacheTags.people] },
)

/**
 * The comparison pages the sitemap lists: each published, indexable guide's closest few comparisons
 * that share enough to be indexed (lib/compare/similarity.ts), once per pair, in canonical order.
 * One statement, whose rows are bounded by the guides (sql/closest-comparisons.ts).
 */
export async function sitemapComparisons(client: Payload): Promise<{ path: string; updatedAt: string }[]> {
  const { rows } = await drizzleOf(client).execute(closestComparisonsQuery())
  const pages = new Map<string, string>()
  for (const row of rows) {
    const overlap = { shared: Number(row.shared), sizeA: Number(row.size_a), sizeB: Number(row.size_b) }
    if (!sharesEnough(overlap)) continue
    pages.set(comparisonPath(String(row.a), String(row.b)), new Date(row.updated_at as string).toISOString())
  }
  return [...pages].map(([path, updatedAt]) => ({ path, updatedAt }))
}
