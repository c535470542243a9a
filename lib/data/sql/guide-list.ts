import { sql } from '@payloadcms/db-postgres'

/** A list filter: the guide's top-level technologies (or skills) include one of these ids. */
export interface RequiredTaxonomy {
  field: 'technologies' | 'skills'
  ids: number[]
}

function listed(required: RequiredTaxonomy[]) {
  const conditions = required.map(({ field, ids: list }) => {
    const ids = sql`ARRAY[${sql.join(
      list.map((id) => sql`${id}`),
      sql`, `,
    )}]::integer[]`
    const names =
      field === 'technologies'
        ? sql`r.path = 'technologies' AND r.technologies_id = ANY(${ids})`
        : sql`r.path = 'skills' AND r.skills_id = ANY(${ids})`
    return sql`EXISTS (SELECT 1 FROM guides_rels r WHERE r.parent_id = g.id AND ${names})`
  })
  return sql.join([sql`g._status = 'published'`, ...conditions], sql` AND `)
}

/** How many published guides the list has (of the unfiltered list, from guides_published_list_idx alone). */
export function publishedGuideCountQuery(required: RequiredTaxonomy[]) {
  return sql`SELECT count(*)::int AS guides FROM guides g WHERE ${listed(required)}`
}

/**
 * The ids and slugs of one page of the published guides, newest first (ties by id), guides
 * `offset` … `offset + limit - 1`. The ids are found from guides_published_list_idx alone (migration
 * 20261203_100000_published_guide_indexes), and only the page's rows read; a page in the older half is counted from the oldest end, so the last
 * page skips no rows at all. Payload's find sorted every published guide (an external merge on disk at
 * 50,000) to skip all but 24: 200 ms and more for the last page, growing with the guides.
 */
export function publishedGuideIdsQuery(required: RequiredTaxonomy[], offset: number, limit: number, total: number) {
  const fromEnd = offset > total / 2
  const ids = fromEnd
    ? sql`SELECT g.id FROM guides g WHERE ${listed(required)} ORDER BY g.published_at ASC, g.id ASC
          LIMIT ${Math.max(0, Math.min(limit, total - offset))} OFFSET ${Math.max(0, total - offset - limit)}`
    : sql`SELECT g.id FROM guides g WHERE ${listed(required)} ORDER BY g.published_at DESC, g.id DESC
          LIMIT ${limit} OFFSET ${offset}`
  return sql`
    SELECT g.id, g.slug FROM guides g WHERE g.id = ANY(ARRAY(${ids}))
    ORDER BY g.published_at DESC, g.id DESC`
}
