import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { User } from '@/payload-types'
import { createUser, payloadForThisFile, unique } from './payload'
import { guideData, skillData, technologyData, type NewData } from '@/tests/support/data'

const getPayload = payloadForThisFile()
let payload: Payload
let admin: User, editor: User, author: User, otherAuthor: User

beforeAll(async () => {
  payload = getPayload()
  admin = await createUser(payload, ['admin'])
  editor = await createUser(payload, ['editor'])
  author = await createUser(payload, ['author'])
  otherAuthor = await createUser(payload, ['author'])
})

const draftData = (fields: Partial<NewData<'guides'>> = {}) =>
  guideData({ title: `Roles ${unique('guide')}`, ...fields })

/** The Local API as a signed-in user, with access control applied. */
const as = (user: User) => ({ user, overrideAccess: false as const })

describe('an author', () => {
  it('creates drafts that are theirs, and cannot make them someone else’s', async () => {
    const draft = await payload.create({
      collection: 'guides',
      data: draftData({ author: editor.id }),
      draft: true,
      ...as(author),
    })
    const stored = await payload.findByID({ collection: 'guides', id: draft.id, depth: 0, draft: true })
    expect(stored.author).toBe(author.id)
    expect(stored._status).toBe('draft')
  })

  it('edits their own drafts but not another author’s', async () => {
    const mine = await payload.create({ collection: 'guides', data: draftData(), draft: true, ...as(author) })
    const theirs = await payload.create({
      collection: 'guides',
      data: draftData(),
      draft: true,
      ...as(otherAuthor),
    })
    await expect(
      payload.update({
        collection: 'guides',
        id: mine.id,
        data: { title: 'Better title' },
        draft: true,
        ...as(author),
      }),
    ).resolves.toMatchObject({ title: 'Better title' })
    await expect(
      payload.update({ collection: 'guides', id: theirs.id, data: { title: 'Hijacked' }, draft: true, ...as(author) }),
    ).rejects.toThrow(/not allowed|not found/i)
  })

  it('cannot publish, edit a live guide, or delete', async () => {
    await expect(
      payload.create({ collection: 'guides', data: draftData({ _status: 'published' }), ...as(author) }),
    ).rejects.toThrow(/not allowed/i)
    const mine = await payload.create({ collection: 'guides', data: draftData(), draft: true, ...as(author) })
    await expect(
      payload.update({ collection: 'guides', id: mine.id, data: { _status: 'published' }, ...as(author) }),
    ).rejects.toThrow(/not allowed/i)
    // An editor publishes it; from then on the live version is the editors' to change.
    await payload.update({ collection: 'guides', id: mine.id, data: { _status: 'published' }, ...as(editor) })
    await expect(
      payload.update({ collection: 'guides', id: mine.id, data: { title: 'Live edit' }, ...as(author) }),
    ).rejects.toThrow(/not allowed/i)
    // A new draft of it is fine: readers still see the published version.
    await expect(
      payload.update({
        collection: 'guides',
        id: mine.id,
        data: { title: 'Next version' },
        draft: true,
        ...as(author),
      }),
    ).resolves.toBeTruthy()
    await expect(payload.delete({ collection: 'guides', id: mine.id, ...as(author) })).rejects.toThrow(/not allowed/i)
  })

  it('cannot change technologies, skills, redirects or accounts', async () => {
    await expect(
      payload.create({
        collection: 'technologies',
        data: technologyData({ name: unique('Tech'), category: 'other' }),
        ...as(author),
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.create({ collection: 'skills', data: skillData({ name: unique('Skill'), kind: 'soft' }), ...as(author) }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.create({
        collection: 'redirects',
        data: { from: `/${unique('r')}`, to: { type: 'custom', url: '/' }, type: '308' },
        ...as(author),
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.update({ collection: 'users', id: author.id, data: { roles: ['admin'] }, ...as(author) }),
    ).resolves.toMatchObject({ roles: ['author'] })
  })
})

describe('an editor', () => {
  it('publishes, edits and deletes any guide, and reassigns its author', async () => {
    const draft = await payload.create({ collection: 'guides', data: draftData(), draft: true, ...as(author) })
    const published = await payload.update({
      collection: 'guides',
      id: draft.id,
      data: { _status: 'published', author: otherAuthor.id },
      ...as(editor),
    })
    expect(published._status).toBe('published')
    expect(typeof published.author === 'object' ? published.author?.id : published.author).toBe(otherAuthor.id)
    await expect(payload.delete({ collection: 'guides', id: draft.id, ...as(editor) })).resolves.toBeTruthy()
  })

  it('cannot manage accounts', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: `${unique('x')}@example.com`, password: 'long enough password', roles: ['admin'] },
        ...as(editor),
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.update({ collection: 'users', id: editor.id, data: { roles: ['admin'] }, ...as(editor) }),
    ).resolves.toMatchObject({ roles: ['editor'] })
    const others = await payload.find({ collection: 'users', ...as(editor) })
    expect(others.docs.map((u) => u.id)).toEqual([editor.id])
  })
})

describe('an admin', () => {
  it('changes roles', async () => {
    const user = await createUser(payload, ['author'])
    await expect(
      payload.update({ collection: 'users', id: user.id, data: { roles: ['editor'] }, ...as(admin) }),
    ).resolves.toMatchObject({ roles: ['editor'] })
  })
})

describe('nobody', () => {
  it('reads another user’s password hash or sessions', async () => {
    const email = `${unique('session')}@example.com`
    const password = 'correct horse battery staple'
    const user = await payload.create({ collection: 'users', data: { email, password, roles: ['author'] } })
    await payload.login({ collection: 'users', data: { email, password } })
    const raw = await payload.findByID({ collection: 'users', id: user.id, showHiddenFields: true })
    expect((raw as { sessions?: unknown[] }).sessions?.length).toBe(1) // there is a session to leak
    for (const viewer of [admin, editor]) {
      const found = await payload.find({ collection: 'users', ...as(viewer), where: { id: { equals: user.id } } })
      for (const seen of found.docs as unknown as Record<string, unknown>[]) {
        expect(seen).not.toHaveProperty('hash')
        expect(seen).not.toHaveProperty('salt')
        expect((seen.sessions as unknown[] | undefined) ?? []).toEqual([])
      }
    }
  })
})
