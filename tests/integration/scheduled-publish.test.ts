import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { upcomingPublication } from '@/collections/Guides/hooks/schedulePublication'
import type { User } from '@/payload-types'
import { createEditorAndAuthor, payloadForThisFile, unique } from './payload'
import { guideData } from '@/tests/support/data'

const getPayload = payloadForThisFile()
let payload: Payload
let editor: User, author: User

beforeAll(async () => {
  payload = getPayload()
  ;({ editor, author } = await createEditorAndAuthor(payload))
})

const draft = (publishedAt: Date) =>
  guideData({ title: `Scheduled ${unique('guide')}`, publishedAt: publishedAt.toISOString() })

const liveStatus = async (id: number) =>
  (await payload.findByID({ collection: 'guides', id, draft: false, depth: 0 }))._status
const pending = async (id: number) =>
  (await payload.find({ collection: 'payload-jobs', where: upcomingPublication(id), depth: 0 })).docs
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('a draft with publishedAt in the future', () => {
  it('is published by the jobs queue at that time, with nobody clicking', async () => {
    const at = new Date(Date.now() + 1500)
    const guide = await payload.create({
      collection: 'guides',
      data: draft(at),
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    const [job] = await pending(guide.id)
    expect(new Date(job!.waitUntil!).getTime()).toBe(at.getTime())

    await payload.jobs.run({ queue: 'default' }) // too early: nothing is due
    expect(await liveStatus(guide.id)).toBe('draft')

    await sleep(at.getTime() - Date.now() + 100)
    await payload.jobs.run({ queue: 'default' })
    expect(await liveStatus(guide.id)).toBe('published')
    const published = await payload.findByID({ collection: 'guides', id: guide.id, depth: 0 })
    expect(published.publishedAt).toBe(at.toISOString()) // the scheduled moment, not when the job ran
  })

  it('moves with the date, and is cancelled by publishing now or clearing the date', async () => {
    const first = new Date(Date.now() + 3_600_000)
    const guide = await payload.create({
      collection: 'guides',
      data: draft(first),
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    const later = new Date(Date.now() + 7_200_000)
    await payload.update({
      collection: 'guides',
      id: guide.id,
      data: { publishedAt: later.toISOString() },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    const moved = await pending(guide.id)
    expect(moved.map((job) => new Date(job.waitUntil!).getTime())).toEqual([later.getTime()])

    await payload.update({
      collection: 'guides',
      id: guide.id,
      data: { publishedAt: null },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(await pending(guide.id)).toEqual([])

    await payload.update({
      collection: 'guides',
      id: guide.id,
      data: { publishedAt: first.toISOString() },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(await pending(guide.id)).toHaveLength(1)
    await payload.update({
      collection: 'guides',
      id: guide.id,
      data: { _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    expect(await pending(guide.id)).toEqual([])
  })

  it('is not scheduled when an author sets the date: publishing stays an editor’s decision', async () => {
    const guide = await payload.create({
      collection: 'guides',
      data: draft(new Date(Date.now() + 3_600_000)),
      draft: true,
      user: author,
      overrideAccess: false,
    })
    expect(await pending(guide.id)).toEqual([])
  })
})
