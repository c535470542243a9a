import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Guide } from '@/payload-types'
import { drizzleOf } from '@/lib/db/drizzle'

/**
 * Synthetic guides for measuring the site at scale: each is the sample guide's structure (every
 * block kind) with its own title, role, slug, publication date and a different mix of technologies,
 * so that lists, related guides, search and the sitemap do real work. Guides go through Payload's
 * Local API (hooks fill the search text and taxonomy; versions are written) a few at a time;
 * comments, plain rows, are inserted in bulk.
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
  onProgress?: (done: number, total: number) => void
}

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
    onProgress,
  } = options
  const existing = await payload.count({
    collection: 'guides',
    where: { slug: { like: SYNTHETIC_PREFIX } },
    overrideAccess: true,
  })
  const start = existing.totalDocs
  if (start >= target) return 0
  const { docs } = await payload.find({
    collection: 'guides',
    where: { slug: { equals: templateSlug } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const template = docs[0]
  if (!template)
    throw new Error(`No guide has the slug "${templateSlug}" to copy; seed the sample content first (npm run seed).`)
  const technologies = (
    await payload.find({ collection: 'technologies', depth: 0, pagination: false, overrideAccess: true, select: {} })
  ).docs.map((doc) => doc.id)

  const created: number[] = []
  let next = start
  const worker = async () => {
    while (next < target) {
      const n = next++
      const doc = await payload.create({
        collection: 'guides',
        overrideAccess: true,
        data: syntheticGuide(template, n, technologies),
      })
      created.push(doc.id)
      onProgress?.(created.length, target - start)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  if (commentsPerGuide > 0) await insertComments(payload, created, commentsPerGuide)
  // The planner's statistics, brought up to date now rather than when autovacuum gets round to it:
  // straight after seeding, a guide page is planned badly on the stale ones (docs/performance.md). VACUUM
  // too, so that autovacuum does not set about thousands of new rows while bench:scale measures.
  await drizzleOf(payload).execute(sql`VACUUM (ANALYZE)`)
  return created.length
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

/** `perGuide` comments on each guide, three of four approved, in one statement. */
async function insertComments(payload: Payload, guideIds: number[], perGuide: number) {
  for (let i = 0; i < guideIds.length; i += 5000) {
    const ids = guideIds.slice(i, i + 5000)
    await drizzleOf(payload).execute(sql`
      INSERT INTO comments (guide_id, author_name, email, body, status, created_at, updated_at)
      SELECT g.id, 'Reader ' || n, 'reader' || n || '@example.com',
        'Thanks for the guide on ' || g.role || '. Comment ' || n || ': the roadmap section helped me plan my next year.',
        (CASE WHEN n % 4 = 0 THEN 'pending' ELSE 'approved' END)::enum_comments_status,
        g.published_at + (n || ' days')::interval, now()
      FROM guides g, generate_series(1, ${perGuide}) AS n
      WHERE g.id IN (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`)
  }
}
