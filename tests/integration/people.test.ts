import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { User } from '@/payload-types'
import { parseGuideText } from '@/lib/import/parse-guide'
import { writeGuide } from '@/lib/import/write-guide'
import { guideData, personData as newPerson } from '@/tests/support/data'
import { createEditorAndAuthor, payloadForThisFile, unique } from './payload'

const getPayload = payloadForThisFile()
let payload: Payload
let editor: User
let author: User

beforeAll(async () => {
  payload = getPayload()
  ;({ editor, author } = await createEditorAndAuthor(payload))
})

const personData = (name: string) => newPerson({ name, slug: unique('person') })

describe('author profiles: access', () => {
  it('lets anonymous readers and authors read but not create, change or delete them; editors can', async () => {
    const profile = await payload.create({ collection: 'people', data: personData('Read Only'), user: editor })
    const anonymous = { overrideAccess: false } as const
    await expect(payload.create({ collection: 'people', data: personData('Intruder'), ...anonymous })).rejects.toThrow(
      /not allowed/i,
    )
    await expect(
      payload.create({ collection: 'people', data: personData('Intruder'), overrideAccess: false, user: author }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.update({ collection: 'people', id: profile.id, data: { name: 'Defaced' }, ...anonymous }),
    ).rejects.toThrow(/not allowed/i)
    await expect(payload.delete({ collection: 'people', id: profile.id, ...anonymous })).rejects.toThrow(/not allowed/i)
    expect((await payload.findByID({ collection: 'people', id: profile.id, ...anonymous })).name).toBe('Read Only')

    const changed = await payload.update({
      collection: 'people',
      id: profile.id,
      data: { jobTitle: 'Editor-approved' },
      overrideAccess: false,
      user: editor,
    })
    expect(changed.jobTitle).toBe('Editor-approved')
    await payload.delete({ collection: 'people', id: profile.id, overrideAccess: false, user: editor })
  })

  it('never shows anonymous readers the linked account, nor lets them filter by it', async () => {
    const profile = await payload.create({
      collection: 'people',
      data: { ...personData('Has Account'), account: editor.id },
      overrideAccess: false,
      user: editor,
    })
    for (const depth of [0, 1, 2]) {
      const read = await payload.findByID({ collection: 'people', id: profile.id, depth, overrideAccess: false })
      expect(read).not.toHaveProperty('account')
      expect(JSON.stringify(read)).not.toContain(editor.email)
    }
    await expect(
      payload.find({
        collection: 'people',
        where: { 'account.email': { like: editor.email.slice(0, 3) } },
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      payload.find({ collection: 'people', where: { account: { equals: editor.id } }, overrideAccess: false }),
    ).rejects.toThrow()
    // Editors see (and set) it.
    const asEditor = await payload.findByID({
      collection: 'people',
      id: profile.id,
      overrideAccess: false,
      user: editor,
    })
    expect(asEditor.account).toMatchObject({ id: editor.id })
  })

  it('takes only absolute http(s) addresses as links', async () => {
    for (const url of ['javascript:alert(1)', 'linkedin.com/in/someone', 'ftp://example.com/file'])
      await expect(
        payload.create({ collection: 'people', data: { ...personData('Bad Link'), sameAs: [{ url }] } }),
      ).rejects.toThrow(/url|link/i)
    const ok = await payload.create({
      collection: 'people',
      data: { ...personData('Good Link'), sameAs: [{ url: 'https://www.linkedin.com/in/someone' }] },
    })
    expect(ok.sameAs?.map((link) => link.url)).toEqual(['https://www.linkedin.com/in/someone'])
  })
})

describe('guides with authors and a reviewer', () => {
  it('are read by anonymous readers with the profiles populated, in order, and keep the review date on later saves', async () => {
    const [first, second, reviewer] = await Promise.all(
      ['First Author', 'Second Author', 'Reviewing Expert'].map((name) =>
        payload.create({
          collection: 'people',
          data: { ...personData(name), credentials: name === 'Reviewing Expert' ? 'PhD' : undefined },
        }),
      ),
    )
    const guide = await payload.create({
      collection: 'guides',
      data: guideData({
        title: 'Reviewed guide',
        slug: unique('reviewed'),
        _status: 'published',
        authors: [second!.id, first!.id],
        reviewer: reviewer!.id,
        lastReviewedAt: '2026-11-20T12:00:00.000Z',
      }),
      overrideAccess: false,
      user: editor,
    })
    const read = await payload.findByID({ collection: 'guides', id: guide.id, depth: 1, overrideAccess: false })
    expect((read.authors ?? []).map((person) => typeof person === 'object' && person.name)).toEqual([
      'Second Author',
      'First Author',
    ])
    expect(read.reviewer).toMatchObject({ name: 'Reviewing Expert', credentials: 'PhD' })
    expect(read.lastReviewedAt).toBe('2026-11-20T12:00:00.000Z')

    // The profile's guides: the query the profile page makes (lib/data/people.ts).
    const ofReviewer = await payload.find({
      collection: 'guides',
      where: { or: [{ authors: { equals: reviewer!.id } }, { reviewer: { equals: reviewer!.id } }] },
      overrideAccess: false,
      depth: 0,
    })
    expect(ofReviewer.docs.map((doc) => doc.id)).toEqual([guide.id])

    const edited = await payload.update({
      collection: 'guides',
      id: guide.id,
      data: { title: 'Reviewed guide, edited' },
      overrideAccess: false,
      user: editor,
    })
    expect(edited.lastReviewedAt).toBe('2026-11-20T12:00:00.000Z')
  })

  it('take a reviewer and a review date from editors only', async () => {
    const reviewer = await payload.create({ collection: 'people', data: personData('Wanted Reviewer') })
    const draft = await payload.create({
      collection: 'guides',
      data: guideData({
        title: 'An author’s draft',
        slug: unique('authored'),
        reviewer: reviewer.id,
        lastReviewedAt: '2026-11-20T12:00:00.000Z',
      }),
      draft: true,
      overrideAccess: false,
      user: author,
    })
    const stored = await payload.findByID({ collection: 'guides', id: draft.id, draft: true, depth: 0 })
    expect(stored.reviewer ?? null).toBeNull()
    expect(stored.lastReviewedAt ?? null).toBeNull()
  })

  it('lose a deleted profile from their byline', async () => {
    const gone = await payload.create({ collection: 'people', data: personData('Leaving Person') })
    const guide = await payload.create({
      collection: 'guides',
      data: guideData({ title: 'Orphaned byline', slug: unique('orphan'), authors: [gone.id], reviewer: gone.id }),
    })
    await payload.delete({ collection: 'people', id: gone.id })
    const read = await payload.findByID({ collection: 'guides', id: guide.id, depth: 0 })
    expect(read.authors).toEqual([])
    expect(read.reviewer ?? null).toBeNull()
  })
})

describe('imported documents’ authors', () => {
  it('link the header’s names to profiles, matched by name, never duplicated', async () => {
    const name = `Ada ${unique('Writer').replace(/[^a-z0-9]/gi, ' ')}`
    const existing = await payload.create({
      collection: 'people',
      data: newPerson({ name, bio: 'Written by an editor.' }),
    })
    const text = (slug: string, header: string) =>
      `Author: ${header}\nURL Slug: ${slug}\nData Engineer: Complete Career Guide\nWhat it is\nA paragraph.`
    const one = parseGuideText(text(unique('imp'), `${name.toUpperCase()} and Grace ${existing.id}`)).guide
    const written = await writeGuide(payload, one, { publish: false })
    const again = await writeGuide(payload, parseGuideText(text(unique('imp'), `grace ${existing.id}`)).guide, {
      publish: false,
    })
    const read = async (id: number) =>
      (await payload.findByID({ collection: 'guides', id, draft: true, depth: 0 })).authors as number[]
    const [ada, grace] = await read(written.id)
    expect(ada).toBe(existing.id)
    expect(await read(again.id)).toEqual([grace])
    expect((await payload.findByID({ collection: 'people', id: existing.id })).bio).toBe('Written by an editor.')
    const graces = await payload.count({ collection: 'people', where: { name: { like: `Grace ${existing.id}` } } })
    expect(graces.totalDocs).toBe(1)
  })

  it('link the header’s reviewer to a profile, and leave the review date to editors', async () => {
    const reviewerName = `Rae ${unique('Reviewer').replace(/[^a-z0-9]/gi, ' ')}`
    const text = `Reviewed by: ${reviewerName}\nURL Slug: ${unique('rev')}\nData Engineer: Complete Career Guide\nWhat it is\nA paragraph.`
    const written = await writeGuide(payload, parseGuideText(text).guide, { publish: false })
    const guide = await payload.findByID({ collection: 'guides', id: written.id, draft: true, depth: 1 })
    expect(typeof guide.reviewer === 'object' && guide.reviewer?.name).toBe(reviewerName)
    expect(guide.lastReviewedAt ?? null).toBeNull()
  })
})
