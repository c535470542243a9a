import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Guide } from '@/payload-types'
import type { Pool } from 'pg'
import { recountAllGuidesSql } from '@/collections/hooks/countTaxonomyUse'
import { drizzleOf } from '@/lib/db/drizzle'
import {
  copyDocuments,
  createIndexes,
  documentTables,
  dropSecondaryIndexes,
  type Overrides,
  prepareSources,
} from './bulk-copy'

/**
 * Synthetic guides for measuring the site at scale: each is the sample guide's structure (every
 * block kind) with its own title, role, slug, publication date and a different mix of technologies,
 * so that lists, related guides, search and the sitemap do real work. The first few go through
 * Payload's Local API (hooks fill the search text and taxonomy; versions are written), about 30 a
 * second; the rest are SQL copies of those, rows, versions and comments, thousands a second
 * (100,000 at 30 a second took about an hour).
 */
export const SYNTHETIC_PREFIX = 'synthetic-'

const ROLES = [
  'Data Engineer',
  'Site Reliability Engineer',
  'Mobile Developer',
  'Machine Learning Engineer',
  'Security Analyst',
  'Cloud Architect',
  'QA Automation Engineer',
  'Database Administrator',
  'Game Developer',
  'Embedded Engineer',
  'Platform Engineer',
  'Solutions Architect',
  'Analytics Engineer',
  'Network Engineer',
  'Technical Writer',
  'Product Designer',
  'Blockchain Developer',
  'Firmware Engineer',
  'DevOps Engineer',
  'Full-Stack Developer',
]

/** Deterministic pseudo-random numbers, so that two runs at the same size build the same data. */
function random(seed: number) {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 4_294_967_296
  }
}

/** A document's data without the ids of its rows (blocks, array items), which a copy may not reuse. */
export function withoutIds<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutIds) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id')
        .map(([key, v]) => [key, withoutIds(v)]),
    ) as T
  }
  return value
}

export interface SyntheticOptions {
  /** The guide whose structure every synthetic guide copies. */
  templateSlug?: string
  commentsPerGuide?: number
  concurrency?: number
  /**
   * How many synthetic guides go through Payload's Local API (its hooks fill the search text,
   * taxonomy and versions); every later one is a copy of one of them made in SQL (lib/seed/bulk-copy.ts).
   */
  localGuides?: number
  /** Guides copied per SQL transaction. */
  batchSize?: number
  onProgress?: (done: number, total: number) => void
}

const syntheticNumber = (slug: string) => Number(new RegExp(`^${SYNTHETIC_PREFIX}(\\d+)-`).exec(slug)?.[1] ?? NaN)

/** Adds synthetic guides until there are `target` of them; returns how many were added. */
export async function seedSyntheticGuides(
  payload: Payload,
  target: number,
  options: SyntheticOptions = {},
): Promise<number> {
  const {
    templateSlug = 'back-end-developer-career-guide',
    commentsPerGuide = 3,
    concurrency = 4,
    localGuides = 40,
    batchSize = 2000,
    onProgress,
  } = options
  const existing = await payload.count({
    collection: 'guides',
    where: { slug: { like: SYNTHETIC_PREFIX } },
    overrideAccess: true,
  })
  const start = existing.totalDocs
  if (start >= target) return 0
  const total = target - start
  let done = 0
  const progress = (added: number) => onProgress?.((done += added), total)
  const local = Math.max(0, Math.min(target, localGuides) - start)
  if (local > 0)
    await seedThroughLocalApi(payload, start, start + local, { templateSlug, commentsPerGuide, concurrency, progress })
  if (start + local < target) {
    await copyInBulk(payload, Math.max(start, localGuides), target, {
      sources: localGuides,
      commentsPerGuide,
      batchSize,
      progress,
    })
  }
  // The planner's statistics, brought up to date now rather than when autovacuum gets round to it:
  // straight after seeding, a guide page is planned badly on the stale ones (docs/performance.md). VACUUM
  // too, so that autovacuum does not set about thousands of new rows while bench:scale measures.
  await drizzleOf(payload).execute(sql`VACUUM (ANALYZE)`)
  return total
}

async function seedThroughLocalApi(
  payload: Payload,
  from: number,
  to: number,
  options: { templateSlug: string; commentsPerGuide: number; concurrency: number; progress: (added: number) => void },
) {
  const { docs } = await payload.find({
    collection: 'guides',
    where: { slug: { equals: options.templateSlug } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const template = docs[0]
  if (!template)
    throw new Error(
      `No guide has the slug "${options.templateSlug}" to copy; seed the sample content first (npm run seed).`,
    )
  const technologies = (
    await payload.find({ collection: 'technologies', depth: 0, pagination: false, overrideAccess: true, select: {} })
  ).docs.map((doc) => doc.id)

  const created: number[] = []
  let next = from
  const worker = async () => {
    while (next < to) {
      const n = next++
      const doc = await payload.create({
        collection: 'guides',
        overrideAccess: true,
        data: syntheticGuide(template, n, technologies),
      })
      created.push(doc.id)
      options.progress(1)
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker))
  if (options.commentsPerGuide > 0) {
    await drizzleOf(payload).execute(
      sql.raw(commentsSql(options.commentsPerGuide, `g.id = ANY(ARRAY[${created.join(',')}]::integer[])`)),
    )
  }
}

/**
 * Synthetic guides `from` … `to - 1` as SQL copies of the first `sources` synthetic guides (made through the Local API) (copy n of
 * number n % sources: the same blocks and technologies, its own title, role, slug and date), in
 * transactions of `batchSize` guides with their versions and comments; then every technology's and
 * skill's guide count.
 */
async function copyInBulk(
  payload: Payload,
  from: number,
  to: number,
  options: { sources: number; commentsPerGuide: number; batchSize: number; progress: (added: number) => void },
) {
  const db = await (payload.db as unknown as { pool: Pool }).pool.connect()
  try {
    const { rows } = await db.query<{ id: number; slug: string }>(
      `SELECT id, slug FROM guides WHERE slug LIKE $1 ORDER BY id`,
      [`${SYNTHETIC_PREFIX}%`],
    )
    const byNumber = new Map(rows.map((row) => [syntheticNumber(row.slug), row.id]))
    const sources: number[] = []
    for (let n = 0; n < options.sources; n++) {
      const id = byNumber.get(n)
      if (id === undefined) throw new Error(`No synthetic guide ${SYNTHETIC_PREFIX}${n}-… to copy.`)
      sources.push(id)
    }
    const tables = await documentTables(db, 'guides')
    const plan = await prepareSources(db, tables, sources)
    // A load that more than doubles the guides is one transaction that rebuilds the indexes at the
    // end; a smaller one commits batch by batch.
    const guides = Number((await db.query(`SELECT count(*) FROM guides`)).rows[0].count)
    const whole = to - from > guides
    let indexes: string[] = []
    if (whole) {
      await db.query('BEGIN')
      indexes = await dropSecondaryIndexes(db, [...tables.map((table) => table.name), 'comments'])
    }
    try {
      for (let batch = from; batch < to; batch += options.batchSize) {
        const end = Math.min(to, batch + options.batchSize)
        if (!whole) await db.query('BEGIN')
        const { firstId } = await copyDocuments(db, plan, {
          from: batch,
          to: end,
          sources: sources.length,
          overrides: syntheticOverrides,
        })
        if (options.commentsPerGuide > 0) {
          await db.query(
            commentsSql(options.commentsPerGuide, `g.id BETWEEN ${firstId} AND ${firstId + end - batch - 1}`),
          )
        }
        if (!whole) await db.query('COMMIT')
        options.progress(end - batch)
      }
      if (whole) await createIndexes(db, indexes)
      for (const collection of ['technologies', 'skills'] as const) await db.query(recountAllGuidesSql(collection))
      if (whole) await db.query('COMMIT')
    } catch (error) {
      await db.query('ROLLBACK')
      throw error
    }
  } finally {
    db.release()
  }
}

const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`
/** The role of copy `c.n`, as syntheticGuide names it. */
const ROLE_SQL = `((ARRAY[${ROLES.map(quoted).join(', ')}])[c.n % ${ROLES.length} + 1] || ' ' || (c.n / ${ROLES.length} + 1))`
const TITLE_SQL = `(${ROLE_SQL} || ': Complete Career Guide (2026)')`

/** What a copy changes, as syntheticGuide does (the date from a hash of the number rather than its generator). */
function syntheticOverrides(table: string): Overrides {
  const fields: Overrides = {
    title: TITLE_SQL,
    role: ROLE_SQL,
    slug: `(${quoted(SYNTHETIC_PREFIX)} || c.n || '-' || regexp_replace(lower(${ROLE_SQL}), '[^a-z0-9]+', '-', 'g'))`,
    excerpt: `('What a ' || ${ROLE_SQL} || ' does, the skills and technologies the role needs, and where it leads.')`,
    published_at: `(timestamptz '2024-01-01 00:00:00+00' + (hashint4(c.n)::float8 + 2147483648) / 4294967296 * ${3 * 365 * 86_400_000} * interval '1 millisecond')`,
    meta_title: TITLE_SQL,
    meta_focus_keyword: `lower(${ROLE_SQL})`,
    updated_at: 'now()',
    created_at: 'now()',
  }
  if (table === 'guides') return fields
  if (table === '_guides_v') {
    return {
      ...Object.fromEntries(Object.entries(fields).map(([column, value]) => [`version_${column}`, value])),
      created_at: 'now()',
      updated_at: 'now()',
    }
  }
  return {}
}

function syntheticGuide(template: Guide, n: number, technologies: number[]) {
  const rand = random(n + 1)
  const role = `${ROLES[n % ROLES.length]} ${Math.floor(n / ROLES.length) + 1}`
  const pick = (count: number) => [...technologies].sort(() => rand() - 0.5).slice(0, count)
  const { createdAt: _created, updatedAt: _updated, ...data } = withoutIds(template)
  const content = (data.content ?? []).map((block) =>
    block.blockType === 'technologyGroup' ? { ...block, technologies: pick(2 + Math.floor(rand() * 5)) } : block,
  )
  const publishedAt = new Date(Date.UTC(2024, 0, 1) + Math.floor(rand() * 3 * 365 * 86_400_000)).toISOString()
  return {
    ...data,
    title: `${role}: Complete Career Guide (2026)`,
    role,
    slug: `${SYNTHETIC_PREFIX}${n}-${role.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    excerpt: `What a ${role} does, the skills and technologies the role needs, and where it leads.`,
    content,
    publishedAt,
    meta: { ...data.meta, title: `${role}: Complete Career Guide (2026)`, focusKeyword: role.toLowerCase() },
    _status: 'published' as const,
  }
}

/** `perGuide` comments on each guide matching `where` (over `guides g`), three of four approved, in one statement. */
function commentsSql(perGuide: number, where: string): string {
  return `
    INSERT INTO comments (guide_id, author_name, email, body, status, created_at, updated_at)
    SELECT g.id, 'Reader ' || n, 'reader' || n || '@example.com',
      'Thanks for the guide on ' || g.role || '. Comment ' || n || ': the roadmap section helped me plan my next year.',
      (CASE WHEN n % 4 = 0 THEN 'pending' ELSE 'approved' END)::enum_comments_status,
      g.published_at + (n || ' days')::interval, now()
    FROM guides g, generate_series(1, ${Math.trunc(perGuide)}) AS n
    WHERE ${where}`
}

/**
 * Deletes every synthetic guide, `batchSize` at a time in SQL (their versions and comments with them;
 * blocks, arrays and relationships go by cascade), then recounts technologies and skills: Payload's
 * own delete loads every matching guide at once and runs its hooks for each.
 */
export async function removeSyntheticGuides(payload: Payload, batchSize = 2000): Promise<number> {
  const db = await (payload.db as unknown as { pool: Pool }).pool.connect()
  let removed = 0
  try {
    for (;;) {
      const { rowCount } = await db.query(
        `WITH batch AS (SELECT id FROM guides WHERE slug LIKE $1 ORDER BY id LIMIT $2),
           versions AS (DELETE FROM _guides_v WHERE parent_id IN (SELECT id FROM batch)),
           guide_comments AS (DELETE FROM comments WHERE guide_id IN (SELECT id FROM batch))
         DELETE FROM guides WHERE id IN (SELECT id FROM batch)`,
        [`${SYNTHETIC_PREFIX}%`, batchSize],
      )
      if (!rowCount) break
      removed += rowCount
    }
    for (const collection of ['technologies', 'skills'] as const) await db.query(recountAllGuidesSql(collection))
  } finally {
    db.release()
  }
  return removed
}
