import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { popularTechnologies } from '@/lib/data/taxonomy'
import { popularTechnologiesQuery } from '@/lib/data/sql/taxonomy-guides'
import { drizzleOf } from '@/lib/db/drizzle'
import { sql } from '@payloadcms/db-postgres'
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
    // Other files share the database, so which guide is newest is not this file's to say: the query and what
    // it should give are read in one statement, so that both see the same guides.
    await guideNaming([often], 'published')
    const { rows } = await drizzleOf(payload).execute(sql`
      WITH popular AS (${popularTechnologiesQuery(10_000, 1)}),
      newest AS (
        SELECT id FROM guides WHERE _status = 'published' ORDER BY published_at DESC, id DESC LIMIT 1
      ), expected AS (
        SELECT r.technologies_id AS id, count(DISTINCT r.parent_id) AS guides
        FROM guides_rels r JOIN newest ON newest.id = r.parent_id
        WHERE r.path = 'technologies' AND r.technologies_id IS NOT NULL GROUP BY 1
      )
      SELECT
        (SELECT coalesce(json_agg(json_build_array(id, guides) ORDER BY id), '[]') FROM popular) AS popular,
        (SELECT coalesce(json_agg(json_build_array(id, guides) ORDER BY id), '[]') FROM expected) AS expected`)
    const { popular, expected } = rows[0] as { popular: number[][]; expected: number[][] }
    // Three published guides name `often`: counted over every guide, `often` would be there with 3.
    expect(popular).toEqual(expected)
    expect(popular).not.toContainEqual([often, 3])
    expect(popular.every(([, guides]) => guides === 1)).toBe(true)
  })

  it('returns at most the number asked for', async () => {
    expect(await popularTechnologies(1)).toHaveLength(1)
  })
})
