import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { popularTechnologies } from '@/lib/data/taxonomy'
import { popularTechnologiesQuery } from '@/lib/data/sql/taxonomy-guides'
import { drizzleOf } from '@/lib/db/drizzle'
import { payloadForThisFile, unique } from './payload'
import { guideData, technologyData, technologyGroupBlock } from '@/tests/support/data'

const getPayload = payloadForThisFile()
let payload: Payload
let often: number, once: number, onlyInDrafts: number

const guideNaming = (technologies: number[], status: 'published' | 'draft') =>
  payload.create({
    collection: 'guides',
    data: guideData({
      title: unique('Popular tester'),
      role: 'Popular tester',
      _status: status,
      content: [technologyGroupBlock(technologies, { category: 'devops-tool' })],
    }),
  })

beforeAll(async () => {
  payload = getPayload()
  const technology = async (name: string) =>
    (
      await payload.create({
        collection: 'technologies',
        data: technologyData({ name: unique(name), category: 'devops-tool' }),
      })
    ).id
  ;[often, once, onlyInDrafts] = [await technology('Often'), await technology('Once'), await technology('Drafts')]
  await guideNaming([often, once], 'published')
  await guideNaming([often], 'published')
  await guideNaming([often, onlyInDrafts], 'draft')
  await guideNaming([once, onlyInDrafts], 'draft')
})

describe('popular technologies', () => {
  it('counts the published guides naming each technology, most first, and never drafts', async () => {
    // Other files' technologies share the database: only this file's are looked at.
    const mine = (await popularTechnologies(10_000)).filter((t) => [often, once, onlyInDrafts].includes(t.id))
    expect(mine.map((t) => [t.id, t.guides])).toEqual([
      [often, 2],
      [once, 1],
    ])
    expect(mine[0]).toMatchObject({ category: 'devops-tool', abbreviation: null, slug: expect.any(String) })
  })

  it('counts over the newest published guides only, so that its cost does not grow with the site', async () => {
    const db = drizzleOf(payload)
    const newest = await payload.find({
      collection: 'guides',
      where: { _status: { equals: 'published' } },
      sort: ['-publishedAt', '-id'],
      limit: 1,
      depth: 0,
    })
    const { rows } = await db.execute(popularTechnologiesQuery(10_000, 1))
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((row) => Number(row.guides) === 1)).toBe(true)
    const named = new Set((newest.docs[0]!.technologies ?? []).map((t) => (typeof t === 'number' ? t : t.id)))
    expect(rows.map((row) => Number(row.id)).filter((id) => !named.has(id))).toEqual([])
  })

  it('returns at most the number asked for', async () => {
    expect(await popularTechnologies(1)).toHaveLength(1)
  })
})
