import { beforeAll, describe, expect, it } from '@jest/globals'
import { adminHeaders, api, authorHeaders, base, editorHeaders, get } from './client'

/**
 * Filtering or sorting through a relationship reads the related documents, so it is allowed only
 * into a collection the caller may read in full; otherwise the answer is a 403 that does not depend
 * on the data (no oracle). Every relationship path, role and API, with and without `draft=true`,
 * which Payload queried without the related collection's row rule (finding 4 of issue 19: an author
 * recovered an editor's email with `?draft=true&where[author.email][like]=…`).
 */
type Role = 'anonymous' | 'author' | 'editor' | 'admin'
const ROLES: Role[] = ['anonymous', 'author', 'editor', 'admin']

async function headersOf(role: Role): Promise<Record<string, string>> {
  if (role === 'anonymous') return { 'Content-Type': 'application/json' }
  return role === 'author' ? authorHeaders() : role === 'editor' ? editorHeaders() : adminHeaders()
}

/** Who may read every document of a collection (collections/access.ts). */
const READS_ALL: Record<string, Role[]> = {
  users: ['admin'],
  guides: ['author', 'editor', 'admin'],
  comments: ['editor', 'admin'],
  technologies: ROLES,
  skills: ROLES,
  media: ROLES,
}

interface PathCase {
  /** The endpoint, under /api. */
  endpoint: string
  path: string
  /** The collections the path reads through its relationships, in order. */
  crosses: string[]
  /** A value that matches the fixtures, and one that matches nothing. */
  hit: () => string
  miss: string
  drafts: boolean
  /** `like` unless the field is a select (`like` on a hasMany select is Payload's 500, issue 19 finding 7). */
  operator?: 'equals'
  /** Whether `miss` matches no document (any role can match some guide's author). */
  missMatchesNone?: false
}

const fixtures = { editorEmail: '', guideSlug: '', technologySlug: '' }
const CASES: PathCase[] = [
  {
    endpoint: '/guides',
    path: 'author.email',
    crosses: ['users'],
    hit: () => fixtures.editorEmail.slice(0, 4),
    miss: 'zz-no-such-account',
    drafts: true,
  },
  {
    endpoint: '/guides',
    path: 'author.roles',
    crosses: ['users'],
    hit: () => 'editor',
    miss: 'admin',
    drafts: true,
    operator: 'equals',
    missMatchesNone: false,
  },
  {
    endpoint: '/guides',
    path: 'author.name',
    crosses: ['users'],
    hit: () => '',
    miss: 'zz-no-such-name',
    drafts: true,
  },
  {
    endpoint: '/guides',
    path: 'technologies.slug',
    crosses: ['technologies'],
    hit: () => fixtures.technologySlug,
    miss: 'zz-no-such-technology',
    drafts: true,
  },
  {
    endpoint: '/guides',
    path: 'skills.name',
    crosses: ['skills'],
    hit: () => '',
    miss: 'zz-no-such-skill',
    drafts: true,
  },
  {
    endpoint: '/guides/versions',
    path: 'version.author.email',
    crosses: ['users'],
    hit: () => fixtures.editorEmail.slice(0, 4),
    miss: 'zz-no-such-account',
    drafts: false,
  },
  {
    endpoint: '/guides/versions',
    path: 'parent.author.email',
    crosses: ['guides', 'users'],
    hit: () => fixtures.editorEmail.slice(0, 4),
    miss: 'zz-no-such-account',
    drafts: false,
  },
  {
    endpoint: '/comments',
    path: 'guide.slug',
    crosses: ['guides'],
    hit: () => fixtures.guideSlug,
    miss: 'zz-no-such-guide',
    drafts: false,
  },
  {
    endpoint: '/comments',
    path: 'guide.author.email',
    crosses: ['guides', 'users'],
    hit: () => fixtures.editorEmail.slice(0, 4),
    miss: 'zz-no-such-account',
    drafts: false,
  },
  {
    endpoint: '/comments',
    path: 'parent.email',
    crosses: ['comments'],
    hit: () => 'relationship-filters',
    miss: 'zz-no-such-commenter',
    drafts: false,
  },
  {
    endpoint: '/technologies',
    path: 'language.slug',
    crosses: ['technologies'],
    hit: () => fixtures.technologySlug,
    miss: 'zz-no-such-language',
    drafts: false,
  },
]

const mayCross = (role: Role, c: PathCase) => c.crosses.every((slug) => READS_ALL[slug]!.includes(role))

/** The same filter in the shapes a caller can send it: plain, inside `or`, nested in `and`/`or`. */
const filterShapes = (path: string, value: string, operator = 'like') => [
  `where[${path}][${operator}]=${encodeURIComponent(value)}`,
  `where[or][0][${path}][${operator}]=${encodeURIComponent(value)}&where[or][1][id][equals]=0`,
  `where[and][0][or][0][${path}][equals]=${encodeURIComponent(value)}`,
]

async function rest(role: Role, url: string) {
  const response = await get(`${base()}/api${url}`, { headers: await headersOf(role) })
  return { status: response.status, body: await response.text() }
}

beforeAll(async () => {
  const editor = await editorHeaders()
  const me = await api<{ user: { email: string } }>('GET', '/users/me', undefined, editor)
  fixtures.editorEmail = me.json.user.email
  const stamp = Date.now().toString(36)
  const technology = await api<{ doc: { id: number; slug: string } }>(
    'POST',
    '/technologies',
    { name: `Filter Tech ${stamp}`, slug: `filter-tech-${stamp}`, category: 'other' },
    editor,
  )
  fixtures.technologySlug = technology.json.doc.slug
  // An editor's draft (only in the versions table until published) and a published guide with a comment thread.
  fixtures.guideSlug = `relationship-filters-${stamp}`
  await api(
    'POST',
    '/guides?draft=true',
    { title: 'Filter Draft', role: 'Filter Tester', slug: `${fixtures.guideSlug}-draft` },
    editor,
  )
  const published = await api<{ doc: { id: number } }>(
    'POST',
    '/guides',
    { title: 'Filter Guide', role: 'Filter Tester', slug: fixtures.guideSlug, _status: 'published' },
    editor,
  )
  expect(published.status).toBe(201)
  const comment = {
    guide: published.json.doc.id,
    authorName: 'Filter',
    email: 'relationship-filters@example.com',
    body: 'A comment',
    status: 'approved',
  }
  const parent = await api<{ doc: { id: number } }>('POST', '/comments', comment, editor)
  expect((await api('POST', '/comments', { ...comment, parent: parent.json.doc.id }, editor)).status).toBe(201)
})

describe.each(CASES)('$endpoint filtered on $path', (c) => {
  describe.each(ROLES)('as %s', (role) => {
    const allowed = mayCross(role, c)
    const drafts = c.drafts ? ['', '&draft=true'] : ['']

    it(`${allowed ? 'filters' : 'is refused with a 403, whatever the value'} over REST, with and without draft=true`, async () => {
      for (const draft of drafts) {
        for (const [hit, miss] of filterShapes(c.path, c.hit(), c.operator).map((shape, i) => [
          shape,
          filterShapes(c.path, c.miss, c.operator)[i]!,
        ])) {
          const [found, notFound] = [
            await rest(role, `${c.endpoint}?${hit}${draft}&depth=0`),
            await rest(role, `${c.endpoint}?${miss}${draft}&depth=0`),
          ]
          if (allowed) {
            expect([found.status, notFound.status]).toEqual([200, 200])
            if (c.missMatchesNone !== false)
              expect((JSON.parse(notFound.body) as { totalDocs: number }).totalDocs).toBe(0)
          } else {
            expect([found.status, notFound.status]).toEqual([403, 403])
            expect(found.body).toBe(notFound.body)
            expect(JSON.parse(found.body)).toEqual({ errors: [{ message: expect.stringContaining(`"${c.path}"`) }] })
          }
        }
        // The count endpoint and a bulk update answer the same.
        if (c.endpoint !== '/guides/versions') {
          const counted = await rest(
            role,
            `${c.endpoint}/count?where[${c.path}][${c.operator ?? 'like'}]=${encodeURIComponent(c.hit())}${draft}`,
          )
          expect(counted.status).toBe(allowed ? 200 : 403)
        }
      }
    })

    it(`sorting on it is ${allowed ? 'allowed' : 'refused with a 403'}`, async () => {
      for (const draft of drafts) {
        for (const sort of [c.path, `-${c.path}`, `title,${c.path}`]) {
          const answer = await rest(role, `${c.endpoint}?sort=${sort}${draft}&depth=0&limit=50`)
          expect(answer.status).toBe(allowed ? 200 : 403)
        }
      }
    })
  })
})

describe('where a filter through a relationship works', () => {
  it('finds the editor’s guides by their email for the admin, drafts included', async () => {
    const admin = await adminHeaders()
    const email = encodeURIComponent(fixtures.editorEmail)
    const drafts = await api<{ totalDocs: number }>(
      'GET',
      `/guides?draft=true&where[author.email][equals]=${email}&depth=0`,
      undefined,
      admin,
    )
    expect(drafts.json.totalDocs).toBeGreaterThan(0)
    const none = await api<{ totalDocs: number }>(
      'GET',
      `/guides?draft=true&where[author.email][equals]=zz-${email}&depth=0`,
      undefined,
      admin,
    )
    expect(none.json.totalDocs).toBe(0)
  })

  it('a filter on the relationship itself (an id) stays open to every signed-in role', async () => {
    const me = await api<{ user: { id: number } }>('GET', '/users/me', undefined, await authorHeaders())
    for (const role of ['author', 'editor', 'admin'] as const) {
      for (const path of ['author', 'author.id']) {
        expect((await rest(role, `/guides?draft=true&where[${path}][equals]=${me.json.user.id}&depth=0`)).status).toBe(
          200,
        )
      }
    }
  })
})

describe('bulk writes filtered through a relationship', () => {
  it('are refused before they change anything', async () => {
    const response = await get(
      `${base()}/api/guides?where[author.email][like]=${encodeURIComponent(fixtures.editorEmail.slice(0, 3))}`,
      {
        method: 'PATCH',
        headers: await authorHeaders(),
        body: JSON.stringify({ excerpt: 'Changed in bulk.' }),
      },
    )
    expect(response.status).toBe(403)
  })
})

describe('over GraphQL', () => {
  async function graphql(role: Role, query: string) {
    const response = await get(`${base()}/api/graphql`, {
      method: 'POST',
      headers: await headersOf(role),
      body: JSON.stringify({ query }),
    })
    return (await response.json()) as {
      data?: Record<string, { totalDocs: number } | null> | null
      errors?: { message: string }[]
    }
  }

  it.each(ROLES)(
    'sorting guides on the author’s email or roles as %s is allowed only to whoever reads every account',
    async (role) => {
      for (const sort of ['author.email', '-author.roles', 'author__email']) {
        for (const draft of ['false', 'true']) {
          const answer = await graphql(role, `{ Guides(sort: "${sort}", draft: ${draft}, limit: 50) { totalDocs } }`)
          if (role === 'admin') {
            expect(answer.errors).toBeUndefined()
            expect(answer.data?.Guides?.totalDocs).toBeGreaterThan(0)
          } else {
            expect(answer.errors?.[0]?.message).toMatch(/cannot be filtered or sorted/)
            expect(answer.data?.Guides ?? null).toBeNull()
          }
        }
      }
    },
  )

  it.each(ROLES)('a where on the author’s email as %s tells nothing about the accounts', async (role) => {
    // GraphQL's where types name only a relationship's id, so the filter cannot even be expressed:
    // the answer is the same error whether the value matches an account or not.
    for (const draft of ['false', 'true']) {
      const [hit, miss] = (await Promise.all(
        [fixtures.editorEmail.slice(0, 4), 'zz-no-such-account'].map((value) =>
          graphql(role, `{ Guides(draft: ${draft}, where: { author__email: { like: "${value}" } }) { totalDocs } }`),
        ),
      )) as [Awaited<ReturnType<typeof graphql>>, Awaited<ReturnType<typeof graphql>>]
      expect(hit.errors?.length).toBeGreaterThan(0)
      expect(hit.data?.Guides ?? null).toBeNull()
      expect(hit).toEqual(miss)
    }
  })
})
