import { describe, expect, it } from '@jest/globals'
import type { Where } from 'payload'
import { payloadForThisFile } from './payload'
import { guideData, invalidData, invalidFindArgs } from '@/tests/support/data'

/**
 * The guard every collection runs before an operation (collections/plugins/refuseUnreadableInput.ts),
 * through the Local API as REST and GraphQL reach it: paging out of range, filters of a shape
 * Payload cannot answer, refused with a 400 that says why instead of failing in the database.
 */
const getPayload = payloadForThisFile()

/** A filter nested `levels` deep in and/or. */
const nested = (levels: number): object =>
  levels === 0 ? { title: { equals: 'x' } } : { [levels % 2 ? 'and' : 'or']: [nested(levels - 1)] }

async function statusOf(operation: Promise<unknown>): Promise<{ status?: number; message?: string }> {
  return operation.then(
    () => ({ status: 200 }),
    (error: { status?: number; message?: string }) => ({
      status: error.status,
      message: error.message,
    }),
  )
}

describe('the input guard', () => {
  it.each([
    [{ limit: 1e20 }, /limit must be a whole number from 0 to 100,000/],
    [{ limit: -1 }, /limit must be/],
    [{ limit: 1.5 }, /limit must be/],
    [{ limit: 'NaN' }, /limit must be/],
    [{ page: -5 }, /page must be a whole number of 1 or more/],
    [{ page: 0 }, /page must be/],
    [{ depth: -1 }, /depth must be/],
    [{ where: { title: { near: '1,2' } } }, /near operator works only on point fields, and "title" is not one/],
    [{ where: { title: { $ne: 'x' } } }, /"\$ne" is not a filter operator/],
    [{ where: { title: 'x' } }, /needs an operator/],
    [{ where: { or: 'x' } }, /must be a list of filters/],
    [{ where: 'title=x' }, /where must be an object/],
    [{ where: nested(12) }, /at most 10 levels/],
    // Operators the field's kind (or PostgreSQL) does not answer, and values of the wrong shape: each was a 500.
    [{ where: { title: { like: ['a'] } } }, /where\[title\]\[like\] cannot be a list/],
    [{ where: { title: { all: 'a' } } }, /all operator is not available/],
    [{ where: { 'technologies.name': { all: ['a'] } } }, /all operator is not available/],
    [{ where: { content: { exists: true } } }, /"content" holds blocks, not a value/],
    [{ where: { meta: { equals: 'x' } } }, /"meta" holds rows or fields/],
    [{ where: { id: { contains: '1' } } }, /contains operator does not work on "id" \(a number field\)/],
    [{ where: { updatedAt: { like: 'x' } } }, /like operator does not work on "updatedAt" \(a date field\)/],
    [{ where: { _status: { like: 'x' } } }, /like operator does not work on "_status" \(a select field\)/],
    [{ where: { 'content.heading': { greater_than: { a: 1 } } } }, /cannot be an object/],
    [
      { where: { 'technologies.category': { contains: 'x' } } },
      /contains operator does not work on "technologies.category"/,
    ],
    [{ where: { title: { exists: 'maybe' } } }, /give true or false/],
    [{ where: { 'content.blockType': { equals: 'faq' } } }, /Filtering by a block's kind .* is not available/],
    [{ where: { 'guide.content.blockType': { exists: true } } }, /Filtering by a block's kind/],
  ])('refuses %j', async (args, message) => {
    const answer = await statusOf(getPayload().find(invalidFindArgs({ collection: 'guides', ...args })))
    expect(answer.status).toBe(400)
    expect(answer.message).toMatch(message)
  })

  it.each<Where>([
    { title: { like: 'developer' } },
    { 'content.heading': { like: 'skills' } },
    { 'meta.noindex': { not_equals: true } },
    { 'technologies.name': { like: 'postgres' } },
    { technologies: { contains: 1 } },
    { technologies: { in: [1, 2] } },
    { author: { exists: true } },
    { id: { in: [1, 2] } },
    { id: { like: 1 } },
    { _status: { in: ['published', 'draft'] } },
    { updatedAt: { greater_than: new Date(0) } },
    {
      or: [{ slug: { equals: 'a' } }, { 'technologies.slug': { not_in: ['b'] } }],
    },
  ])('answers %j', async (where) => {
    await expect(
      getPayload().find({
        collection: 'guides',
        where,
        depth: 0,
        limit: 1,
      }),
    ).resolves.toHaveProperty('docs')
  })

  it('refuses a list or an object where a field holds one value, in a draft too, and keeps the draft', async () => {
    const payload = getPayload()
    const title = `Shapes ${Date.now()}`
    const guide = await payload.create({
      collection: 'guides',
      draft: true,
      data: guideData({ title }),
    })
    for (const [data, message] of [
      [{ title: ['a', 'b'] }, /^title must be a single value/],
      [
        {
          content: [
            {
              blockType: 'plainList',
              heading: { $gt: '' },
              headingLevel: '2',
              items: [],
            },
          ],
        },
        /^content\.0\.heading must be a single value/,
      ],
      [
        {
          content: [
            {
              blockType: 'plainList',
              heading: 'x',
              headingLevel: '2',
              items: 'x',
            },
          ],
        },
        /^content\.0\.items must be a list of rows/,
      ],
      [{ content: [{ blockType: 'nope' }] }, /^content\.0\.blockType must be one of/],
    ] as const) {
      const answer = await statusOf(
        payload.update({
          collection: 'guides',
          id: guide.id,
          draft: true,
          data: invalidData<'guides'>(data),
        }),
      )
      expect(answer.status).toBe(400)
      expect(answer.message).toMatch(message)
    }
    expect(
      (
        await payload.findByID({
          collection: 'guides',
          id: guide.id,
          draft: true,
        })
      ).title,
    ).toBe(title)
  })

  it("takes the admin form's 0 for an array or blocks field without rows", async () => {
    const payload = getPayload()
    const guide = await payload.create({
      collection: 'guides',
      draft: true,
      // The admin form sends 0 for a blocks or array field without rows.
      data: invalidData<'guides'>({
        title: `Rows ${Date.now()}`,
        role: 'Tester',
        content: 0,
      }),
    })
    const saved = await payload.update({
      collection: 'guides',
      id: guide.id,
      draft: true,
      data: invalidData<'guides'>({
        content: [
          {
            blockType: 'plainList',
            heading: 'Tools',
            headingLevel: '2',
            items: 0,
          },
        ],
      }),
    })
    expect(saved.content).toHaveLength(1)
  })

  it('lets through what the site itself asks for', async () => {
    const payload = getPayload()
    const asked: { limit?: number; page?: number; depth?: number; where?: Where }[] = [
      { limit: 0 },
      { limit: 1000, page: 2 },
      { depth: 0 },
      {
        where: {
          and: [
            { title: { like: 'x' } },
            {
              or: [{ slug: { in: ['a', 'b'] } }, { _status: { exists: true } }],
            },
          ],
        },
      },
    ]
    for (const args of asked) {
      expect((await statusOf(payload.find({ collection: 'guides', ...args }))).status).toBe(200)
    }
  })
})
