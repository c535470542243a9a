import { sql } from '@payloadcms/db-postgres'
import type { Payload, TypedUser } from 'payload'
import { hasRole } from '@/collections/access'
import { drizzleOf } from '@/lib/db/drizzle'
import {
  TITLE_YEAR_PATTERNS,
  oldestCurrentFigureYear,
  pastYearPattern,
  reviewAgeDays,
  reviewCutoff,
  reviewReasons,
  type ReviewReason,
} from '@/lib/seo/freshness'

/** How many guides the dashboard lists; the total says how many more there are. */
export const NEEDS_REVIEW_LIMIT = 20

export interface NeedsReviewGuide {
  id: number
  title: string
  ageDays: number
  reasons: ReviewReason[]
}

export interface NeedsReview {
  guides: NeedsReviewGuide[]
  total: number
}

/**
 * The published guides whose facts need checking (lib/seo/freshness.ts says why), oldest first: one
 * statement finds and orders them in PostgreSQL, so the list costs the same at 100,000 guides, then
 * the page of them is read through Payload with the user's own access and its reasons worked out by
 * reviewReasons. The statement repeats reviewReasons' rules in SQL with the same cut-offs and title
 * patterns; an author's list holds the guides they write, as the rest of the dashboard does.
 */
export async function needsReview(
  payload: Payload,
  user: TypedUser,
  { now = new Date(), limit = NEEDS_REVIEW_LIMIT }: { now?: Date; limit?: number } = {},
): Promise<NeedsReview> {
  const rows = await drizzleOf(payload).execute(needsReviewQuery({ now, limit, authorId: ownGuidesOnly(user) }))
  const ids = rows.rows.map((row) => Number(row.id))
  const total = Number(rows.rows[0]?.total ?? 0)
  if (!ids.length) return { guides: [], total }
  const { docs } = await payload.find({
    collection: 'guides',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: {
      title: true,
      reviewer: true,
      lastReviewedAt: true,
      publishedAt: true,
      createdAt: true,
      quickFacts: true,
      content: true,
    },
    user,
    overrideAccess: false,
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  const guides = ids.flatMap((id) => {
    const doc = byId.get(id)
    if (!doc) return []
    return [
      { id, title: doc.title || 'Untitled guide', ageDays: reviewAgeDays(doc, now), reasons: reviewReasons(doc, now) },
    ]
  })
  return { guides, total }
}

/** Editors and admins review every guide; an author sees their own (the id to filter on), as in editorToDo. */
const ownGuidesOnly = (user: TypedUser): number | null =>
  hasRole({ user }, 'admin', 'editor') ? null : Number(user.id)

/** The statement behind needsReview: the ids of the first `limit` guides needing review, oldest first, and how many there are. */
// The salary rows as one hashed set (IN) and the title as one regular expression (~) keep the
// planner's estimate low: as a correlated EXISTS per guide they made it JIT-compile the statement,
// 2.1 s instead of 0.9 s at 100,000 guides (docs/content.md, Needs review).
export function needsReviewQuery({ now, limit, authorId }: { now: Date; limit: number; authorId: number | null }) {
  const oldest = oldestCurrentFigureYear(now)
  const title = sql`regexp_replace(regexp_replace(g.title, ${TITLE_YEAR_PATTERNS.fullRange}, '\\1', 'g'), ${TITLE_YEAR_PATTERNS.shortRange}, '\\1\\2', 'g')`
  const mine = authorId === null ? sql`true` : sql`g.author_id = ${authorId}`
  return sql`
    SELECT g.id, count(*) OVER () AS total
    FROM guides g
    WHERE g._status = 'published' AND ${mine} AND (
      g.last_reviewed_at IS NULL OR g.last_reviewed_at < ${reviewCutoff(now).toISOString()}::timestamptz
      OR g.reviewer_id IS NULL
      OR g.quick_facts_median_pay_year < ${oldest}
      OR g.quick_facts_jobs_year < ${oldest}
      OR g.quick_facts_outlook_from_year < ${oldest}
      OR g.id IN (SELECT s._parent_id FROM guides_blocks_salary s JOIN guides_blocks_salary_rows r ON r._parent_id = s.id
        WHERE r.year < ${oldest})
      OR ${title} ~ ${pastYearPattern(now)}
    )
    ORDER BY coalesce(g.last_reviewed_at, g.published_at, g.created_at) ASC, g.id ASC
    LIMIT ${limit}`
}
