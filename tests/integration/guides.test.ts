import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { User } from '@/payload-types'
import { createUser, unique, payloadForThisFile } from './payload'
import { guideData, technologyGroupBlock, skillListBlock } from '@/tests/support/data'

const getPayload = payloadForThisFile()
let payload: Payload
let editor: User

beforeAll(async () => {
  payload = getPayload()
  // The first account becomes an admin; make sure that is not the editor under test.
  await createUser(payload, ['admin'])
  editor = await createUser(payload, ['editor'])
})

describe('guide slugs', () => {
  it('are generated from the title when left empty', async () => {
    const title = `Data Engineer: Complete Career Guide ${unique('t')}`
    const guide = await payload.create({ collection: 'guides', data: guideData({ title }) })
    expect(guide.slug).toMatch(/^data-engineer-complete-career-guide-t-[a-z0-9-]+$/)
  })

  it('are normalised when typed by an editor', async () => {
    const guide = await payload.create({
      collection: 'guides',
      data: guideData({ title: 'Any', slug: `  My Guide ${unique('S')} ` }),
    })
    expect(guide.slug).toMatch(/^my-guide-s-[a-z0-9-]+$/)
  })

  it('are unique', async () => {
    const slug = unique('taken')
    await payload.create({ collection: 'guides', data: guideData({ title: 'First', slug }) })
    await expect(payload.create({ collection: 'guides', data: guideData({ title: 'Second', slug }) })).rejects.toThrow(
      /slug/i,
    )
  })
})

describe('guide access', () => {
  it('hides drafts from anonymous readers but shows published guides', async () => {
    const draft = await payload.create({
      collection: 'guides',
      data: guideData({ title: 'Draft guide', slug: unique('draft') }),
      draft: true,
    })
    const live = await payload.create({
      collection: 'guides',
      data: guideData({ title: 'Live guide', slug: unique('live'), _status: 'published' }),
    })
    const asReader = await payload.find({
      collection: 'guides',
      overrideAccess: false,
      where: { id: { in: [draft.id, live.id] } },
    })
    expect(asReader.docs.map((doc) => doc.id)).toEqual([live.id])
    await expect(payload.findByID({ collection: 'guides', id: draft.id, overrideAccess: false })).rejects.toThrow()
    const asEditor = await payload.find({
      collection: 'guides',
      overrideAccess: false,
      user: editor,
      draft: true,
      where: { id: { in: [draft.id, live.id] } },
    })
    expect(asEditor.docs).toHaveLength(2)
  })

  it('lets no anonymous reader create, change or delete content', async () => {
    const live = await payload.create({
      collection: 'guides',
      data: guideData({ title: 'Protected', slug: unique('protected'), _status: 'published' }),
    })
    await expect(
      payload.create({ collection: 'guides', data: guideData({ title: 'Intruder' }), overrideAccess: false }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.update({ collection: 'guides', id: live.id, data: { title: 'Defaced' }, overrideAccess: false }),
    ).rejects.toThrow(/not allowed/i)
    await expect(payload.delete({ collection: 'guides', id: live.id, overrideAccess: false })).rejects.toThrow(
      /not allowed/i,
    )
    await expect(
      payload.create({
        collection: 'technologies',
        data: { name: 'Tech', slug: unique('tech'), category: 'other' },
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.create({
        collection: 'skills',
        data: { name: 'Skill', slug: unique('skill'), kind: 'soft' },
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
    expect((await payload.findByID({ collection: 'guides', id: live.id })).title).toBe('Protected')
  })

  it('lets an editor create, publish and change guides, technologies and skills', async () => {
    const technology = await payload.create({
      collection: 'technologies',
      data: { name: unique('Rust'), slug: unique('rust'), category: 'programming-language' },
      overrideAccess: false,
      user: editor,
    })
    const skill = await payload.create({
      collection: 'skills',
      data: { name: unique('Patience'), slug: unique('patience'), kind: 'soft' },
      overrideAccess: false,
      user: editor,
    })
    const guide = await payload.create({
      collection: 'guides',
      overrideAccess: false,
      user: editor,
      data: guideData({
        title: 'Editor guide',
        _status: 'published',
        content: [
          technologyGroupBlock([technology.id], { heading: 'Languages', category: 'programming-language' }),
          skillListBlock([skill.id], { heading: 'Soft skills' }),
        ],
      }),
    })
    expect(guide._status).toBe('published')
    expect(guide.publishedAt).toEqual(expect.any(String))
    // Technologies and skills named in blocks are collected for "careers that use X" queries.
    const byTechnology = await payload.find({ collection: 'guides', where: { technologies: { in: [technology.id] } } })
    expect(byTechnology.docs.map((doc) => doc.id)).toEqual([guide.id])
    const bySkill = await payload.find({ collection: 'guides', where: { skills: { in: [skill.id] } } })
    expect(bySkill.docs.map((doc) => doc.id)).toEqual([guide.id])
    const updated = await payload.update({
      collection: 'guides',
      id: guide.id,
      data: { title: 'Edited' },
      overrideAccess: false,
      user: editor,
    })
    expect(updated.title).toBe('Edited')
  })

  it('keeps the published version public while an editor works on a draft', async () => {
    const live = await payload.create({
      collection: 'guides',
      data: guideData({ title: 'Version one', slug: unique('versioned'), _status: 'published' }),
    })
    await payload.update({ collection: 'guides', id: live.id, data: { title: 'Version two (draft)' }, draft: true })
    const public_ = await payload.findByID({ collection: 'guides', id: live.id, overrideAccess: false })
    expect(public_.title).toBe('Version one')
    const versions = await payload.findVersions({ collection: 'guides', where: { parent: { equals: live.id } } })
    expect(versions.totalDocs).toBe(2)
  })
})

describe('users', () => {
  it('keep roles out of reach of non-admins and hide other accounts', async () => {
    const other = await createUser(payload, ['author'])
    await expect(
      payload.update({
        collection: 'users',
        id: editor.id,
        data: { roles: ['admin'] },
        overrideAccess: false,
        user: editor,
      }),
    ).resolves.toMatchObject({ roles: ['editor'] })
    await expect(
      payload.findByID({ collection: 'users', id: other.id, overrideAccess: false, user: editor }),
    ).rejects.toThrow()
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(/not allowed/i)
  })
})
