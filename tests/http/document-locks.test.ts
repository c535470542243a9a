import fs from 'node:fs'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { adminHeaders, api, authorHeaders, editorHeaders } from './client'

/**
 * Document locks ("someone is editing this", `payload-locked-documents`) that cannot be forged: a
 * lock is the caller's and dated by the server, only someone who may change a document can lock it,
 * only an editor or an admin can clear or save over somebody else's lock, and the importer is never
 * held up by one (issue 19 finding 5: an author locked an editor's guide in the admin's name, until 2099).
 */
type Lock = {
  id: number
  user: { relationTo: string; value: number }
  updatedAt: string
  createdAt: string
  document: { relationTo: string; value: number }
}
type Headers = Record<string, string>

let author: Headers
let editor: Headers
let admin: Headers
const ids = { author: 0, editor: 0, admin: 0 }
let counter = 0

async function userId(headers: Headers) {
  return (await api<{ user: { id: number } }>('GET', '/users/me', undefined, headers)).json.user.id
}

async function draftBy(headers: Headers) {
  const slug = `locks-${Date.now().toString(36)}-${++counter}`
  const created = await api<{ doc: { id: number } }>(
    'POST',
    '/guides?draft=true',
    { title: `Locks ${slug}`, role: 'Lock Tester', slug },
    headers,
  )
  expect(created.status).toBe(201)
  return created.json.doc.id
}

async function locksOn(id: number) {
  return (
    await api<{ docs: Lock[] }>(
      'GET',
      `/payload-locked-documents?where[document.value][equals]=${id}&depth=0`,
      undefined,
      admin,
    )
  ).json.docs
}

const lock = (id: number, extra: Record<string, unknown> = {}) => ({
  document: { relationTo: 'guides', value: id },
  ...extra,
})

beforeAll(async () => {
  ;[author, editor, admin] = await Promise.all([authorHeaders(), editorHeaders(), adminHeaders()])
  ids.author = await userId(author)
  ids.editor = await userId(editor)
  ids.admin = await userId(admin)
})

describe('forging a lock', () => {
  it('an author cannot lock an editor’s guide in the admin’s name: 403, and the editor and the admin save it', async () => {
    const guide = await draftBy(editor)
    // The reproduction from the issue, verbatim but for the ids.
    const forged = await api(
      'POST',
      '/payload-locked-documents',
      { document: { relationTo: 'guides', value: guide }, user: { relationTo: 'users', value: ids.admin } },
      author,
    )
    expect(forged.status).toBe(403)
    expect(await locksOn(guide)).toEqual([])
    expect(
      (await api('PATCH', `/guides/${guide}?draft=true`, { excerpt: 'Saved by the editor.' }, editor)).status,
    ).toBe(200)
    expect((await api('PATCH', `/guides/${guide}?draft=true`, { excerpt: 'Saved by the admin.' }, admin)).status).toBe(
      200,
    )
  })

  it('a lock is always the caller’s and dated by the server, whatever the request says', async () => {
    const guide = await draftBy(author)
    const before = Date.now()
    const created = await api<{ doc: Lock }>(
      'POST',
      '/payload-locked-documents',
      lock(guide, {
        user: { relationTo: 'users', value: ids.editor },
        updatedAt: '2099-01-01T00:00:00.000Z',
        createdAt: '2099-01-01T00:00:00.000Z',
      }),
      author,
    )
    expect(created.status).toBe(201)
    const [stored] = await locksOn(guide)
    expect(stored!.user.value).toBe(ids.author)
    for (const date of [stored!.updatedAt, stored!.createdAt]) {
      expect(Math.abs(new Date(date).getTime() - before)).toBeLessThan(60_000)
    }
    // Refreshing the lock cannot move it in time, to another owner, or to another document either.
    const other = await draftBy(author)
    const refreshed = await api(
      'PATCH',
      `/payload-locked-documents/${stored!.id}`,
      {
        updatedAt: '2099-01-01T00:00:00.000Z',
        user: { relationTo: 'users', value: ids.admin },
        document: { relationTo: 'guides', value: other },
      },
      author,
    )
    expect(refreshed.status).toBe(200)
    const [after] = await locksOn(guide)
    expect(after!.user.value).toBe(ids.author)
    expect(Math.abs(new Date(after!.updatedAt).getTime() - Date.now())).toBeLessThan(60_000)
    expect(await locksOn(other)).toEqual([])
  })

  it('a lock on a document that does not exist, or on a global, is refused', async () => {
    expect([400, 403]).toContain((await api('POST', '/payload-locked-documents', lock(2_000_000_000), author)).status)
    expect((await api('POST', '/payload-locked-documents', { globalSlug: 'settings' }, author)).status).toBe(400)
    expect(
      (await api('POST', '/payload-locked-documents', lock(1), { 'Content-Type': 'application/json' })).status,
    ).toBe(403)
  })
})

describe('somebody else’s lock', () => {
  it('an editor saves over an author’s live lock only by saying so (overrideLock), which clears it', async () => {
    const guide = await draftBy(author)
    expect((await api('POST', '/payload-locked-documents', lock(guide), author)).status).toBe(201)
    expect((await api('PATCH', `/guides/${guide}?draft=true`, { excerpt: 'Not yet.' }, editor)).status).toBe(423)
    expect(
      (await api('PATCH', `/guides/${guide}?draft=true&overrideLock=true`, { excerpt: 'Taken over.' }, editor)).status,
    ).toBe(200)
    expect(await locksOn(guide)).toEqual([])
  })

  it('an author can neither save over, take over, release nor replace an editor’s lock on their own guide', async () => {
    const guide = await draftBy(author)
    const editorsLock = await api<{ doc: Lock }>('POST', '/payload-locked-documents', lock(guide), editor)
    expect(editorsLock.status).toBe(201)
    const lockId = editorsLock.json.doc.id

    expect(
      (await api('PATCH', `/guides/${guide}?draft=true&overrideLock=true`, { excerpt: 'Over the lock.' }, author))
        .status,
    ).toBe(423)
    expect([403, 404]).toContain(
      (
        await api(
          'PATCH',
          `/payload-locked-documents/${lockId}`,
          { user: { relationTo: 'users', value: ids.author } },
          author,
        )
      ).status,
    )
    expect([403, 404]).toContain((await api('DELETE', `/payload-locked-documents/${lockId}`, undefined, author)).status)
    expect((await api('POST', '/payload-locked-documents', lock(guide), author)).status).toBe(423)
    expect((await locksOn(guide)).map((row) => [row.id, row.user.value])).toEqual([[lockId, ids.editor]])
    const unchanged = await api<{ excerpt?: string | null }>(
      'GET',
      `/guides/${guide}?draft=true&depth=0`,
      undefined,
      editor,
    )
    expect(unchanged.json.excerpt ?? null).toBeNull()

    // The lock's owner releases it; then the author saves.
    expect((await api('DELETE', `/payload-locked-documents/${lockId}`, undefined, editor)).status).toBe(200)
    expect((await api('PATCH', `/guides/${guide}?draft=true`, { excerpt: 'Mine again.' }, author)).status).toBe(200)
  })
})

describe('the importer', () => {
  it('writes a guide somebody holds a lock on', async () => {
    const slug = `locked-import-${Date.now().toString(36)}`
    const markdown = fs
      .readFileSync('tests/fixtures/markdown.md', 'utf8')
      .replace('slug: devops-engineer-career-guide', `slug: ${slug}`)
    const post = (text: string) =>
      api<{ result: { id: number; created: boolean } }>('POST', '/guides/import', { text }, editor)
    const first = await post(markdown)
    expect(first.status).toBe(200)
    const id = first.json.result.id
    expect((await api('POST', '/payload-locked-documents', lock(id), author)).status).toBe(403) // not the author's guide
    expect((await api('POST', '/payload-locked-documents', lock(id), admin)).status).toBe(201)

    const second = await post(
      markdown.replace('# DevOps Engineer: Complete Career Guide (2026)', '# DevOps Engineer: Imported Over a Lock'),
    )
    expect(second.status).toBe(200)
    expect(second.json.result).toMatchObject({ id, created: false })
    const guide = await api<{ title: string }>('GET', `/guides/${id}?draft=true&depth=0`, undefined, editor)
    expect(guide.json.title).toBe('DevOps Engineer: Imported Over a Lock')
  })
})
