import { beforeAll, describe, expect, it } from '@jest/globals'
import { api, authorHeaders, editorHeaders } from './client'

/** The role rules over REST, as the admin UI uses them. */
let author: Record<string, string>
let editor: Record<string, string>

beforeAll(async () => {
  author = await authorHeaders()
  editor = await editorHeaders()
})

type Doc = { doc: { id: number; _status: string } }
const guide = (slug: string, extra: Record<string, unknown> = {}) => ({
  title: `Author draft ${slug}`,
  role: 'Author Tester',
  slug,
  content: [{ blockType: 'plainList', heading: 'Tools', headingLevel: '2', items: [{ text: 'A tool' }] }],
  ...extra,
})

describe('over REST, an author', () => {
  it('saves drafts but is refused publishing with a 403; an editor then publishes', async () => {
    const refused = await api('POST', '/guides', guide('rest-author-published', { _status: 'published' }), author)
    expect(refused.status).toBe(403)

    const draft = await api<Doc>('POST', '/guides?draft=true', guide('rest-author-draft'), author)
    expect(draft.status).toBe(201)
    expect(draft.json.doc._status).toBe('draft')
    expect((await api('PATCH', `/guides/${draft.json.doc.id}`, { _status: 'published' }, author)).status).toBe(403)
    expect((await api('DELETE', `/guides/${draft.json.doc.id}`, undefined, author)).status).toBe(403)

    const published = await api<Doc>('PATCH', `/guides/${draft.json.doc.id}`, { _status: 'published' }, editor)
    expect(published.status).toBe(200)
    expect(published.json.doc._status).toBe('published')
  })

  it('cannot touch another writer’s guide or the taxonomy', async () => {
    const editorsDraft = await api<Doc>('POST', '/guides?draft=true', guide('rest-editors-draft'), editor)
    expect(
      (await api('PATCH', `/guides/${editorsDraft.json.doc.id}?draft=true`, { title: 'Taken over' }, author)).status,
    ).toBe(403)
    expect((await api('POST', '/technologies', { name: 'Rest Tech', category: 'other' }, author)).status).toBe(403)
  })
})
