import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { Guide } from '@/payload-types'
import { drizzleOf } from '@/lib/db/drizzle'
import { guideNeighboursQuery } from '@/lib/data/sql/guide-neighbours'
import { TAXONOMY_PAGE_GUIDES, guidesReferencing } from '@/lib/data/taxonomy'
import { payloadForThisFile, unique } from './payload'
import { guideData, technologyData, technologyGroupBlock } from '@/tests/support/data'

const getPayload = payloadForThisFile()
let payload: Payload
let target: Guide
let technologyIds: number[]
/** Guides sharing only the first technology with the target, oldest first. */
const sharingOne: Guide[] = []
let sharingBoth: Guide

const CAP = 3
const SHARING = 25

const run = unique('Related Tester')

async function guideNaming(technologies: number[], title: string) {
  return payload.create({
    collection: 'guides',
    data: guideData({
      title,
      role: 'Related tester',
      _status: 'published',
      content: [technologyGroupBlock(technologies, { category: 'devops-tool' })],
    }),
  })
}

beforeAll(async () => {
  payload = getPayload()
  const technology = (name: string) =>
    payload.create({
      collection: 'technologies',
      data: technologyData({ name: unique(name), category: 'devops-tool' }),
    })
  technologyIds = [(await technology('Shared')).id, (await technology('Rare')).id]
  target = await guideNaming(technologyIds, `${run} target`)
  // The oldest shares both technologies; the ones after it only the common one.
  sharingBoth = await guideNaming(technologyIds, `${run} both`)
  // Titles in order of age, so that the title tie-break alone would pick the oldest.
  for (let i = 0; i < SHARING; i++)
    sharingOne.push(await guideNaming([technologyIds[0]!], `${run} one ${String(i + 1).padStart(2, '0')}`))
})

const neighbourOf = () => ({ id: target.id, publishedAt: target.publishedAt, technologyIds })

describe('related guides', () => {
  it('ranks by technologies shared, among the newest guides of each technology', async () => {
    const { rows } = await drizzleOf(payload).execute(
      guideNeighboursQuery(neighbourOf(), { relatedCount: 4, candidatesPerTechnology: CAP }),
    )
    const related = rows.filter((row) => row.link === 'related')
    // The guide sharing both comes first although it is older than every other: the rare technology
    // brings it in. Then the newest guides of the common technology, and no older ones.
    expect(related.map((row) => Number(row.id))).toEqual([
      sharingBoth.id,
      ...sharingOne.slice(-CAP).map((guide) => guide.id),
    ])
    expect(related.map((row) => Number(row.shared))).toEqual([2, 1, 1, 1])
  })
})

describe('the newest guides naming a technology', () => {
  it('lists a page of them, newest first, and says whether there are more', async () => {
    const common = await guidesReferencing('technologies', technologyIds[0]!)
    expect(SHARING + 2).toBeGreaterThan(TAXONOMY_PAGE_GUIDES)
    expect(common.guides.map((guide) => guide.id)).toEqual(
      sharingOne
        .slice(-TAXONOMY_PAGE_GUIDES)
        .reverse()
        .map((guide) => guide.id),
    )
    expect(common.more).toBe(true)
    const rare = await guidesReferencing('technologies', technologyIds[1]!)
    expect(rare.guides.map((guide) => guide.id)).toEqual([sharingBoth.id, target.id])
    expect(rare.more).toBe(false)
  })

  it('never lists a draft', async () => {
    const draft = await payload.create({
      collection: 'guides',
      data: guideData({
        title: `${run} draft`,
        role: 'Related tester',
        _status: 'draft',
        content: [technologyGroupBlock([technologyIds[1]!], { category: 'devops-tool' })],
      }),
    })
    const rare = await guidesReferencing('technologies', technologyIds[1]!)
    expect(rare.guides.map((guide) => guide.id)).not.toContain(draft.id)
  })
})
