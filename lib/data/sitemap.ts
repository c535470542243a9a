import { unstable_cache } from 'next/cache'
import { cacheTags } from '@/lib/cache/tags'
import { drizzleOf } from '@/lib/db/drizzle'
import { LIST_PAGES, listPageDates, type ListPageDates } from '@/lib/seo/crawling'
import { SITEMAP_FILE_URLS, sitemapSlices, type SitemapCounts, type SitemapSegment } from '@/lib/seo/sitemap-xml'
import { comparisonPath } from '@/lib/compare/pair'
import { sharesEnough } from '@/lib/compare/similarity'
import { payloadClient } from './payload'
import { COMPARISONS_PER_GUIDE, closestComparisonsQuery, type GuideIdRange } from './sql/closest-comparisons'
import {
  sitemapGuideChunksQuery,
  sitemapGuidesQuery,
  sitemapOthersQuery,
  sitemapTaxonomySummaryQuery,
} from './sql/sitemap'

const SITEMAP_TAGS = [cacheTags.sitemap, cacheTags.guideList, cacheTags.taxonomy, cacheTags.people]

const isoDate = (value: unknown) => (value ? new Date(value as string).toISOString() : undefined)

/** What the index and every file need to know of the whole site, without any list of its guides. */
export interface SitemapSummary {
  counts: SitemapCounts
  listDates: ListPageDates
  /** Per sitemap file with guides in it: the first guide's id and the newest guide's date. */
  guideFiles: { file: number; firstId: number; lastmod?: string }[]
  /** The newest date of each other segment. */
  lastmods: Partial<Record<SitemapSegment, string>>
  /**
   * The ranges of published guide ids whose comparisons each comparison file lists, when the site
   * needs more than one file: COMPARISON_GUIDES_PER_FILE guides, at most COMPARISONS_PER_GUIDE each.
   */
  comparisonRanges: GuideIdRange[]
  /** At most how many comparison pages there are: COMPARISONS_PER_GUIDE per published guide. */
  comparisonsAtMost: number
}

/** Guides per comparison file: at most COMPARISONS_PER_GUIDE comparisons each keeps a file within SITEMAP_FILE_URLS. */
export const COMPARISON_GUIDES_PER_FILE = Math.floor(SITEMAP_FILE_URLS / COMPARISONS_PER_GUIDE)

/** Two statements however large the site: one row per sitemap file of guides, one of the rest. */
export const getSitemapSummary = unstable_cache(
  async (): Promise<SitemapSummary> => {
    const db = drizzleOf(await payloadClient())
    const [chunks, others, comparisonChunks] = await Promise.all([
      db.execute(sitemapGuideChunksQuery(LIST_PAGES, SITEMAP_FILE_URLS)),
      db.execute(sitemapTaxonomySummaryQuery()),
      db.execute(sitemapGuideChunksQuery(0, COMPARISON_GUIDES_PER_FILE)),
    ])
    const guideFiles = chunks.rows.map((row) => ({
      file: Number(row.file),
      firstId: Number(row.first_id),
      guides: Number(row.guides),
      lastmod: isoDate(row.lastmod),
    }))
    const rest = others.rows[0]!
    const newestGuide = guideFiles
      .map((chunk) => chunk.lastmod)
      .filter(Boolean)
      .sort()
      .at(-1)
    const lastmods = {
      technologies: isoDate(rest.technologies_lastmod),
      skills: isoDate(rest.skills_lastmod),
      people: isoDate(rest.people_lastmod),
    }
    return {
      counts: {
        lists: LIST_PAGES,
        guides: guideFiles.reduce((sum, chunk) => sum + chunk.guides, 0),
        technologies: Number(rest.technologies),
        skills: Number(rest.skills),
        people: Number(rest.people),
      },
      listDates: listPageDates({
        guide: newestGuide,
        technology: isoDate(rest.technologies_listed),
        skill: lastmods.skills,
      }),
      guideFiles: guideFiles.map(({ file, firstId, lastmod }) => ({ file, firstId, lastmod })),
      lastmods,
      comparisonRanges: comparisonChunks.rows.map((row) => ({
        fromId: Number(row.first_id),
        toId: Number(row.last_id),
      })),
      comparisonsAtMost: COMPARISONS_PER_GUIDE * guideFiles.reduce((sum, chunk) => sum + chunk.guides, 0),
    }
  },
  ['sitemap-summary'],
  { tags: SITEMAP_TAGS },
)

type Dated = { slug: string; updatedAt: string }

/** What one sitemap file lists, beyond the list pages (file 0 starts with them). */
export type SitemapFileRows = Partial<Record<Exclude<SitemapSegment, 'lists'>, Dated[]>>

const dated = (rows: Record<string, unknown>[]): Dated[] =>
  rows.map((row) => ({ slug: String(row.slug), updatedAt: isoDate(row.updated_at)! }))

/**
 * The rows of sitemap file `file`: at most SITEMAP_FILE_URLS, read with one statement per segment it
 * spans (guides from the first id of the file on), cached per file.
 */
export const getSitemapFileRows = unstable_cache(
  async (siteUrl: string, file: number): Promise<SitemapFileRows> => {
    const summary = await getSitemapSummary()
    const db = drizzleOf(await payloadClient())
    const rows: SitemapFileRows = {}
    await Promise.all(
      sitemapSlices(summary.counts, file).map(async ({ segment, offset, limit }) => {
        if (segment === 'lists') return
        if (segment === 'guides') {
          const firstId = summary.guideFiles.find((chunk) => chunk.file === file)?.firstId ?? 0
          rows.guides = dated((await db.execute(sitemapGuidesQuery(siteUrl, firstId, limit))).rows)
        } else {
          rows[segment] = dated((await db.execute(sitemapOthersQuery(segment, offset, limit))).rows)
        }
      }),
    )
    return rows
  },
  ['sitemap-file'],
  { tags: SITEMAP_TAGS },
)

/**
 * The comparison pages the sitemap lists: the closest few comparisons of each published, indexable
 * guide (of those in `range`, or of all), that share enough to be indexed (lib/compare/similarity.ts),
 * once per pair, in canonical order. One statement, whose rows are bounded by the guides
 * (sql/closest-comparisons.ts); cached per range.
 */
export const getSitemapComparisons = unstable_cache(
  async (range?: GuideIdRange): Promise<{ path: string; updatedAt: string }[]> => {
    const { rows } = await drizzleOf(await payloadClient()).execute(closestComparisonsQuery({ range }))
    const pages = new Map<string, string>()
    for (const row of rows) {
      const overlap = { shared: Number(row.shared), sizeA: Number(row.size_a), sizeB: Number(row.size_b) }
      if (!sharesEnough(overlap)) continue
      pages.set(comparisonPath(String(row.a), String(row.b)), isoDate(row.updated_at)!)
    }
    return [...pages].map(([path, updatedAt]) => ({ path, updatedAt }))
  },
  ['sitemap-comparisons'],
  { tags: SITEMAP_TAGS },
)
