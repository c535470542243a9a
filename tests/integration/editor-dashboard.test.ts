import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { editorToDo } from '@/lib/admin/dashboard'
import type { User } from '@/payload-types'
import { createEditorAndAuthor, payloadForThisFile, unique } from './payload'
import { guideData, type NewData } from '@/tests/support/data'

const getPayload = payloadForThisFile()
let payload: Payload
let editor: User, author: User

beforeAll(async () => {
  payload = getPayload()
  ;({ editor, author } = await createEditorAndAuthor(payload))
})

const guide = (fields: Partial<NewData<'guides'>> = {}) =>
  guideData({ title: `Dashboard ${unique('guide')}`, ...fields })

describe("the admin dashboard's to-do list", () => {
  it('counts what waits for an editor: pending comments, drafts, scheduled guides and SEO problems', async () => {
    const before = await editorToDo(payload, editor)
    const published = await payload.create({
      collection: 'guides',
      data: guide({ _status: 'published' }),
    })
    await payload.create({
      collection: 'comments',
      data: {
        guide: published.id,
        authorName: 'Reader',
        email: 'reader@example.com',
        body: 'Hello',
        status: 'pending',
      },
    })
    await payload.create({ collection: 'guides', data: guide(), draft: true })
    const later = await payload.create({
      collection: 'guides',
      data: guide({ publishedAt: new Date(Date.now() + 86_400_000).toISOString() }),
      draft: true,
      user: editor,
      overrideAccess: false,
    })

    const after = await editorToDo(payload, editor)
    expect(after.pendingComments).toBe(before.pendingComments + 1)
    expect(after.drafts).toBe(before.drafts + 2)
    expect(after.scheduled.map((item) => item.id)).toContain(later.id)
    // A guide of one short list has problems (no focus keyword, too few words).
    expect(after.seoProblems.map((item) => item.id)).toEqual(expect.arrayContaining([published.id, later.id]))
  })

  it('shows an author only their own guides and no comments to moderate', async () => {
    const own = await payload.create({
      collection: 'guides',
      data: guide(),
      draft: true,
      user: author,
      overrideAccess: false,
    })
    const todo = await editorToDo(payload, author)
    expect(todo.pendingComments).toBe(0)
    expect(todo.seoProblems.map((item) => item.id)).toEqual([own.id])
    expect(todo.drafts).toBe(1)
  })
})
