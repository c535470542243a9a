import { describe, expect, it } from '@jest/globals'
import { base, editorHeaders, get } from './client'

/**
 * What one anonymous request may ask of the API (collections/plugins/refuseUnreadableInput.ts):
 * a few requests for every guide at depth 2 ran the server out of memory. Found by the red-team
 * pass of the hardening issue, with the case-and-escape variants of the rate-limited paths.
 */
describe('an anonymous API request', () => {
  it.each(['limit=0', 'limit=100000', 'limit=101', 'pagination=false', 'depth=3'])(
    'is refused with 400 for %s',
    async (query) => {
      const response = await get(`${base()}/api/guides?${query}`)
      expect(response.status).toBe(400)
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
        /without signing in|signed-in editors/,
      )
    },
  )

  it('gets pages of up to 100 at depth 2', async () => {
    expect((await get(`${base()}/api/guides?limit=100&depth=2`)).status).toBe(200)
  })

  it('does not hold back a signed-in editor (the sign-in itself reads the account inside the request)', async () => {
    // The admin's own lists ask for every technology with limit=0; the budget once refused them because it
    // ran on the account lookup that signs the request in, before the request had a user.
    const headers = await editorHeaders()
    const response = await get(`${base()}/api/technologies?limit=0&depth=0&select[name]=true`, { headers })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { docs: unknown[] }).docs.length).toBeGreaterThan(10)
    expect(
      (
        (await get(`${base()}/api/users/me?limit=0`, { headers }).then((answer) => answer.json())) as {
          user: { email: string } | null
        }
      ).user?.email,
    ).toBe(process.env.TEST_EDITOR_EMAIL)
  })

  it("filters with GraphQL's OR and AND", async () => {
    const query =
      '{ Guides(where: { OR: [{ slug: { equals: "back-end-developer-career-guide" } }, { AND: [{ slug: { equals: "nope" } }] }] }) { totalDocs } }'
    const response = await get(`${base()}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
    })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { data: { Guides: { totalDocs: number } } }).data.Guides.totalDocs).toBe(1)
  })

  it('may not send a JSON body over 4 MB or one of unknown length', async () => {
    // The server reads and drops the body, then answers 413 with why, so the client always sees the answer.
    const huge = await get(`${base()}/api/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ body: 'x'.repeat(5 * 1024 * 1024) }),
    })
    expect(huge.status).toBe(413)
    expect(((await huge.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/at most 4 MB/)
    expect((await get(`${base()}/api/guides?limit=1`)).status).toBe(200)
  })
})
