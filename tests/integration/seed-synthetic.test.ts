import { beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import type { Payload } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { drizzleOf } from '@/lib/db/drizzle'
import { parseGuideText } from '@/lib/import/parse-guide'
import { writeGuide } from '@/lib/import/write-guide'
import { searchGuides } from '@/lib/search/query'
import { SYNTHETIC_PREFIX, seedSyntheticGuides } from '@/lib/seed/synthetic'
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

  it('says what to do when the guide to copy is missing', async () => {
    await expect(seedSyntheticGuides(payload, 100, { templateSlug: 'no-such-guide' })).rejects.toThrow(
      'seed the sample content first',
    )
  })
})
