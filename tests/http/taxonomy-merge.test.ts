import { describe, expect, it } from '@jest/globals'
import { api, authorHeaders, page } from './client'

/** Editors find unused technologies and merge duplicates, end to end through the built site. */

type Doc = { doc: { id: number; slug: string; guideCount: number } }
type List = { docs: { id: number; guideCount: number }[] }

const run = `${process.pid}-${Date.now().toString(36)}`

async function createTechnology(name: string) {
  const { status, json } = await api<Doc>('POST', '/technologies', {
    name: `${name} ${run}`,
    slug: `${name.toLowerCase()}-${run}`,
    category: 'other',
  })
  expect(status).toBe(201)
  return json.doc
}

async function publishGuideNaming(technologyId: number) {
  const { status } = await api('POST', '/guides', {
    title: `Merge Tester ${run} ${technologyId}`,
    role: 'Merge Tester',
    slug: `merge-tester-${run}-${technologyId}`,
    _status: 'published',
    content: [
      {
        blockType: 'technologyGroup',
        heading: 'Tools',
        headingLevel: '2',
        category: 'other',
        technologies: [technologyId],
      },
    ],
  })
  expect(status).toBe(201)
}

describe('technologies used by guides', () => {
  it('are sorted and filtered by their guide count over REST', async () => {
    const [used, unused] = [await createTechnology('Counted'), await createTechnology('Unused')]
    await publishGuideNaming(used.id)
    const mine = `where[id][in]=${used.id},${unused.id}`
    const zero = await api<List>('GET', `/technologies?${mine}&where[guideCount][equals]=0&depth=0`)
    expect(zero.status).toBe(200)
    expect(zero.json.docs.map((doc) => doc.id)).toEqual([unused.id])
    const sorted = await api<List>('GET', `/technologies?${mine}&sort=-guideCount&depth=0`)
    expect(sorted.json.docs.map((doc) => [doc.id, doc.guideCount])).toEqual([
      [used.id, 1],
      [unused.id, 0],
    ])
  })
})

describe('POST /api/technologies/:id/merge', () => {
  it('is refused to authors and anonymous callers, and explains bad input', async () => {
    const [source, target] = [await createTechnology('Refused'), await createTechnology('Kept')]
    expect(
      (await api('POST', `/technologies/${source.id}/merge`, { into: target.id }, await authorHeaders())).status,
    ).toBe(403)
    expect(
      (
        await api(
          'POST',
          `/technologies/${source.id}/merge`,
          { into: target.id },
          { 'Content-Type': 'application/json' },
        )
      ).status,
    ).toBe(401)
    const same = await api<{ error: string }>('POST', `/technologies/${source.id}/merge`, { into: source.id })
    expect(same.status).toBe(400)
    expect(same.json.error).toMatch(/itself/)
    expect((await api('POST', `/technologies/${source.id}/merge`, { into: 'PostgreSQL' })).status).toBe(400)
    expect((await api('POST', `/technologies/${source.id}/merge`, { into: 99_999_999 })).status).toBe(404)
    // Beyond any id the database holds: refused as bad input, not failed in the database.
    expect((await api('POST', `/technologies/99999999999/merge`, { into: source.id })).status).toBe(400)
    expect((await api('POST', `/technologies/${source.id}/merge`, { into: 99_999_999_999 })).status).toBe(400)
    expect((await api('GET', `/technologies/${source.id}`)).status).toBe(200) // nothing happened
  })

  it('merges as an editor: the guides link to the target and the old page redirects there for good', async () => {
    const [source, target] = [await createTechnology('Duplicate'), await createTechnology('Original')]
    await publishGuideNaming(source.id)
    expect((await page(`/technologies/${source.slug}`)).status).toBe(200) // now cached
    const merged = await api<{ merged: { from: number; into: number; guides: number } }>(
      'POST',
      `/technologies/${source.id}/merge`,
      { into: target.id },
    )
    expect(merged).toEqual({ status: 200, json: { merged: { from: source.id, into: target.id, guides: 1 } } })

    const old = await page(`/technologies/${source.slug}`)
    expect([301, 308]).toContain(old.status)
    expect(old.headers.get('location')?.split(', ')[0]).toBe(`/technologies/${target.slug}`)
    expect((await api('GET', `/technologies/${source.id}`)).status).toBe(404)
    expect((await api<Doc['doc']>('GET', `/technologies/${target.id}?depth=0`)).json.guideCount).toBe(1)
  })
})
