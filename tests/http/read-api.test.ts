import { beforeAll, describe, expect, it } from '@jest/globals'
import { expectValidOpenApi31 } from '@/tests/support/openapi'
import { api, base, editorBrowserHeaders, editorHeaders, get, siteUrl, testClientIp } from './client'
import { schemaErrors } from '../support/json-schema'

/**
 * The read API for other front ends (docs/content.md, Read API): its OpenAPI document at
 * /api/openapi.json, checked with a maintained validator and against what the API really answers,
 * and conditional requests with shared caching on every public read (lib/http/conditional-reads.ts).
 */
type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const SAMPLE_SLUG = 'back-end-developer-career-guide'
let doc: Doc
let guideId: number
let skillId: number

// Each search from an address of its own: /api/search is rate limited per client (proxy.ts).
const anonymous = (headers: Record<string, string> = {}) => ({ 'X-Forwarded-For': testClientIp(), ...headers })

beforeAll(async () => {
  doc = (await (await get(`${base()}/api/openapi.json`)).json()) as Doc
  const guides = await get(`${base()}/api/guides?where[slug][equals]=${SAMPLE_SLUG}&depth=0`)
  guideId = ((await guides.json()) as { docs: { id: number }[] }).docs[0]!.id
  const skills = await get(`${base()}/api/skills?limit=1&depth=0`)
  skillId = ((await skills.json()) as { docs: { id: number }[] }).docs[0]!.id
})

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document of the public reads, for this site', async () => {
    await expectValidOpenApi31(doc)
    expect(doc.servers).toEqual([{ url: siteUrl() }])
    const guide = doc.components.schemas.Guide.properties
    for (const field of ['title', 'slug', 'content']) expect(guide).toHaveProperty(field)
    expect(guide).not.toHaveProperty('author')
    expect(guide).not.toHaveProperty('searchText')
    expect(doc.paths['/api/search'].get.parameters[0].name).toBe('q')
  })

  it('describes what the API answers: the sample guide at every depth fits the Guide schema, field for field', async () => {
    for (const depth of [0, 1, 2]) {
      const response = await get(`${base()}/api/guides?where[slug][equals]=${SAMPLE_SLUG}&depth=${depth}`)
      const page = (await response.json()) as { docs: Record<string, unknown>[] }
      expect(page.docs).toHaveLength(1)
      expect(schemaErrors(page, doc.components.schemas.GuidePage, doc)).toEqual([])
    }
    const byId = (await (await get(`${base()}/api/guides/${guideId}?depth=1`)).json()) as Record<string, unknown>
    expect(schemaErrors(byId, doc.components.schemas.Guide, doc)).toEqual([])
    expect(byId).not.toHaveProperty('author')
    expect(byId).not.toHaveProperty('searchText')
    for (const [path, schema] of [
      ['/api/technologies?limit=100&depth=1', 'TechnologyPage'],
      ['/api/skills?limit=100&depth=1', 'SkillPage'],
    ] as const) {
      const answer = await (await get(base() + path)).json()
      expect(schemaErrors(answer, doc.components.schemas[schema], doc)).toEqual([])
    }
    const search = await (await get(`${base()}/api/search?q=postgres`, { headers: anonymous() })).json()
    expect((search as { results: unknown[] }).results.length).toBeGreaterThan(0)
    expect(schemaErrors(search, doc.components.schemas.SearchResults, doc)).toEqual([])
  })
})

describe('public reads', () => {
  const reads = () => [
    `/api/guides?where[slug][equals]=${SAMPLE_SLUG}&depth=1`,
    `/api/guides/${guideId}`,
    '/api/technologies?limit=5&sort=name',
    `/api/skills/${skillId}?depth=0`,
    '/api/search?q=postgres',
    '/api/openapi.json',
  ]

  it('answer anonymous readers 200 with a strong ETag and a shared-cache Cache-Control, then 304 without a body', async () => {
    for (const path of reads()) {
      const first = await get(base() + path, { headers: anonymous() })
      expect([path, first.status]).toEqual([path, 200])
      const etag = first.headers.get('etag')
      expect([path, etag]).toEqual([path, expect.stringMatching(/^"[A-Za-z0-9_-]{43}"$/)])
      expect(first.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=60')
      expect((await first.text()).length).toBeGreaterThan(0)

      const again = await get(base() + path, { headers: anonymous({ 'If-None-Match': etag! }) })
      expect([path, again.status]).toEqual([path, 304])
      expect(again.headers.get('etag')).toBe(etag)
      expect(again.headers.get('cache-control')).toMatch(/^public, /)
      expect(await again.text()).toBe('')
    }
  })

  it('answer signed-in requests (a JWT or the session cookie) private and no-store, without an ETag', async () => {
    const signedIn = [await editorHeaders(), await editorBrowserHeaders()]
    for (const path of reads()) {
      const { headers: anonymousHeaders } = await get(base() + path, { headers: anonymous() })
      for (const headers of signedIn) {
        const response = await get(base() + path, {
          headers: anonymous({ ...headers, 'If-None-Match': anonymousHeaders.get('etag')! }),
        })
        expect([path, response.status]).toEqual([path, 200])
        expect(response.headers.get('cache-control')).toBe('private, no-store')
        expect(response.headers.get('etag')).toBeNull()
      }
    }
  })

  it('change their ETag when the content changes: the old tag gets the new body', async () => {
    const path = `${base()}/api/skills/${skillId}?depth=0`
    const before = await get(path)
    const original = ((await before.json()) as { description: string | null }).description
    const oldTag = before.headers.get('etag')!
    try {
      const edited = await api('PATCH', `/skills/${skillId}`, {
        description: `Edited for the read API test ${Date.now()}`,
      })
      expect(edited.status).toBe(200)
      const after = await get(path, { headers: { 'If-None-Match': oldTag } })
      expect(after.status).toBe(200)
      expect(after.headers.get('etag')).not.toBe(oldTag)
      expect(((await after.json()) as { description: string }).description).toMatch(/^Edited for the read API test/)
    } finally {
      await api('PATCH', `/skills/${skillId}`, { description: original })
    }
  })

  it('leave errors and other endpoints uncached: a missing guide, a refused query, the account, GraphQL', async () => {
    for (const path of ['/api/guides/999999999', '/api/guides?limit=0', '/api/users/me', '/api/graphql']) {
      const response = await get(base() + path)
      expect([path, response.headers.get('etag')]).toEqual([path, null])
      expect(response.headers.get('cache-control') ?? '').not.toMatch(/public|s-maxage/)
    }
  })
})
