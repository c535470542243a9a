import { beforeAll, describe, expect, it, jest } from '@jest/globals'
import { createLocalReq, type Payload } from 'payload'
import { mergeTaxonomy } from '@/collections/endpoints/mergeTaxonomy'
import { createUser, payloadForThisFile, unique } from './payload'
import { guideData, skillListBlock, technologyGroupBlock, type GuideBlockData } from '@/tests/support/data'

const getPayload = payloadForThisFile()
let payload: Payload

beforeAll(() => {
  payload = getPayload()
})

const technology = (category: 'other' | 'programming-language' = 'other') =>
  payload.create({ collection: 'technologies', data: { name: unique('Tech'), slug: unique('tech'), category } })
const skill = () =>
  payload.create({ collection: 'skills', data: { name: unique('Skill'), slug: unique('skill'), kind: 'technical' } })

const guide = (content: GuideBlockData[], status: 'draft' | 'published' = 'published') =>
  payload.create({
    collection: 'guides',
    data: guideData({ title: unique('Guide'), slug: unique('guide'), _status: status, content }),
  })

const countOf = async (collection: 'technologies' | 'skills', id: number) =>
  (await payload.findByID({ collection, id, depth: 0 })).guideCount
const ids = (values: unknown) =>
  ((values ?? []) as (number | { id: number })[]).map((value) => (typeof value === 'object' ? value.id : value)).sort()

describe('guideCount', () => {
  it('starts at 0 and cannot be set by hand', async () => {
    const created = await payload.create({
      collection: 'technologies',
      data: { name: unique('Tech'), slug: unique('tech'), category: 'other', guideCount: 7 },
    })
    expect(created.guideCount).toBe(0)
    const updated = await payload.update({ collection: 'technologies', id: created.id, data: { guideCount: 9 } })
    expect(updated.guideCount).toBe(0)
  })

  it('follows creating, editing, publishing and deleting guides', async () => {
    const [kept, dropped, s] = [await technology(), await technology(), await skill()]
    const draft = await guide([technologyGroupBlock([kept.id, dropped.id]), skillListBlock([s.id])], 'draft')
    // A never-published draft counts: it is the guide's main row.
    expect(await countOf('technologies', kept.id)).toBe(1)
    expect(await countOf('skills', s.id)).toBe(1)
    const published = await guide([technologyGroupBlock([kept.id]), technologyGroupBlock([kept.id])])
    expect(await countOf('technologies', kept.id)).toBe(2) // two blocks, one guide
    expect(await countOf('technologies', dropped.id)).toBe(1)

    // Removing a technology from a block, then publishing the edit.
    await payload.update({
      collection: 'guides',
      id: draft.id,
      data: { content: [technologyGroupBlock([kept.id])], _status: 'published' },
    })
    expect(await countOf('technologies', dropped.id)).toBe(0)
    expect(await countOf('skills', s.id)).toBe(0)

    // A published guide whose newer draft drops the technology still names it until that draft is published.
    await payload.update({
      collection: 'guides',
      id: published.id,
      data: { content: [technologyGroupBlock([dropped.id])] },
      draft: true,
    })
    expect(await countOf('technologies', kept.id)).toBe(2)
    await payload.update({ collection: 'guides', id: published.id, data: { _status: 'published' } })
    expect(await countOf('technologies', kept.id)).toBe(1)
    expect(await countOf('technologies', dropped.id)).toBe(1)

    await payload.delete({ collection: 'guides', id: published.id })
    expect(await countOf('technologies', dropped.id)).toBe(0)
    const unused = await payload.find({
      collection: 'technologies',
      where: { and: [{ id: { in: [kept.id, dropped.id] } }, { guideCount: { equals: 0 } }] },
    })
    expect(unused.docs.map((doc) => doc.id)).toEqual([dropped.id])
  })
})

describe('merging a technology into another', () => {
  const editorReq = async () =>
    createLocalReq({ user: { ...(await createUser(payload, ['editor'])), collection: 'users' } }, payload)

  it('re-links published and draft guides, drops duplicates, deletes the source and redirects its page', async () => {
    const [source, target, other] = [
      await technology('programming-language'),
      await technology('programming-language'),
      await technology(),
    ]
    const framework = await payload.create({
      collection: 'technologies',
      data: { name: unique('Framework'), slug: unique('fw'), category: 'framework', language: source.id },
    })
    const live = await guide([technologyGroupBlock([source.id, other.id])])
    const both = await guide([technologyGroupBlock([source.id, target.id])])
    await payload.update({
      collection: 'guides',
      id: live.id,
      data: { content: [technologyGroupBlock([source.id])], title: 'Draft title' },
      draft: true,
    })
    const draftOnly = await guide([technologyGroupBlock([source.id])], 'draft')
    const oldRedirect = await payload.create({
      collection: 'redirects',
      data: {
        from: `/${unique('old')}`,
        to: { type: 'reference', reference: { relationTo: 'technologies', value: source.id } },
        type: '308',
      },
    })

    const result = await mergeTaxonomy(await editorReq(), 'technologies', source.id, target.id)
    expect(result).toEqual({ from: source.id, into: target.id, guides: 3 })

    const publishedRead = await payload.findByID({ collection: 'guides', id: live.id, depth: 0, overrideAccess: false })
    expect(ids(publishedRead.technologies)).toEqual([other.id, target.id].sort())
    const draftRead = await payload.findByID({ collection: 'guides', id: live.id, depth: 0, draft: true })
    expect(draftRead.title).toBe('Draft title')
    expect(ids(draftRead.technologies)).toEqual([target.id])
    expect(
      ids((await payload.findByID({ collection: 'guides', id: draftOnly.id, depth: 0, draft: true })).technologies),
    ).toEqual([target.id])
    // The guide that named both names the target once, in the block and at the top.
    const merged = await payload.findByID({ collection: 'guides', id: both.id, depth: 0 })
    expect(ids(merged.technologies)).toEqual([target.id])
    const block = merged.content?.[0] as { technologies?: unknown }
    expect(ids(block.technologies)).toEqual([target.id])

    expect(await payload.findByID({ collection: 'technologies', id: source.id, disableErrors: true })).toBeNull()
    expect((await payload.findByID({ collection: 'technologies', id: framework.id, depth: 0 })).language).toBe(
      target.id,
    )
    expect(await countOf('technologies', target.id)).toBe(3)

    const redirects = await payload.find({
      collection: 'redirects',
      where: { from: { equals: `/technologies/${source.slug}` } },
      depth: 0,
    })
    expect(redirects.docs).toHaveLength(1)
    expect(redirects.docs[0]!.type).toBe('308')
    expect(redirects.docs[0]!.to).toMatchObject({
      type: 'reference',
      reference: { relationTo: 'technologies', value: target.id },
    })
    const repointed = await payload.findByID({ collection: 'redirects', id: oldRedirect.id, depth: 0 })
    expect(repointed.to).toMatchObject({ reference: { relationTo: 'technologies', value: target.id } })
  })

  it('merges skills the same way', async () => {
    const [source, target] = [await skill(), await skill()]
    const g = await guide([skillListBlock([source.id])])
    expect(await mergeTaxonomy(await editorReq(), 'skills', source.id, target.id)).toEqual({
      from: source.id,
      into: target.id,
      guides: 1,
    })
    expect(ids((await payload.findByID({ collection: 'guides', id: g.id, depth: 0 })).skills)).toEqual([target.id])
    expect(await countOf('skills', target.id)).toBe(1)
    expect(
      (await payload.find({ collection: 'redirects', where: { from: { equals: `/skills/${source.slug}` } } }))
        .totalDocs,
    ).toBe(1)
  })

  it('refuses the same id and unknown ids, changing nothing', async () => {
    const [source, target] = [await technology(), await technology()]
    const g = await guide([technologyGroupBlock([source.id])])
    await expect(mergeTaxonomy(await editorReq(), 'technologies', source.id, source.id)).rejects.toMatchObject({
      status: 400,
    })
    await expect(mergeTaxonomy(await editorReq(), 'technologies', source.id, 99_999_999)).rejects.toMatchObject({
      status: 404,
    })
    await expect(mergeTaxonomy(await editorReq(), 'technologies', 99_999_999, target.id)).rejects.toMatchObject({
      status: 404,
    })
    expect(ids((await payload.findByID({ collection: 'guides', id: g.id, depth: 0 })).technologies)).toEqual([
      source.id,
    ])
    expect(await countOf('technologies', source.id)).toBe(1)
  })

  it('rolls everything back when a late step fails', async () => {
    const [source, target] = [await technology(), await technology()]
    const g = await guide([technologyGroupBlock([source.id])])
    const create = payload.create.bind(payload)
    // The redirect is written after the guides were re-linked and the source deleted.
    const spy = jest.spyOn(payload, 'create').mockImplementation(async (args) => {
      if (args.collection === 'redirects') throw new Error('redirect store unavailable')
      return create(args)
    })
    try {
      await expect(mergeTaxonomy(await editorReq(), 'technologies', source.id, target.id)).rejects.toThrow(
        'redirect store unavailable',
      )
    } finally {
      spy.mockRestore()
    }
    expect(await payload.findByID({ collection: 'technologies', id: source.id, depth: 0 })).toMatchObject({
      id: source.id,
      guideCount: 1,
    })
    expect(ids((await payload.findByID({ collection: 'guides', id: g.id, depth: 0 })).technologies)).toEqual([
      source.id,
    ])
    expect(
      ids((await payload.findByID({ collection: 'guides', id: g.id, depth: 0, draft: true })).technologies),
    ).toEqual([source.id])
    expect(await countOf('technologies', target.id)).toBe(0)
    expect(
      (await payload.find({ collection: 'redirects', where: { from: { equals: `/technologies/${source.slug}` } } }))
        .totalDocs,
    ).toBe(0)
  })
})
