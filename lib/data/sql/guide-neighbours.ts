import { sql } from '@payloadcms/db-postgres'
import type { Guide } from '@/payload-types'
import { summaryColumns } from './guide-summary'

/**
 * How many of the newest guides naming each of a guide's technologies are considered for its related
 * guides. Below this many guides per technology the ranking is exact; above it, an older guide can
 * only be related through a technology few newer guides name.
 */
export const RELATED_CANDIDATES_PER_TECHNOLOGY = 50

export type NeighbourOf = Pick<Guide, 'id' | 'publishedAt'> & {
  technologyIds: number[]
  /** For the overlap of related guides (`shared_all`, `size`): what a comparison's similarity is made of. */
  skillIds?: number[]
}

/**
 * The statement behind getGuideNeighbours: rows with `link` 'previous', 'next' or 'related' (exported
 * so that a test can run it with a smaller candidate cap). Related rows also carry `shared_all`, the
 * technologies and skills they share with the guide, and `size`, how many they name: the guide page's
 * "Compare with" (lib/compare/similarity.ts) comes from them, without a statement of its own.
 */
export function guideNeighboursQuery(
  guide: NeighbourOf,
  { relatedCount = 4, candidatesPerTechnology = RELATED_CANDIDATES_PER_TECHNOLOGY } = {},
) {
  const columns = summaryColumns
  const others = sql`g._status = 'published' AND g.id <> ${guide.id}`
  const adjacent = guide.publishedAt
    ? sql`
      (SELECT 'previous' AS link, ${columns}, 0 AS shared, 0 AS shared_all, 0 AS size FROM guides g
        WHERE ${others} AND g.published_at < ${guide.publishedAt} ORDER BY g.published_at DESC, g.id DESC LIMIT 1)
      UNION ALL
      (SELECT 'next' AS link, ${columns}, 0 AS shared, 0 AS shared_all, 0 AS size FROM guides g
        WHERE ${others} AND g.published_at > ${guide.publishedAt} ORDER BY g.published_at ASC, g.id ASC LIMIT 1)`
    : sql`(SELECT NULL AS link, ${columns}, 0 AS shared, 0 AS shared_all, 0 AS size FROM guides g WHERE false)`
  const technologies = sql.join(
    (guide.technologyIds.length ? guide.technologyIds : [0]).map((id) => sql`${id}`),
    sql`, `,
  )
  const skills = sql.join(
    (guide.skillIds?.length ? guide.skillIds : [0]).map((id) => sql`${id}`),
    sql`, `,
  )
  // Candidates are the newest few guides of each technology (one index range each,
  // guides_rels_technology_guide_idx), ranked by all they share: counting over every guide that
  // shares a technology read 218,000 rows at 10,000 guides.
  return sql`
    ${adjacent}
    UNION ALL
    (SELECT 'related' AS link, ${columns}, shared.count AS shared, overlap.shared_all, overlap.size
      FROM (SELECT DISTINCT newest.parent_id AS id FROM unnest(ARRAY[${technologies}]::int[]) AS technology(id)
        CROSS JOIN LATERAL (SELECT r.parent_id FROM guides_rels r
          WHERE r.path = 'technologies' AND r.technologies_id = technology.id AND r.parent_id <> ${guide.id}
          ORDER BY r.parent_id DESC LIMIT ${candidatesPerTechnology}) newest) candidate
      JOIN guides g ON g.id = candidate.id
      CROSS JOIN LATERAL (SELECT count(*) FROM guides_rels r
        WHERE r.parent_id = g.id AND r.path = 'technologies' AND r.technologies_id IN (${technologies})) shared
      CROSS JOIN LATERAL (SELECT
          count(*) FILTER (WHERE (r.path = 'technologies' AND r.technologies_id IN (${technologies}))
            OR (r.path = 'skills' AND r.skills_id IN (${skills}))) AS shared_all,
          count(*) AS size
        FROM guides_rels r WHERE r.parent_id = g.id
          AND ((r.path = 'technologies' AND r.technologies_id IS NOT NULL) OR (r.path = 'skills' AND r.skills_id IS NOT NULL))) overlap
      WHERE ${others} ORDER BY shared.count DESC, g.title ASC LIMIT ${relatedCount})`
}
