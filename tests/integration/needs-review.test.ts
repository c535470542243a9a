import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { editorToDo } from '@/lib/admin/dashboard'
import { needsReview } from '@/lib/admin/needs-review'
import type { Guide, User } from '@/payload-types'
import { createEditorAndAuthor, createUser, payloadForThisFile, unique } from './payload'
import { guideData, personData, type NewData } from '@/tests/support/data'

const getPayload = payloadForThisFile()
let payload: Payload
let editor: User, author: User, otherAuthor: User
let reviewer: number

/** Fixed, so the ages and "last year" hold whenever the test runs. */
const now = new Date('2026-12-03T12:00:00.000Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()

beforeAll(async () => {
  payload = getPayload()
  ;({ editor, author } = await createEditorAndAuthor(payload))
  otherAuthor = await createUser(payload, ['author'])
  reviewer = (
    await payload.create({ collection: 'people', data: personData({ name: 'Rita Reviewer', slug: unique('rita') }) })
  ).id
})

/** A published guide of `author`, reviewed 30 days ago by a reviewer, with this year's title: nothing to review. */
const publish = (name: string, fields: Partial<NewData<'guides'>> = {}, by: User = author) =>
  payload.create({
    collection: 'guides',
    data: guideData({
      title: `${name} ${unique('guide')} (2026)`,
      _status: 'published',
      author: by.id,
      reviewer,
      lastReviewedAt: daysAgo(30),
      publishedAt: daysAgo(800),
      ...fields,
    }),
  })

const salary = (year: number) => ({
  blockType: 'salary' as const,
  heading: 'Salary',
  headingLevel: '2' as const,
  rows: [{ region: 'India', currency: 'INR', min: 500000, source: 'Glassdoor', year }],
})

describe('the needs-review list', () => {
  let listed: Record<string, Guide>
  beforeAll(async () => {
    listed = {
      overdue: await publish('Overdue', { lastReviewedAt: daysAgo(400) }),
      neverReviewed: await publish('Never reviewed', { lastReviewedAt: null, publishedAt: daysAgo(200) }),
      pastTitle: await publish('Past title', {
        title: `Past title ${unique('g')} (2025)`,
        lastReviewedAt: daysAgo(60),
      }),
      oldRange: await publish('Old range', { title: `Old range ${unique('g')} 2024-25`, lastReviewedAt: daysAgo(50) }),
      oldPay: await publish('Old pay', {
        lastReviewedAt: daysAgo(40),
        quickFacts: { medianPay: { amount: 90000, year: 2023, source: 'BLS' } },
      }),
      oldOutlook: await publish('Old outlook', {
        lastReviewedAt: daysAgo(35),
        quickFacts: { outlook: { growthPercent: 5, fromYear: 2024, toYear: 2034, source: 'BLS' } },
      }),
      oldJobs: await publish('Old jobs', {
        lastReviewedAt: daysAgo(25),
        quickFacts: { jobs: { count: 1000, year: 2020, source: 'BLS' } },
      }),
      oldRow: await publish('Old row', { lastReviewedAt: daysAgo(20), content: [salary(2022)] }),
      noReviewer: await publish('No reviewer', { reviewer: null, lastReviewedAt: daysAgo(10) }),
    }
    // Not listed: current in every way (a range ending this year, last year's figures, reviewed 12 months ago to the day).
    await publish('Fresh', {
      title: `Fresh ${unique('g')} (2025–2026)`,
      content: [salary(2025)],
      quickFacts: {
        medianPay: { amount: 1, year: 2025, source: 'BLS' },
        outlook: { growthPercent: 1, fromYear: 2025 },
      },
    })
    await publish('Reviewed a year ago', { lastReviewedAt: daysAgo(365) })
    // Not listed: a draft (readers do not see it yet), another author's guide.
    await payload.create({
      collection: 'guides',
      data: guideData({ title: `Draft ${unique('g')} (2020)`, author: author.id }),
      draft: true,
    })
    await publish('Someone else’s', { reviewer: null }, otherAuthor)
  })

  it('lists the guides needing review, oldest first, with their reasons', async () => {
    const { guides, total } = await needsReview(payload, author, { now })
    expect(guides.map((guide) => [guide.id, guide.ageDays, guide.reasons.map((r) => r.code)])).toEqual([
      [listed.overdue!.id, 400, ['review-overdue']],
      [listed.neverReviewed!.id, 200, ['never-reviewed']],
      [listed.pastTitle!.id, 60, ['past-year-in-title']],
      [listed.oldRange!.id, 50, ['past-year-in-title']],
      [listed.oldPay!.id, 40, ['old-figures']],
      [listed.oldOutlook!.id, 35, ['old-figures']],
      [listed.oldJobs!.id, 25, ['old-figures']],
      [listed.oldRow!.id, 20, ['old-figures']],
      [listed.noReviewer!.id, 10, ['no-reviewer']],
    ])
    expect(total).toBe(9)
    expect(guides[0]!.title).toBe(listed.overdue!.title)
    expect(guides.find((g) => g.id === listed.oldRow!.id)!.reasons[0]!.message).toBe(
      'Salary row “India” (2022) is older than 2025: look for newer figures.',
    )
  })

  it('is bounded, counting every guide beyond the page', async () => {
    const { guides, total } = await needsReview(payload, author, { now, limit: 3 })
    expect(guides.map((guide) => guide.id)).toEqual([
      listed.overdue!.id,
      listed.neverReviewed!.id,
      listed.pastTitle!.id,
    ])
    expect(total).toBe(9)
  })

  it('shows editors every author’s guides, in the same order', async () => {
    const { guides, total } = await needsReview(payload, editor, { now, limit: 1000 })
    const ids = guides.map((guide) => guide.id)
    const mine = Object.values(listed).map((guide) => guide.id)
    expect(ids.filter((id) => mine.includes(id))).toEqual(mine)
    expect(total).toBeGreaterThanOrEqual(10) // and the other author's guide without a reviewer
  })

  it('is on the dashboard', async () => {
    const todo = await editorToDo(payload, author)
    expect(todo.needsReview.guides.map((guide) => guide.id)).toEqual(expect.arrayContaining([listed.overdue!.id]))
  })
})
