import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { drizzleOf } from '@/lib/db/drizzle'
import { publishedGuideCountQuery, publishedGuideIdsQuery, type RequiredTaxonomy } from '@/lib/data/sql/guide-list'
import { payloadForThisFile, unique } from './payload'
import { guideData, technologyData, technologyGroupBlock } from '@/tests/support/data'

const getPayload = payloadForThisFile()
let payload: Payload
let required: RequiredTaxonomy[]
/** The published guides naming the technology, as /guides lists them: newest first, ties by id. */
let expected: string[]

beforeAll(async () => {
  payload = getPayload()
  const technology = await payload.create({
    collection: 'technologies',
    data: technologyData({ name: unique('List order'), category: 'devops-tool' }),
  })
  required = [{ field: 'technologies', ids: [technology.id] }]
  // Seven published guides (two on the same day, which the id orders) and a draft, in no order of date.
  const days = [5, 1, 7, 3, 3, 6, 2]
  const created: { slug: string; id: number; day: number }[] = []
  for (const [i, day] of days.entries()) {
    const guide = await payload.create({
      collection: 'guides',
      data: guideData({
        title: unique(`Listed ${i}`),
        _status: 'published',
        publishedAt: new Date(Date.UTC(2025, 0, day)).toISOString(),
        content: [technologyGroupBlock([technology.id])],
      }),
    })
    created.push({ slug: guide.slug!, id: guide.id, day })
  }
  await payload.create({
    collection: 'guides',
    data: guideData({ title: unique('Draft'), _status: 'draft', content: [technologyGroupBlock([technology.id])] }),
  })
  expected = created.sort((a, b) => b.day - a.day || b.id - a.id).map((guide) => guide.slug)
})

async function listPage(required: RequiredTaxonomy[], offset: number, limit: number) {
  const db = drizzleOf(payload)
  const total = Number((await db.execute(publishedGuideCountQuery(required))).rows[0]!.guides)
  const { rows } = await db.execute(publishedGuideIdsQuery(required, offset, limit, total))
  return { total, slugs: rows.map((row) => String(row.slug)) }
}

describe('a page of the published guides', () => {
  it('counts the published guides only', async () => {
    expect((await listPage(required, 0, 2)).total).toBe(7)
  })

  it.each([2, 3, 7])(
    'in pages of %i: newest first, every guide once, the later pages counted from the oldest end',
    async (size) => {
      const slugs: string[] = []
      for (let offset = 0; offset < 7; offset += size) {
        const page = await listPage(required, offset, size)
        expect(page.slugs.length).toBe(Math.min(size, 7 - offset))
        slugs.push(...page.slugs)
      }
      expect(slugs).toEqual(expected)
    },
  )

  it('lists every published guide without a filter, as Payload sorts them', async () => {
    const all = await payload.find({
      collection: 'guides',
      where: { _status: { equals: 'published' } },
      sort: ['-publishedAt', '-id'],
      depth: 0,
      pagination: false,
      select: { slug: true },
    })
    const { total } = await listPage([], 0, 1)
    expect(total).toBe(all.totalDocs)
    const last = Math.floor((total - 1) / 5) * 5
    expect((await listPage([], last, 5)).slugs).toEqual(all.docs.slice(last).map((doc) => doc.slug))
    expect((await listPage([], 0, 5)).slugs).toEqual(all.docs.slice(0, 5).map((doc) => doc.slug))
  })
})
