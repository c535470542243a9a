import { beforeAll, describe, expect, it } from '@jest/globals'
import { api, authorHeaders, base, editorHeaders, get } from './client'

/**
 * An author's own guides' versions: listed and restored; anybody else's refused with a 403, and the
 * admin views an author can open answer "not allowed" or show the guide, never a 500 (issue 19
 * finding 6: the versions rule filtered on `author`, which versions only have as `version.author`).
 */
type Version = { id: number; parent: number; version: { author?: number | null; excerpt?: string | null } }
type Versions = { docs: Version[]; totalDocs: number }

let author: Record<string, string>
let editor: Record<string, string>
let authorId = 0
const own = { guide: 0, firstVersion: 0 }
const others = { guide: 0, version: 0 }

/** A draft with two saved versions: the first with `excerpt: first`. */
async function draftWithTwoVersions(headers: Record<string, string>, slug: string) {
  const created = await api<{ doc: { id: number } }>(
    'POST',
    '/guides?draft=true',
    { title: `Versions ${slug}`, role: 'Version Tester', slug, excerpt: 'first' },
    headers,
  )
  expect(created.status).toBe(201)
  const id = created.json.doc.id
  expect((await api('PATCH', `/guides/${id}?draft=true`, { excerpt: 'second' }, headers)).status).toBe(200)
  const versions = await api<Versions>(
    'GET',
    `/guides/versions?where[parent][equals]=${id}&sort=createdAt&depth=0`,
    undefined,
    await editorHeaders(),
  )
  const first = versions.json.docs.find((doc) => doc.version.excerpt === 'first')
  expect(first).toBeDefined()
  return { id, firstVersion: first!.id }
}

beforeAll(async () => {
  author = await authorHeaders()
  editor = await editorHeaders()
  authorId = (await api<{ user: { id: number } }>('GET', '/users/me', undefined, author)).json.user.id
  const stamp = Date.now().toString(36)
  const mine = await draftWithTwoVersions(author, `author-versions-${stamp}`)
  own.guide = mine.id
  own.firstVersion = mine.firstVersion
  const theirs = await draftWithTwoVersions(editor, `editor-versions-${stamp}`)
  others.guide = theirs.id
  others.version = theirs.firstVersion
})

describe('an author and guide versions', () => {
  it('lists only the versions of their own guides (200)', async () => {
    const listed = await api<Versions>('GET', '/guides/versions?limit=100&depth=0', undefined, author)
    expect(listed.status).toBe(200)
    expect(listed.json.docs.map((doc) => doc.parent)).toContain(own.guide)
    expect(listed.json.docs.every((doc) => doc.version.author === authorId)).toBe(true)
    const filtered = await api<Versions>(
      'GET',
      `/guides/versions?where[parent][equals]=${others.guide}&depth=0`,
      undefined,
      author,
    )
    expect(filtered.status).toBe(200)
    expect(filtered.json.totalDocs).toBe(0)
    const ownVersions = await api<Versions>(
      'GET',
      `/guides/versions?where[parent][equals]=${own.guide}&depth=0`,
      undefined,
      author,
    )
    expect([ownVersions.status, ownVersions.json.totalDocs]).toEqual([200, 2])
  })

  it('reads their own version and is refused another writer’s with a 403', async () => {
    expect((await api('GET', `/guides/versions/${own.firstVersion}?depth=0`, undefined, author)).status).toBe(200)
    expect((await api('GET', `/guides/versions/${others.version}?depth=0`, undefined, author)).status).toBe(403)
  })

  it('restores their own version (200) and is refused another writer’s (403), which stays as it was', async () => {
    const restored = await api<{ doc: { excerpt?: string } }>(
      'POST',
      `/guides/versions/${own.firstVersion}?draft=true`,
      undefined,
      author,
    )
    expect(restored.status).toBe(200)
    const current = await api<{ excerpt?: string }>('GET', `/guides/${own.guide}?draft=true&depth=0`, undefined, author)
    expect(current.json.excerpt).toBe('first')

    const refused = await api('POST', `/guides/versions/${others.version}?draft=true`, undefined, author)
    expect(refused.status).toBe(403)
    const theirs = await api<{ excerpt?: string }>(
      'GET',
      `/guides/${others.guide}?draft=true&depth=0`,
      undefined,
      editor,
    )
    expect(theirs.json.excerpt).toBe('second')
  })

  it('the same over GraphQL', async () => {
    const response = await get(`${base()}/api/graphql`, {
      method: 'POST',
      headers: author,
      body: JSON.stringify({
        query: '{ versionsGuides(limit: 100) { docs { parent { id } version { author { id } } } } }',
      }),
    })
    const answer = (await response.json()) as {
      data?: { versionsGuides: { docs: { parent: { id: number } | null }[] } }
      errors?: unknown[]
    }
    expect(answer.errors).toBeUndefined()
    expect(answer.data!.versionsGuides.docs.map((doc) => doc.parent?.id)).toContain(own.guide)
    expect(answer.data!.versionsGuides.docs.map((doc) => doc.parent?.id)).not.toContain(others.guide)
  })
})

describe('the admin views an author can open', () => {
  async function adminPage(path: string) {
    const token = author.Authorization!.replace('JWT ', '')
    const response = await get(`${base()}${path}`, {
      headers: { Cookie: `payload-token=${token}`, 'Sec-Fetch-Site': 'same-origin' },
      redirect: 'manual',
    })
    return { status: response.status, html: await response.text() }
  }

  it.each([
    ['another writer’s draft', () => `/admin/collections/guides/${others.guide}`],
    ['another writer’s versions', () => `/admin/collections/guides/${others.guide}/versions`],
    ['another writer’s version', () => `/admin/collections/guides/${others.guide}/versions/${others.version}`],
    ['their own draft', () => `/admin/collections/guides/${own.guide}`],
    ['their own versions', () => `/admin/collections/guides/${own.guide}/versions`],
    ['their own version', () => `/admin/collections/guides/${own.guide}/versions/${own.firstVersion}`],
    ['the guides list', () => '/admin/collections/guides'],
  ])('%s: an answer, not a 500', async (_, path) => {
    const page = await adminPage(path())
    expect(page.status).toBeLessThan(500)
    expect(page.html).not.toMatch(/Application error|Internal Server Error|Cannot find field/i)
  })

  it('another writer’s version: "not allowed" instead of its content', async () => {
    const page = await adminPage(`/admin/collections/guides/${others.guide}/versions/${others.version}`)
    expect(page.status).toBeLessThan(500)
    expect(page.html).toMatch(/not allowed|unauthorized|not found/i)
  })
})
