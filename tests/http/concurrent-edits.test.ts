import { describe, expect, it } from '@jest/globals'
import { adminHeaders, api, editorHeaders } from './client'

/**
 * Two people editing one guide: while one has it open (Payload's document lock, the row the admin's
 * edit view writes to `payload-locked-documents`), the other's save is refused with 423 and a message
 * instead of silently overwriting; once the lock is released the second save goes through, and both
 * saves stay in the guide's version history.
 */
describe('concurrent edits', () => {
  it('refuse the second writer while the first holds the lock, and keep both versions', async () => {
    const editor = await editorHeaders()
    const admin = await adminHeaders()
    const slug = `concurrent-${Date.now().toString(36)}`
    const created = await api<{ doc: { id: number } }>(
      'POST',
      '/guides',
      { title: 'Concurrent Edits', role: 'Tester', slug, _status: 'published' },
      editor,
    )
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const me = await api<{ user: { id: number } }>('GET', '/users/me', undefined, editor)

    // The editor opens the guide: the lock the admin UI takes.
    const lock = await api<{ doc: { id: number } }>(
      'POST',
      '/payload-locked-documents',
      {
        document: { relationTo: 'guides', value: id },
        globalSlug: null,
        user: { relationTo: 'users', value: me.json.user.id },
      },
      editor,
    )
    expect(lock.status).toBe(201)

    const refused = await api<{ errors: { message: string }[] }>(
      'PATCH',
      `/guides/${id}`,
      { excerpt: 'The second writer’s text.', _status: 'published' },
      admin,
    )
    expect(refused.status).toBe(423)
    expect(refused.json.errors[0]!.message).toMatch(/locked/i)
    expect(
      (await api<{ excerpt?: string | null }>('GET', `/guides/${id}?depth=0`, undefined, admin)).json.excerpt ?? null,
    ).toBeNull()

    expect(
      (await api('PATCH', `/guides/${id}`, { excerpt: 'The first writer’s text.', _status: 'published' }, editor))
        .status,
    ).toBe(200)
    // Leaving the document releases the lock (the admin deletes the row; Payload may already have on save).
    const release = await api('DELETE', `/payload-locked-documents/${lock.json.doc.id}`, undefined, editor)
    expect([200, 404]).toContain(release.status)
    const remaining = await api<{ totalDocs: number }>(
      'GET',
      `/payload-locked-documents?where[document.value][equals]=${id}&depth=0`,
      undefined,
      admin,
    )
    expect(remaining.json.totalDocs).toBe(0)
    expect(
      (await api('PATCH', `/guides/${id}`, { excerpt: 'The second writer’s text.', _status: 'published' }, admin))
        .status,
    ).toBe(200)

    const versions = await api<{ docs: { version: { excerpt?: string | null } }[] }>(
      'GET',
      `/guides/versions?where[parent][equals]=${id}&limit=50&depth=0`,
      undefined,
      admin,
    )
    const excerpts = versions.json.docs.map((doc) => doc.version.excerpt)
    expect(excerpts).toEqual(expect.arrayContaining(['The first writer’s text.', 'The second writer’s text.']))
  })
})
