import { beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import type { Payload } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { drizzleOf } from '@/lib/db/drizzle'
import { parseGuideText } from '@/lib/import/parse-guide'
import { writeGuide } from '@/lib/import/write-guide'
import { searchGuides } from '@/lib/search/query'
import type { Pool } from 'pg'
import { documentTables } from '@/lib/seed/bulk-copy'
import { removeSyntheticGuides, SYNTHETIC_PREFIX, seedSyntheticGuides, withoutIds } from '@/lib/seed/synthetic'
import { payloadForThisFile, unique } from './payload'

const getPayload = payloadForThisFile()
let payload: Payload
let templateSlug: string
beforeAll(async () => {
  payload = getPayload()
  const { guide } = parseGuideText(fs.readFileSync('content/samples/back-end-developer-career-guide.txt', 'utf8'))
  templateSlug = unique('template-to-copy')
  await writeGuide(payload, { ...guide, slug: templateSlug }, { publish: true })
})

describe('synthetic guides for measuring at scale', () => {
  it('adds published guides shaped like the sample, with varied technologies and comments, up to a total', async () => {
    const lastMaintained = async () => {
      const { rows } = await drizzleOf(payload).execute(
        sql`SELECT last_analyze, last_vacuum FROM pg_stat_user_tables WHERE relname = 'guides'`,
      )
      const time = (value: unknown) => (value ? new Date(value as string).getTime() : 0)
      return { analyzed: time(rows[0]?.last_analyze), vacuumed: time(rows[0]?.last_vacuum) }
    }
    const before = await lastMaintained()
    expect(await seedSyntheticGuides(payload, 5, { templateSlug, commentsPerGuide: 2, concurrency: 2 })).toBe(5)
    // The planner's statistics and the new rows are taken care of as part of seeding (VACUUM ANALYZE), not left to autovacuum.
    const after = await lastMaintained()
    expect(after.analyzed).toBeGreaterThan(before.analyzed)
    expect(after.vacuumed).toBeGreaterThan(before.vacuumed)
    const { docs } = await payload.find({
      collection: 'guides',
      where: { slug: { like: SYNTHETIC_PREFIX } },
      sort: 'slug',
      depth: 0,
      pagination: false,
      overrideAccess: false,
    })
    expect(docs).toHaveLength(5)
    const template = (
      await payload.find({ collection: 'guides', where: { slug: { equals: templateSlug } }, depth: 0, limit: 1 })
    ).docs[0]!
    for (const doc of docs) {
      expect(doc._status).toBe('published')
      expect(doc.content).toHaveLength(template.content!.length)
      expect(doc.title).toMatch(/: Complete Career Guide \(2026\)$/)
    }
    expect(new Set(docs.map((doc) => doc.slug)).size).toBe(5)
    expect(new Set(docs.map((doc) => JSON.stringify(doc.technologies))).size).toBeGreaterThan(1)

    const comments = await payload.count({
      collection: 'comments',
      where: { guide: { in: docs.map((doc) => doc.id) }, status: { equals: 'approved' } },
      overrideAccess: true,
    })
    expect(comments.totalDocs).toBe(10)
    // Hooks ran: the search text is filled, so the guides are found by their role.
    expect((await searchGuides(payload, 'Data Engineer')).map((hit) => hit.slug)).toContain(
      `${SYNTHETIC_PREFIX}0-data-engineer-1`,
    )

    // A total, not an amount: asking for 5 again adds nothing, asking for 7 adds 2.
    expect(await seedSyntheticGuides(payload, 5, { templateSlug })).toBe(0)
    expect(await seedSyntheticGuides(payload, 7, { templateSlug, commentsPerGuide: 0 })).toBe(2)
  })

  it('copies the rest in SQL: blocks, relationships, versions, comments and counts as the Local API writes them', async () => {
    const indexes = async () =>
      (
        await drizzleOf(payload).execute(
          sql`SELECT indexdef FROM pg_indexes WHERE tablename LIKE '%guides%' OR tablename = 'comments' ORDER BY 1`,
        )
      ).rows.map((row) => row.indexdef)
    const before = await indexes()
    // 7 synthetic guides exist (the test above); 3 go through the Local API, numbers 7 to 19 are copies
    // of them: more than there were guides, so in one transaction that rebuilds the indexes.
    expect(
      await seedSyntheticGuides(payload, 20, { templateSlug, localGuides: 3, batchSize: 4, commentsPerGuide: 1 }),
    ).toBe(13)
    expect(await indexes()).toEqual(before)
    // Fewer than there are: batch by batch, indexes kept.
    expect(
      await seedSyntheticGuides(payload, 24, { templateSlug, localGuides: 3, batchSize: 3, commentsPerGuide: 1 }),
    ).toBe(4)
    const find = async (prefix: string) =>
      (
        await payload.find({
          collection: 'guides',
          where: { slug: { like: prefix } },
          depth: 0,
          limit: 1,
          overrideAccess: false,
        })
      ).docs[0]!
    // Copy 10 is a copy of synthetic guide 10 % 3 = 1, under its own name.
    const copy = await find(`${SYNTHETIC_PREFIX}10-`)
    const source = await find(`${SYNTHETIC_PREFIX}1-`)
    expect(copy.slug).toBe(`${SYNTHETIC_PREFIX}10-platform-engineer-1`)
    expect(copy.title).toBe('Platform Engineer 1: Complete Career Guide (2026)')
    expect(copy._status).toBe('published')
    expect(withoutIds(copy.content)).toEqual(withoutIds(source.content))
    expect(copy.technologies).toEqual(source.technologies)
    expect(withoutIds((await find(`${SYNTHETIC_PREFIX}22-`)).content)).toEqual(withoutIds(source.content))
    const blockIds = (doc: typeof copy) => doc.content!.map((block) => block.id)
    expect(new Set([...blockIds(copy), ...blockIds(source)]).size).toBe(2 * copy.content!.length)
    // Its version is the same document (blocks by the same ids), so drafts and the version history work.
    const versions = await payload.findVersions({
      collection: 'guides',
      where: { parent: { equals: copy.id } },
      depth: 0,
    })
    expect(versions.docs).toHaveLength(1)
    expect(versions.docs[0]!.version.content!.map((block) => block.id)).toEqual(blockIds(copy))
    expect(versions.docs[0]!.version.title).toBe(copy.title)
    // Found by search, counted by its technologies, with its comments.
    expect((await searchGuides(payload, 'Platform Engineer')).map((hit) => hit.slug)).toContain(copy.slug)
    const technologyId = copy.technologies![0] as number
    const { rows } = await drizzleOf(payload).execute(
      sql`SELECT count(DISTINCT parent_id)::int AS n FROM guides_rels WHERE technologies_id = ${technologyId} AND path = 'technologies'`,
    )
    const technology = await payload.findByID({ collection: 'technologies', id: technologyId, depth: 0 })
    expect(technology.guideCount).toBe(rows[0]!.n)
    const guides = await payload.find({
      collection: 'guides',
      where: { slug: { like: SYNTHETIC_PREFIX } },
      depth: 0,
      pagination: false,
      select: { publishedAt: true },
    })
    expect(guides.totalDocs).toBe(24)
    expect(new Set(guides.docs.map((doc) => doc.publishedAt!.slice(0, 7))).size).toBeGreaterThan(5)
    expect(
      (await payload.count({ collection: 'comments', where: { guide: { equals: copy.id } }, overrideAccess: true }))
        .totalDocs,
    ).toBe(1)

    // Removed in batches, with their versions and comments; the counts follow.
    expect(await removeSyntheticGuides(payload, 6)).toBe(24)
    expect(
      (await payload.count({ collection: 'guides', where: { slug: { like: SYNTHETIC_PREFIX } }, overrideAccess: true }))
        .totalDocs,
    ).toBe(0)
    const left = await drizzleOf(payload).execute(
      sql`SELECT (SELECT count(*)::int FROM _guides_v WHERE version_slug LIKE ${`${SYNTHETIC_PREFIX}%`}) AS versions,
                 (SELECT count(*)::int FROM comments WHERE guide_id IS NULL) AS comments`,
    )
    expect(left.rows[0]).toEqual({ versions: 0, comments: 0 })
    const after = await payload.findByID({ collection: 'technologies', id: technologyId, depth: 0 })
    expect(after.guideCount).toBeLessThan(technology.guideCount!)
  })

  it('copies every table of a guide the schema has, found from its foreign keys', async () => {
    const db = await (payload.db as unknown as { pool: Pool }).pool.connect()
    try {
      const copied = (await documentTables(db, 'guides')).map((table) => table.name).sort()
      const { rows } = await db.query<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables
         WHERE table_schema = current_schema() AND (table_name LIKE 'guides%' OR table_name LIKE '\\_guides\\_v%') ORDER BY 1`,
      )
      expect(copied).toEqual(rows.map((row) => row.name).sort())
      expect(copied).toEqual(
        expect.arrayContaining(['guides_blocks_faq_items', '_guides_v_blocks_faq_items', 'guides_rels']),
      )
    } finally {
      db.release()
    }
  })

  it('says what to do when the guide to copy is missing', async () => {
    await expect(seedSyntheticGuides(payload, 100, { templateSlug: 'no-such-guide' })).rejects.toThrow(
      'seed the sample content first',
    )
  })
})
