import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { payloadForThisFile, unique } from './payload'
import { guideData, skillData, skillListBlock, technologyData, technologyGroupBlock } from '@/tests/support/data'

const getPayload = payloadForThisFile()
let payload: Payload

beforeAll(() => {
  payload = getPayload()
})

/** A fixed shuffle (no Math.random: a failure must come back on the next run). */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items]
  let state = seed
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31
    const j = state % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

describe('technology and skill guide counts under concurrent saves', () => {
  it('counts every guide when many that share technologies and skills are published at once', async () => {
    const run = unique('counts')
    const technologies = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        payload.create({
          collection: 'technologies',
          data: technologyData({ name: `${run} tech ${i}`, category: 'other' }),
        }),
      ),
    )
    const skills = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        payload.create({ collection: 'skills', data: skillData({ name: `${run} skill ${i}`, kind: 'soft' }) }),
      ),
    )
    // Each guide names most of them, in its own order: two saves then lock the same rows, and
    // unless the rows are locked in one order they wait for each other (a deadlock, one save lost).
    const named = Array.from({ length: 24 }, (_, i) => ({
      technologies: shuffled(technologies, i + 1)
        .slice(0, 9)
        .map((t) => t.id),
      skills: shuffled(skills, i + 101)
        .slice(0, 4)
        .map((s) => s.id),
    }))
    const saves = await Promise.allSettled(
      named.map((names, i) =>
        payload.create({
          collection: 'guides',
          data: guideData({
            title: `${run} guide ${i}`,
            _status: 'published',
            content: [technologyGroupBlock(names.technologies), skillListBlock(names.skills)],
          }),
        }),
      ),
    )
    expect(saves.filter((save) => save.status === 'rejected').map((save) => String(save.reason))).toEqual([])

    const expected = (id: number, field: 'technologies' | 'skills') =>
      named.filter((names) => names[field].includes(id)).length
    const counts = async (collection: 'technologies' | 'skills', ids: number[]) =>
      Object.fromEntries(
        (await payload.find({ collection, where: { id: { in: ids } }, depth: 0, pagination: false })).docs.map(
          (doc) => [doc.id, doc.guideCount],
        ),
      )
    const ids = { technologies: technologies.map((t) => t.id), skills: skills.map((s) => s.id) }
    for (const field of ['technologies', 'skills'] as const)
      expect(await counts(field, ids[field])).toEqual(
        Object.fromEntries(ids[field].map((id) => [id, expected(id, field)])),
      )
  })
})
