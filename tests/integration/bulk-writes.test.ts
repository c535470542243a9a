import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { REST_DELETE, REST_PATCH } from '@payloadcms/next/routes'
import { BULK_WRITE_BATCH, bulkWritesInBatches } from '@/lib/http/bulk-writes'
import { createUser, payloadForThisFile, unique } from './payload'
import { guideData } from '@/tests/support/data'

const getPayload = payloadForThisFile()
let payload: Payload
let editorHeaders: Headers
let authorHeaders: Headers
let authorId: number

const PASSWORD = 'correct horse battery staple'
const config = import('../../payload.config').then((module) => module.default)
const context = { params: Promise.resolve({ slug: ['guides'] }) }

async function headersFor(roles: ('editor' | 'author')[]) {
  const user = await createUser(payload, roles)
  const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })
  return { id: user.id, headers: new Headers({ Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }) }
}

/** Payload's own handler, recording how many ids each call it answers names. */
function recording(handler: (request: Request, context: never) => Promise<Response>) {
  const batches: number[] = []
  const spy = async (request: Request, routeContext: typeof context) => {
    const params = new URL(request.url).searchParams
    batches.push([...params.keys()].filter((key) => key.startsWith('where[id][in]')).length)
    return handler(request, routeContext as never)
  }
  return { batches, spy }
}

async function seedGuides(prefix: string, count: number, author?: number) {
  for (let i = 0; i < count; i++) {
    await payload.create({
      collection: 'guides',
      data: guideData({ title: `${prefix} ${i}`, slug: `${prefix}-${i}`, _status: 'published', author }),
    })
  }
}

const count = (prefix: string) =>
  payload.count({ collection: 'guides', where: { slug: { like: prefix } } }).then((result) => result.totalDocs)

beforeAll(async () => {
  payload = getPayload()
  await createUser(payload, ['admin'])
  editorHeaders = (await headersFor(['editor'])).headers
  const author = await headersFor(['author'])
  authorHeaders = author.headers
  authorId = author.id
})

describe('a bulk delete through REST', () => {
  it('deletes every match in batches of at most BULK_WRITE_BATCH, whatever its limit', async () => {
    const prefix = unique('bulk-delete')
    const total = BULK_WRITE_BATCH * 2 + 5
    await seedGuides(prefix, total)
    const { batches, spy } = recording(REST_DELETE(config))
    const response = await bulkWritesInBatches(
      config,
      'delete',
      spy,
    )(
      new Request(`http://localhost/api/guides?where[slug][like]=${prefix}&limit=5000`, {
        method: 'DELETE',
        headers: editorHeaders,
      }),
      context,
    )
    const body = (await response.json()) as { docs: { id: number; title?: string; slug?: string }[]; message: string }
    expect(response.status).toBe(200)
    expect(batches).toEqual([BULK_WRITE_BATCH, BULK_WRITE_BATCH, 5])
    expect(body.docs).toHaveLength(total)
    expect(body.message).toBe(`Deleted ${total} Guides successfully.`)
    // The first batch as Payload answers it, the rest by id and title.
    expect(body.docs[0]!.slug).toMatch(prefix)
    expect(Object.keys(body.docs[total - 1]!).sort()).toEqual(['id', 'title'])
    expect(await count(prefix)).toBe(0)
  })

  it('is refused to an author as Payload refuses it, and deletes nothing', async () => {
    const prefix = unique('bulk-refused')
    await seedGuides(prefix, BULK_WRITE_BATCH + 1, authorId)
    const response = await bulkWritesInBatches(
      config,
      'delete',
      REST_DELETE(config),
    )(
      new Request(`http://localhost/api/guides?where[slug][like]=${prefix}`, {
        method: 'DELETE',
        headers: authorHeaders,
      }),
      context,
    )
    expect(response.status).toBe(403)
    const anonymous = await bulkWritesInBatches(
      config,
      'delete',
      REST_DELETE(config),
    )(new Request(`http://localhost/api/guides?where[slug][like]=${prefix}`, { method: 'DELETE' }), context)
    expect(anonymous.status).toBe(403)
    expect(await count(prefix)).toBe(BULK_WRITE_BATCH + 1)
  })
})

describe('a bulk update through REST', () => {
  it("changes only an author's own guides, in batches, honouring limit", async () => {
    const prefix = unique('bulk-update')
    await seedGuides(prefix, BULK_WRITE_BATCH + 10, authorId)
    await seedGuides(`${prefix}-others`, 5)
    const { batches, spy } = recording(REST_PATCH(config))
    const response = await bulkWritesInBatches(
      config,
      'update',
      spy,
    )(
      new Request(`http://localhost/api/guides?where[slug][like]=${prefix}&draft=true`, {
        method: 'PATCH',
        headers: authorHeaders,
        body: JSON.stringify({ excerpt: 'Changed in bulk' }),
      }),
      context,
    )
    const body = (await response.json()) as { docs: { id: number }[]; errors: unknown[] }
    expect(body.errors).toEqual([])
    expect(response.status).toBe(200)
    expect(batches).toEqual([BULK_WRITE_BATCH, 15])
    expect(body.docs).toHaveLength(BULK_WRITE_BATCH + 10)

    const limited = await bulkWritesInBatches(
      config,
      'update',
      REST_PATCH(config),
    )(
      new Request(`http://localhost/api/guides?where[slug][like]=${prefix}&draft=true&limit=3`, {
        method: 'PATCH',
        headers: editorHeaders,
        body: JSON.stringify({ excerpt: 'Changed again' }),
      }),
      context,
    )
    expect(((await limited.json()) as { docs: unknown[] }).docs).toHaveLength(3)
  })
})
