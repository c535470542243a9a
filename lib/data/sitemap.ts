import { unstable_cache } from 'next/cache'
import type { Payload, Where } from 'payload'
import { cacheTags } from '@/lib/cache/tags'
import { drizzleOf } from '@/lib/db/drizzle'
import { isThinTaxonomyPage, type SitemapSource } from '@/lib/seo/crawling'
import { asReader, payloadClient, published } from './payload'
import { publishedGuideCountsQuery, type TaxonomyField } from './sql/taxonomy-guides'

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
    const [guides, technologies, skills, people, technologyGuides, skillGuides] = await Promise.all([
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
      technologiesUpdatedAt: technologies.docs
        .map((doc) => doc.updatedAt)
        .sort()
        .at(-1),
    }
  },
  ['sitemap'],
  { tags: [cacheTags.sitemap, cacheTags.guideList, cacheTags.taxonomy, cacheTags.people] },
)
