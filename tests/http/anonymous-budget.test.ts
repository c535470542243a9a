import { describe, expect, it } from '@jest/globals'
import { base, get } from './client'

/**
 * What one anonymous request may ask of the API (collections/plugins/refuseUnreadableInput.ts):
 * a few requests for every guide at depth 2 ran the server out of memory. Found by the red-team
 * pass of the hardening issue, with the case-and-escape variants of the rate-limited paths.
 */
describe('an anonymous API request', () => {
  it.each(['limit=0', 'limit=100000', 'limit=251', 'pagination=false', 'depth=3'])('is refused with 400 for %s', async (query) => {
    const response = await get(`${base()}/api/guides?${query}`)
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/without signing in|signed-in editors/)
  })

  it('gets pages of up to 250 at depth 2', async () => {
    expect((await get(`${base()}/api/guides?limit=250&depth=2`)).status).toBe(200)
  })

  it("filters with GraphQL's OR and AND", async () => {
    const query = '{ Guides(where: { OR: [{ slug: { equals: "back-end-developer-career-guide" } }, { AND: [{ slug: { equals: "nope" } }] }] }) { totalDocs } }'
    const response = await get(`${base()}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query }) })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { data: { Guides: { totalDocs: number } } }).data.Guides.totalDocs).toBe(1)
  })

  it('may not send a JSON body over 4 MB or one of unknown length', async () => {
    // The server answers 413 from the declared length and closes the connection without reading the
    // body, so the client may see the answer or only the closed connection; either way it lives on.
    const huge = await get(`${base()}/api/comments`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ body: 'x'.repeat(5 * 1024 * 1024) }) }).catch(() => undefined)
    if (huge) expect(huge.status).toBe(413)
    expect((await get(`${base()}/api/guides?limit=1`)).status).toBe(200)
  })
})
