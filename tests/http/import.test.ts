import fs from 'node:fs'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { base, editorHeaders, testClientIp } from './client'

/** The admin's importer over HTTP: POST /api/guides/import and the /admin/import-guide view. */
let editorAuth: Record<string, string>

beforeAll(async () => {
  editorAuth = await editorHeaders()
})

/**
 * Each request from an address of its own (the test server trusts the forwarding address): this
 * file's requests, with the other files' imports in the same minute, passed the import limit of 20 a
 * minute per address, which tests/unit/rate-limit-policy.test.ts holds the site to.
 */
function post(body: string, headers: Record<string, string> = {}) {
  return fetch(`${base()}/api/guides/import`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': testClientIp(), ...headers },
    body,
  })
}

const markdown = fs.readFileSync('tests/fixtures/markdown.md', 'utf8')
const wordPressExport = fs.readFileSync('tests/fixtures/wordpress/classic-editor-site.wordpress.xml').toString('base64')

describe('POST /api/guides/import', () => {
  it('rejects anonymous visitors and changes nothing', async () => {
    const response = await post(JSON.stringify({ text: markdown }))
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({ error: 'Sign in as an editor to import guides.' })
    const check = await fetch(`${base()}/api/guides?where[slug][equals]=devops-engineer-career-guide&draft=true`, {
      headers: editorAuth,
    })
    expect(((await check.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })

  it.each([
    ['{not json', /must be JSON/],
    [JSON.stringify({}), /Send the document as text/],
    [JSON.stringify({ text: '' }), /The document is empty/],
    [JSON.stringify({ text: 'a\u0000b' }), /binary file/],
    [JSON.stringify({ text: 'SEO Title: only a header' }), /no title/],
    [JSON.stringify({ text: markdown, file: { name: 'a.docx', data: 'UEsDBA==' } }), /not both/],
    [JSON.stringify({ file: { name: 'a.docx', data: 'not base64!' } }), /base64/],
    [JSON.stringify({ file: { name: 'site.xml', data: wordPressExport } }), /WordPress export of a whole site/],
    [
      JSON.stringify({ file: { name: 'a.xml', data: Buffer.from('<?xml version="1.0"?><svg/>').toString('base64') } }),
      /not a WordPress export/,
    ],
  ])('answers %p with a 400 and a message an editor can act on', async (body, message) => {
    const response = await post(body, editorAuth)
    expect(response.status).toBe(400)
    const { error } = (await response.json()) as { error: string }
    expect(error).toMatch(message)
    expect(error).not.toMatch(/\n\s+at /)
  })

  it('reads an uploaded Word file and answers the preview with the text it was read as', async () => {
    const data = fs.readFileSync('tests/fixtures/documents/data-analyst.pandoc.docx').toString('base64')
    const response = await post(JSON.stringify({ file: { name: 'guide.docx', data }, dryRun: true }), editorAuth)
    expect(response.status).toBe(200)
    const body = (await response.json()) as {
      preview: { slug: string; sections: { type: string }[] }
      text: string
      format: string
      notes: string[]
    }
    expect(body.format).toBe('docx')
    expect(body.preview.slug).toBe('data-analyst-career-guide')
    expect(body.preview.sections.map((section) => section.type)).toEqual(
      expect.arrayContaining(['salary', 'roadmap', 'faq']),
    )
    expect(body.text).toContain('## Data Analyst Salary')
    expect(body.notes).toEqual(['Table heading row "Country | Entry level | Senior" read as column names'])
  })

  it('previews a document without writing it', async () => {
    const response = await post(JSON.stringify({ text: markdown, dryRun: true }), editorAuth)
    expect(response.status).toBe(200)
    const { preview, result } = (await response.json()) as {
      preview: { slug: string; sections: { heading: string; type: string }[] }
      result?: unknown
    }
    expect(result).toBeUndefined()
    expect(preview.slug).toBe('devops-engineer-career-guide')
    expect(preview.sections.map((s) => s.type)).toEqual([
      'section',
      'responsibilities',
      'section',
      'technologyGroup',
      'technologyGroup',
      'skillList',
      'roadmap',
      'faq',
    ])
    const check = await fetch(`${base()}/api/guides?where[slug][equals]=devops-engineer-career-guide&draft=true`, {
      headers: editorAuth,
    })
    expect(((await check.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })

  it('describes each section in editors’ words, and applies the editor’s choice of kind', async () => {
    const response = await post(
      JSON.stringify({ text: markdown, dryRun: true, overrides: [{ section: 3, kind: 'list' }] }),
      editorAuth,
    )
    expect(response.status).toBe(200)
    const { preview } = (await response.json()) as {
      preview: {
        seo: { label: string; value: string | null }[]
        sections: { heading: string; type: string; summary: string; why: string }[]
      }
    }
    expect(preview.seo[0]).toEqual({ label: 'SEO title', value: 'DevOps Engineer Career Guide 2026' })
    expect(preview.sections[3]).toMatchObject({
      heading: 'Containers and Orchestration',
      type: 'plainList',
      summary: 'List · 2 items',
      why: 'chosen in the import form: list',
    })
    expect(preview.sections[4]!.summary).toMatch(/^Technology group · Cloud platforms · 2 known/)
  })

  it.each([
    [
      [{ section: 3, kind: 'table' }],
      /^overrides\[0\]: A section can become one of: list, technologies, skills, careerPaths, text\.$/,
    ],
    [[{ section: 3, kind: 'technologies' }], /Say which category/],
    [[{ section: 99, kind: 'list' }], /There is no section 100: the document has 8/],
    [[{ section: 1, kind: 'list' }], /“Roles and Responsibilities” is not a list; only lists can change kind/],
  ])('refuses the override %j with a 400 that says why', async (overrides, message) => {
    const response = await post(JSON.stringify({ text: markdown, dryRun: true, overrides }), editorAuth)
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: string }).error).toMatch(message)
  })

  it('creates a draft that readers cannot see yet', async () => {
    const response = await post(JSON.stringify({ text: markdown }), editorAuth)
    expect(response.status).toBe(200)
    const { result } = (await response.json()) as { result: { id: number; created: boolean; published: boolean } }
    expect(result).toMatchObject({ created: true, published: false })
    expect((await fetch(`${base()}/guides/devops-engineer-career-guide`)).status).toBe(404)
    const draft = await fetch(`${base()}/api/guides/${result.id}?draft=true&depth=0`, { headers: editorAuth })
    expect(((await draft.json()) as { title: string }).title).toBe('DevOps Engineer: Complete Career Guide (2026)')
  })
})

describe('/admin/import-guide', () => {
  it('shows an editor the import form in the admin', async () => {
    const response = await fetch(`${base()}/admin/import-guide`, { headers: editorAuth })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('Import a guide')
    expect(html).toContain('Or paste it here')
  })
})
