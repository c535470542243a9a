import { sql } from '@payloadcms/db-postgres'
import { summaryColumns } from './guide-summary'

export type TaxonomyField = 'technologies' | 'skills'

/**
 * The newest `limit` published guides that name a technology or skill: one statement that walks the
 * newest guides (guides_published_at_idx, backwards: hence no NULLS LAST) and stops after `limit`, so
 * its cost does not grow with the number of guides (Payload's relationship filter joins,
 * de-duplicates and counts every match, which grows with the site: docs/performance.md). Only published guides
 * are read, as for an anonymous reader.
 */
export function guidesReferencingQuery(field: TaxonomyField, id: number, limit: number) {
  // Literal paths, so that PostgreSQL can use the partial index of each (guides_rels_technology_guide_idx).
  const names =
    field === 'technologies'
      ? sql`r.path = 'technologies' AND r.technologies_id = ${id}`
      : sql`r.path = 'skills' AND r.skills_id = ${id}`
  return sql`
    SELECT ${summaryColumns} FROM guides g
    WHERE g._status = 'published'
      AND EXISTS (SELECT 1 FROM guides_rels r WHERE r.parent_id = g.id AND ${names})
    ORDER BY g.published_at DESC, g.id DESC
    LIMIT ${limit}`
}

/** How many published guides name each technology or skill: rows of `id` and `guides`, one grouped statement over guides_rels. */
export function publishedGuideCountsQuery(field: TaxonomyField) {
  const column = field === 'technologies' ? sql`r.technologies_id` : sql`r.skills_id`
  return sql`
    SELECT ${column} AS id, count(DISTINCT g.id) AS guides FROM guides_rels r JOIN guides g ON g.id = r.parent_id
    WHERE g._status = 'published' AND r.path = ${field} AND ${column} IS NOT NULL
    GROUP BY 1`
}

/** How many of the newest published guides "browse by technology" counts over: all of them on most sites. */
export const POPULAR_TECHNOLOGIES_SAMPLE = 2000

/**
 * The technologies the newest `sample` published guides name most, most first (ties by name): `limit`
 * rows of the technology's id, name, slug, category, abbreviation and `guides` (of the sample). The
 * sample keeps the home page's "browse by technology" one bounded statement however many guides there
 * are (counting every guide's technologies took seconds at 100,000: docs/performance.md).
 */
export function popularTechnologiesQuery(limit: number, sample = POPULAR_TECHNOLOGIES_SAMPLE) {
  return sql`
    WITH recent AS (
      SELECT g.id FROM guides g WHERE g._status = 'published'
      ORDER BY g.published_at DESC, g.id DESC LIMIT ${sample}
    ),
    -- Counted by id from the index alone (guides_rels_guide_technology_idx), then named: joining the
    -- technologies first sorted every relationship row of the sample (docs/performance.md).
    counted AS (
      SELECT r.technologies_id AS id, count(DISTINCT r.parent_id) AS guides
      FROM recent JOIN guides_rels r ON r.parent_id = recent.id AND r.path = 'technologies'
      GROUP BY r.technologies_id
    )
    SELECT t.id, t.name, t.slug, t.category, t.abbreviation, counted.guides
    FROM counted JOIN technologies t ON t.id = counted.id
    ORDER BY counted.guides DESC, t.name
    LIMIT ${limit}`
}
