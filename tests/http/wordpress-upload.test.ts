import { beforeAll, describe, expect, it } from '@jest/globals'
import { exportForRun } from '@/tests/support/wordpress'
import { api, authorHeaders, base, editorHeaders, page, testClientIp } from './client'

/** A whole WordPress export uploaded as the admin's form does, imported by a job, twice. */
let editorAuth: Record<string, string>

beforeAll(async () => {
  editorAuth = await editorHeaders()
})

const tag = `wpup${Date.now().toString(36)}${process.pid}`

function upload(body: string, headers: Record<string, string> = {}) {
  return fetch(`${base()}/api/guides/import-wordpress`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/xml', 'X-Forwarded-For': testClientIp(), ...headers },
    body,
  })
}

interface Run {
  status: string
  progress: number
  posts: number
  error?: string
  report?: { posts: { outcome: string; slug?: string }[]; comments: { created: number; existing: number } }
}

async function finished(runId: number): Promise<Run> {
  for (let attempt = 0; attempt < 120; attempt++) {
    const { json } = await api<Run>('GET', `/import-runs/${runId}?depth=0`, undefined, editorAuth)
    if (json.status === 'done' || json.status === 'failed') return json
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`import run ${runId} did not finish in 60 s`)
}

describe('POST /api/guides/import-wordpress', () => {
  it('is for editors: 401 anonymous, 403 for an author', async () => {
    expect((await upload(exportForRun(tag))).status).toBe(401)
    const asAuthor = await upload(exportForRun(tag), { Authorization: (await authorHeaders()).Authorization! })
    expect(asAuthor.status).toBe(403)
  })

  it('answers a file that is not an export with 400 and leaves no import behind', async () => {
    const before = await api<{ totalDocs: number }>('GET', '/import-runs?limit=0', undefined, editorAuth)
    const notAnExport = await upload('<?xml version="1.0"?><svg/>', { Authorization: editorAuth.Authorization! })
    expect(notAnExport.status).toBe(400)
    expect(((await notAnExport.json()) as { error: string }).error).toMatch(/not a WordPress export/)
    const wrongType = await upload('{}', {
      Authorization: editorAuth.Authorization!,
      'Content-Type': 'application/json',
    })
    expect(wrongType.status).toBe(415)
    const after = await api<{ totalDocs: number }>('GET', '/import-runs?limit=0', undefined, editorAuth)
    expect(after.json.totalDocs).toBe(before.json.totalDocs)
  })

  it('imports the site in a job whose progress and report the editor reads; a second upload changes no count', async () => {
    const text = exportForRun(tag)
    const outcomes: string[][] = []
    for (let round = 0; round < 2; round++) {
      const response = await upload(text, { Authorization: editorAuth.Authorization!, 'X-File-Name': 'careers.xml' })
      expect(response.status).toBe(202)
      const { run } = (await response.json()) as { run: number }
      const done = await finished(run)
      expect(done).toMatchObject({ status: 'done', progress: 100, posts: 4 })
      outcomes.push(done.report!.posts.map((post) => post.outcome))
    }
    expect(outcomes).toEqual([
      ['created', 'created', 'created', 'skipped'],
      ['updated', 'updated', 'updated', 'skipped'],
    ])
    const guides = await api<{ totalDocs: number }>(
      'GET',
      `/guides?where[slug][like]=${tag}&draft=true&limit=0`,
      undefined,
      editorAuth,
    )
    expect(guides.json.totalDocs).toBe(3)
    // The post's old permalink answers a permanent redirect (308, as all the site's: Next's permanentRedirect) to its guide.
    const old = await page(`/2026/11/data-analyst-career-guide-${tag}`)
    expect(old.status).toBe(308)
    expect(old.headers.get('location')).toMatch(new RegExp(`/guides/data-analyst-career-guide-${tag}$`))
    const guide = await page(`/guides/data-analyst-career-guide-${tag}`)
    expect(guide.status).toBe(200)
    expect(guide.html).toContain('Collecting data')
  })
})
