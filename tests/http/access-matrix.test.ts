import { beforeAll, describe, expect, it } from '@jest/globals'
import { adminHeaders, api, authorHeaders, base, editorHeaders, get } from './client'

/**
 * Who may do what, for every collection, every role and every operation, through REST and GraphQL
 * alike (both go through the same access functions, and this shows it). An allowed write is checked
 * by its status; a refused one also by the document being unchanged afterwards.
 */
type Role = 'anonymous' | 'author' | 'editor' | 'admin'
const ROLES: Role[] = ['anonymous', 'author', 'editor', 'admin']

async function headersOf(role: Role): Promise<Record<string, string>> {
  if (role === 'anonymous') return { 'Content-Type': 'application/json' }
  return role === 'author' ? authorHeaders() : role === 'editor' ? editorHeaders() : adminHeaders()
}

let counter = 0
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`

interface CollectionCase {
  slug: string
  /** GraphQL names: the singular used in `createX`, `updateX`, `deleteX`. */
  singular: string
  data: () => Record<string, unknown>
  /** A field to change in an update, and a new value for it. */
  change: () => Record<string, unknown>
  create: Role[]
  update: Role[]
  remove: Role[]
  /** The same data as GraphQL's input types spell it (enum values cannot start with a digit). */
  asGraphql?: (data: Record<string, unknown>) => Record<string, unknown>
}

let sampleGuideId = 0
const CASES: CollectionCase[] = [
  {
    slug: 'technologies',
    singular: 'Technology',
    data: () => ({ name: unique('Matrix Tech'), slug: unique('matrix-tech'), category: 'other' }),
    change: () => ({ description: unique('changed') }),
    create: ['editor', 'admin'],
    update: ['editor', 'admin'],
    remove: ['editor', 'admin'],
  },
  {
    slug: 'skills',
    singular: 'Skill',
    data: () => ({ name: unique('Matrix Skill'), slug: unique('matrix-skill'), kind: 'technical' }),
    change: () => ({ description: unique('changed') }),
    create: ['editor', 'admin'],
    update: ['editor', 'admin'],
    remove: ['editor', 'admin'],
  },
  {
    slug: 'people',
    singular: 'Person',
    data: () => ({ name: unique('Matrix Person'), slug: unique('matrix-person') }),
    change: () => ({ bio: unique('changed') }),
    create: ['editor', 'admin'],
    update: ['editor', 'admin'],
    remove: ['editor', 'admin'],
  },
  {
    slug: 'redirects',
    singular: 'Redirect',
    data: () => ({ from: `/${unique('matrix-from')}`, to: { type: 'custom', url: '/guides' }, type: '308' }),
    change: () => ({ from: `/${unique('matrix-moved')}`, to: { type: 'custom', url: '/guides' } }),
    asGraphql: (data) => ({ ...data, ...(data.type ? { type: `_${data.type}` } : {}) }),
    create: ['editor', 'admin'],
    update: ['editor', 'admin'],
    remove: ['editor', 'admin'],
  },
  {
    slug: 'comments',
    singular: 'Comment',
    data: () => ({
      guide: sampleGuideId,
      authorName: 'Matrix',
      email: 'matrix@example.com',
      body: unique('A comment'),
      status: 'pending',
    }),
    change: () => ({ status: 'approved' }),
    create: ['editor', 'admin'],
    update: ['editor', 'admin'],
    remove: ['editor', 'admin'],
  },
  // A guide written by the editor: an author may write guides but change only their own (below).
  {
    slug: 'guides',
    singular: 'Guide',
    data: () => ({ title: unique('Matrix Guide'), role: 'Matrix Tester', slug: unique('matrix-guide') }),
    change: () => ({ excerpt: unique('changed') }),
    create: ['author', 'editor', 'admin'],
    update: ['editor', 'admin'],
    remove: ['editor', 'admin'],
  },
  {
    slug: 'users',
    singular: 'User',
    data: () => ({ email: `${unique('matrix')}@example.com`, password: 'matrix-password-123', roles: ['author'] }),
    change: () => ({ name: unique('Renamed') }),
    create: ['admin'],
    update: ['admin'],
    remove: ['admin'],
  },
]

async function graphql(role: Role, query: string, variables: Record<string, unknown> = {}) {
  const response = await get(`${base()}/api/graphql`, {
    method: 'POST',
    headers: await headersOf(role),
    body: JSON.stringify({ query, variables }),
  })
  return (await response.json()) as {
    data?: Record<string, { id: number } | null> | null
    errors?: { message: string }[]
  }
}

/** A document made by an admin for a test to act on. */
async function fixture(c: CollectionCase): Promise<{ id: number; doc: Record<string, unknown> }> {
  const created = await api<{ doc: { id: number } & Record<string, unknown> }>(
    'POST',
    `/${c.slug}`,
    c.data(),
    await adminHeaders(),
  )
  expect(created.status).toBe(201)
  return { id: created.json.doc.id, doc: created.json.doc }
}

async function readAsAdmin(c: CollectionCase, id: number) {
  return (
    await api<Record<string, unknown>>('GET', `/${c.slug}/${id}?depth=0&draft=true`, undefined, await adminHeaders())
  ).json
}

beforeAll(async () => {
  const found = await api<{ docs: { id: number }[] }>(
    'GET',
    '/guides?where[slug][equals]=back-end-developer-career-guide&depth=0',
  )
  sampleGuideId = found.json.docs[0]!.id
})

describe.each(CASES)('$slug', (c) => {
  describe.each(ROLES)('as %s', (role) => {
    const gql = c.asGraphql ?? ((data: Record<string, unknown>) => data)
    const allowed = (list: Role[]) => list.includes(role)

    it(`create: ${allowed(c.create) ? 'allowed' : 'refused'} over REST and GraphQL`, async () => {
      const rest = await api('POST', `/${c.slug}`, c.data(), await headersOf(role))
      const answer = await graphql(
        role,
        `mutation($data: mutation${c.singular}Input!) { create${c.singular}(data: $data) { id } }`,
        { data: gql(c.data()) },
      )
      if (allowed(c.create)) {
        expect(rest.status).toBe(201)
        expect(answer.errors).toBeUndefined()
        expect(answer.data?.[`create${c.singular}`]?.id).toEqual(expect.any(Number))
      } else {
        expect([401, 403]).toContain(rest.status)
        expect(answer.errors?.[0]?.message).toMatch(/not allowed/i)
        expect(answer.data?.[`create${c.singular}`] ?? null).toBeNull()
      }
    })

    it(`update another's document: ${allowed(c.update) ? 'allowed' : 'refused'} over REST and GraphQL`, async () => {
      const { id } = await fixture(c)
      const before = await readAsAdmin(c, id)
      const rest = await api('PATCH', `/${c.slug}/${id}`, c.change(), await headersOf(role))
      const answer = await graphql(
        role,
        `mutation($id: Int!, $data: mutation${c.singular}UpdateInput!) { update${c.singular}(id: $id, data: $data) { id } }`,
        { id, data: gql(c.change()) },
      )
      if (allowed(c.update)) {
        expect(rest.status).toBe(200)
        expect(answer.errors).toBeUndefined()
      } else {
        expect([401, 403, 404]).toContain(rest.status)
        expect(answer.errors?.length).toBeGreaterThan(0)
        const after = await readAsAdmin(c, id)
        expect({ ...after, updatedAt: undefined }).toEqual({ ...before, updatedAt: undefined })
      }
    })

    it(`delete: ${allowed(c.remove) ? 'allowed' : 'refused'} over REST and GraphQL`, async () => {
      const [first, second] = [await fixture(c), await fixture(c)]
      const rest = await api('DELETE', `/${c.slug}/${first.id}`, undefined, await headersOf(role))
      const answer = await graphql(role, `mutation($id: Int!) { delete${c.singular}(id: $id) { id } }`, {
        id: second.id,
      })
      const remaining = await Promise.all(
        [first.id, second.id].map(
          async (id) =>
            (await api('GET', `/${c.slug}/${id}?depth=0&draft=true`, undefined, await adminHeaders())).status,
        ),
      )
      if (allowed(c.remove)) {
        expect(rest.status).toBe(200)
        expect(answer.errors).toBeUndefined()
        expect(remaining).toEqual([404, 404])
      } else {
        expect([401, 403, 404]).toContain(rest.status)
        expect(answer.errors?.length).toBeGreaterThan(0)
        expect(remaining).toEqual([200, 200])
      }
    })
  })
})

describe('reading', () => {
  let draftId = 0
  let publishedId = 0
  let pendingCommentId = 0
  beforeAll(async () => {
    const admin = await adminHeaders()
    draftId = (
      await api<{ doc: { id: number } }>(
        'POST',
        '/guides',
        { title: unique('Matrix Draft'), role: 'Matrix', slug: unique('matrix-draft') },
        admin,
      )
    ).json.doc.id
    publishedId = (
      await api<{ doc: { id: number } }>(
        'POST',
        '/guides',
        { title: unique('Matrix Live'), role: 'Matrix', slug: unique('matrix-live'), _status: 'published' },
        admin,
      )
    ).json.doc.id
    pendingCommentId = (
      await api<{ doc: { id: number } }>(
        'POST',
        '/comments',
        {
          guide: publishedId,
          authorName: 'Matrix',
          email: 'matrix@example.com',
          body: unique('Pending'),
          status: 'pending',
        },
        admin,
      )
    ).json.doc.id
  })

  it.each(ROLES)(
    'as %s: published guides always; drafts only signed in; pending comments and emails only editors',
    async (role) => {
      const headers = await headersOf(role)
      const status = async (path: string) => (await api('GET', path, undefined, headers)).status
      expect(await status(`/guides/${publishedId}`)).toBe(200)
      expect(await status(`/guides/${draftId}?draft=true`)).toBe(role === 'anonymous' ? 404 : 200)
      const editorLike = role === 'editor' || role === 'admin'
      expect(await status(`/comments/${pendingCommentId}`)).toBe(editorLike ? 200 : 404)

      const answer = await graphql(
        role,
        `query($id: Int!) { Guide(id: $id, draft: true) { id } Comments(where: { id: { equals: ${pendingCommentId} } }) { docs { id email } } }`,
        { id: draftId },
      )
      expect(answer.data?.Guide ?? null).toEqual(role === 'anonymous' ? null : { id: draftId })
      const comments = (answer.data as unknown as { Comments: { docs: { id: number; email: string | null }[] } })
        .Comments.docs
      expect(comments).toEqual(editorLike ? [{ id: pendingCommentId, email: 'matrix@example.com' }] : [])
    },
  )

  // One profile for all roles: an account has at most one.
  let linked: Promise<{ id: number; account: number }> | undefined
  const linkedProfile = () =>
    (linked ??= (async () => {
      const editor = await api<{ user: { id: number } }>('GET', '/users/me')
      const profile = await api<{ doc: { id: number } }>(
        'POST',
        '/people',
        { name: unique('Matrix Linked'), slug: unique('matrix-linked'), account: editor.json.user.id },
        await adminHeaders(),
      )
      expect(profile.status).toBe(201)
      return { id: profile.json.doc.id, account: editor.json.user.id }
    })())

  it.each(ROLES)('as %s: an author profile, but its linked account only as an editor', async (role) => {
    const { id, account } = await linkedProfile()
    const editorLike = role === 'editor' || role === 'admin'
    const rest = await api<Record<string, unknown>>('GET', `/people/${id}?depth=1`, undefined, await headersOf(role))
    expect(rest.status).toBe(200)
    if (editorLike) expect(rest.json.account).toMatchObject({ id: account })
    else expect(rest.json).not.toHaveProperty('account')
    const answer = await graphql(
      role,
      `
        query ($id: Int!) {
          Person(id: $id) {
            id
            account {
              id
              email
            }
          }
        }
      `,
      { id },
    )
    expect(answer.data?.Person).toEqual({
      id,
      account: editorLike ? { id: account, email: process.env.TEST_EDITOR_EMAIL } : null,
    })
  })

  it.each(ROLES)('as %s: accounts: admins see all, others only their own, anonymous none', async (role) => {
    const { status, json } = await api<{ docs: { email: string; hash?: unknown; salt?: unknown }[] }>(
      'GET',
      '/users?limit=100&depth=0',
      undefined,
      await headersOf(role),
    )
    if (role === 'anonymous') {
      expect([401, 403]).toContain(status)
      return
    }
    expect(status).toBe(200)
    if (role === 'admin') expect(json.docs.length).toBeGreaterThan(2)
    else expect(json.docs).toHaveLength(1)
    for (const doc of json.docs) expect(doc).not.toHaveProperty('hash')
  })
})

describe('an author and their own guide', () => {
  it('edits it, may not publish it or delete it, over REST and GraphQL', async () => {
    const created = await api<{ doc: { id: number } }>(
      'POST',
      '/guides',
      { title: unique('Author Own'), role: 'Matrix', slug: unique('author-own') },
      await authorHeaders(),
    )
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    expect(
      (await api('PATCH', `/guides/${id}?draft=true`, { excerpt: 'Mine to change.' }, await authorHeaders())).status,
    ).toBe(200)
    const gqlEdit = await graphql(
      'author',
      `
        mutation ($id: Int!) {
          updateGuide(id: $id, draft: true, data: { excerpt: "Changed in GraphQL." }) {
            id
          }
        }
      `,
      { id },
    )
    expect(gqlEdit.errors).toBeUndefined()

    expect((await api('PATCH', `/guides/${id}`, { _status: 'published' }, await authorHeaders())).status).toBe(403)
    const gqlPublish = await graphql(
      'author',
      `
        mutation ($id: Int!) {
          updateGuide(id: $id, data: { _status: published }) {
            id
          }
        }
      `,
      { id },
    )
    expect(gqlPublish.errors?.length).toBeGreaterThan(0)
    expect((await api('DELETE', `/guides/${id}`, undefined, await authorHeaders())).status).toBe(403)
    const after = await api<{ _status: string; excerpt: string }>(
      'GET',
      `/guides/${id}?draft=true&depth=0`,
      undefined,
      await adminHeaders(),
    )
    expect(after.json).toMatchObject({ _status: 'draft', excerpt: 'Changed in GraphQL.' })

    // An editor publishes it.
    expect((await api('PATCH', `/guides/${id}`, { _status: 'published' }, await editorHeaders())).status).toBe(200)
  })
})
