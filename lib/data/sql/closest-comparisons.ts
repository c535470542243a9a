import { sql } from '@payloadcms/db-postgres'
import { MIN_CONTAINED, MIN_SHARED, MIN_SHARED_CONTAINED, MIN_SIMILARITY } from '@/lib/compare/similarity'

/**
 * How many of the newest guides naming each of a guide's technologies and skills are its candidates
 * for comparison, and how many of the closest candidates are kept per guide: the sitemap lists at
 * most COMPARISONS_PER_GUIDE comparisons per guide, and the statement reads at most
 * COMPARISON_CANDIDATES_PER_ITEM index entries per technology or skill of each guide, so its cost
 * grows with the number of guides, not with its square.
 */
export const COMPARISON_CANDIDATES_PER_ITEM = 12
export const COMPARISONS_PER_GUIDE = 3

/** Published guides by id, `fromId` to `toId` inclusive: the guides one comparison sitemap file is about. */
export interface GuideIdRange {
  fromId: number
  toId: number
}

/**
 * The statement behind getSitemapComparisons: for each published, indexable guide (of `range`, or all), its closest
 * COMPARISONS_PER_GUIDE other such guides, those that share enough first, then by the Jaccard index of their technologies and skills,
 * as rows of `a`, `b` (slugs), `shared`, `size_a`, `size_b` and `updated_at` (the later of the two).
 * `shared` counts only what the capped candidate lists saw, so it never overstates an overlap: a pair
 * the sitemap lists is always one whose page is indexed (lib/compare/similarity.ts decides, in code).
 */
export function closestComparisonsQuery({
  candidatesPerItem = COMPARISON_CANDIDATES_PER_ITEM,
  perGuide = COMPARISONS_PER_GUIDE,
  range,
}: { candidatesPerItem?: number; perGuide?: number; range?: GuideIdRange } = {}) {
  const named = sql`(r.path = 'technologies' AND r.technologies_id IS NOT NULL) OR (r.path = 'skills' AND r.skills_id IS NOT NULL)`
  const inRange = range ? sql`r.parent_id BETWEEN ${range.fromId} AND ${range.toId}` : sql`TRUE`
  // sharesEnough (lib/compare/similarity.ts) in SQL, from its constants: pairs that share enough rank first,
  // so that one kept for its containment is not pushed out by closer-by-Jaccard pairs that share too little.
  const sharesEnoughSql = sql`(
    (c.shared >= ${MIN_SHARED} AND c.shared::float8 / (sa.size + sb.size - c.shared) >= ${MIN_SIMILARITY})
    OR (c.shared >= ${MIN_SHARED_CONTAINED} AND c.shared::float8 / least(sa.size, sb.size) >= ${MIN_CONTAINED}))`
  const listed = (alias: ReturnType<typeof sql.raw>) =>
    sql`${alias}._status = 'published' AND ${alias}.meta_noindex IS NOT TRUE`
  // Literal paths, so that PostgreSQL uses each partial index (guides_rels_technology_guide_idx, guides_rels_skill_guide_idx).
  // Guides are joined by id (their primary key), never scanned whole: at 100,000 guides a scan of them all, and of
  // every guide's technologies to size the few involved, took most of a comparison file's 2 s.
  return sql`
    WITH items AS (
      SELECT r.parent_id AS guide, r.path, coalesce(r.technologies_id, r.skills_id) AS item
      FROM guides_rels r JOIN guides g ON g.id = r.parent_id
      WHERE (${named}) AND ${inRange} AND ${listed(sql.raw('g'))}
    ), candidates AS (
      SELECT i.guide, c.other, count(*) AS shared FROM items i
      CROSS JOIN LATERAL (
        (SELECT r.parent_id AS other FROM guides_rels r
          WHERE i.path = 'technologies' AND r.path = 'technologies' AND r.technologies_id = i.item AND r.parent_id <> i.guide
          ORDER BY r.parent_id DESC LIMIT ${candidatesPerItem})
        UNION ALL
        (SELECT r.parent_id AS other FROM guides_rels r
          WHERE i.path = 'skills' AND r.path = 'skills' AND r.skills_id = i.item AND r.parent_id <> i.guide
          ORDER BY r.parent_id DESC LIMIT ${candidatesPerItem})
      ) c
      GROUP BY i.guide, c.other
    ), involved AS (
      SELECT guide FROM items UNION SELECT other FROM candidates
    ), sizes AS (
      -- How many technologies and skills each guide of the range and each candidate names, from its own rows.
      SELECT v.guide, (SELECT count(*) FROM guides_rels r WHERE r.parent_id = v.guide AND (${named})) AS size
      FROM involved v
    ), ranked AS (
      SELECT c.guide, c.other, c.shared, sa.size AS size_a, sb.size AS size_b,
        row_number() OVER (PARTITION BY c.guide
          ORDER BY ${sharesEnoughSql} DESC, c.shared::float8 / (sa.size + sb.size - c.shared) DESC, c.shared DESC, c.other) AS rank
      FROM candidates c JOIN sizes sa ON sa.guide = c.guide JOIN sizes sb ON sb.guide = c.other
      -- Only candidates that are listed themselves are ranked, so that a guide keeps its closest listed ones.
      JOIN guides o ON o.id = c.other AND ${listed(sql.raw('o'))}
    )
    SELECT ga.slug AS a, gb.slug AS b, r.shared, r.size_a, r.size_b, greatest(ga.updated_at, gb.updated_at) AS updated_at
    FROM ranked r JOIN guides ga ON ga.id = r.guide JOIN guides gb ON gb.id = r.other
    WHERE r.rank <= ${perGuide}`
}
