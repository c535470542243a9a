import { sql } from '@payloadcms/db-postgres'
import { MIN_GUIDES_TO_INDEX } from '@/lib/seo/crawling'

/**
 * The statements behind the sitemaps. Each sitemap file reads only its own rows (a range of guide
 * ids, or an offset into the few technologies, skills and people), so building one costs the same
 * however many guides there are; the summary (how many of each, where each file's guides start and
 * how new they are) reads one index entry per published guide.
 */

/** A guide the sitemap lists: published, indexable, and its own canonical page (as crawling.ts's isOwnCanonical). */
const listedGuide = (siteUrl: string) => sql`
  g._status = 'published' AND g.meta_noindex IS NOT TRUE
  AND (coalesce(g.meta_canonical_url, '') = '' OR g.meta_canonical_url = ${siteUrl} || '/guides/' || g.slug)`

/**
 * A technology or skill page worth indexing (crawling.ts's isThinTaxonomyPage, negated): a description,
 * or MIN_GUIDES_TO_INDEX published guides, counted from its index range up to that many and no further.
 */
function indexedTaxonomy(field: 'technologies' | 'skills') {
  const names =
    field === 'technologies'
      ? sql`r.path = 'technologies' AND r.technologies_id = t.id`
      : sql`r.path = 'skills' AND r.skills_id = t.id`
  return sql`(t.description ~ '\\S' OR (
    SELECT count(*) FROM (
      SELECT 1 FROM guides_rels r JOIN guides g ON g.id = r.parent_id
      WHERE ${names} AND g._status = 'published' LIMIT ${MIN_GUIDES_TO_INDEX}
    ) named) >= ${MIN_GUIDES_TO_INDEX})`
}

/**
 * The guides of each sitemap file when files hold `fileSize` URLs and `before` come first: rows of
 * `file`, `first_id`, `last_id`, `guides` and `lastmod` (the newest `updated_at`). Files are laid out over the
 * published guides, read from guides_published_sitemap_idx alone (migration
 * 20261203_100000_published_guide_indexes); the few a file leaves out (noindex, canonical elsewhere)
 * make it shorter, never longer.
 */
export function sitemapGuideChunksQuery(before: number, fileSize: number) {
  return sql`
    SELECT file, min(id) AS first_id, max(id) AS last_id, count(*)::int AS guides, max(updated_at) AS lastmod FROM (
      SELECT g.id, g.updated_at, ((row_number() OVER (ORDER BY g.id) - 1 + ${before}) / ${fileSize})::int AS file
      FROM guides g WHERE g._status = 'published'
    ) numbered GROUP BY file ORDER BY file`
}

/** How many technologies, skills and people the sitemap lists and their newest dates; and the newest technology of all. */
export function sitemapTaxonomySummaryQuery() {
  return sql`
    SELECT
      (SELECT count(*)::int FROM technologies t WHERE ${indexedTaxonomy('technologies')}) AS technologies,
      (SELECT max(updated_at) FROM technologies t WHERE ${indexedTaxonomy('technologies')}) AS technologies_lastmod,
      (SELECT max(updated_at) FROM technologies) AS technologies_listed,
      (SELECT count(*)::int FROM skills t WHERE ${indexedTaxonomy('skills')}) AS skills,
      (SELECT max(updated_at) FROM skills t WHERE ${indexedTaxonomy('skills')}) AS skills_lastmod,
      (SELECT count(*)::int FROM people) AS people,
      (SELECT max(updated_at) FROM people) AS people_lastmod`
}

/** Of the `limit` published guides from id `firstId` on, in id order, those the sitemap lists: `slug`, `updated_at`. */
export function sitemapGuidesQuery(siteUrl: string, firstId: number, limit: number) {
  return sql`
    SELECT g.slug, g.updated_at FROM (
      SELECT * FROM guides g WHERE g.id >= ${firstId} AND g._status = 'published' ORDER BY g.id LIMIT ${limit}
    ) g
    WHERE ${listedGuide(siteUrl)}
    ORDER BY g.id`
}

/** `limit` indexed technologies, skills or people after the first `offset`, in id order: `slug`, `updated_at`. */
export function sitemapOthersQuery(kind: 'technologies' | 'skills' | 'people', offset: number, limit: number) {
  const where = kind === 'people' ? sql`TRUE` : indexedTaxonomy(kind)
  return sql`
    SELECT t.slug, t.updated_at FROM ${sql.identifier(kind)} t WHERE ${where}
    ORDER BY t.id OFFSET ${offset} LIMIT ${limit}`
}
