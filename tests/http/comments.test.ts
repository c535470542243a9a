import { describe, expect, it } from '@jest/globals'
import { api, base, get, page } from './client'
import { foreignInlineScripts } from '@/lib/http/csp'
import { decode, postWithoutJs, publishedGuide } from './comment-form'

/**
 * The comment form as a browser without JavaScript uses it: the page's own HTML form, posted as
 * multipart form data to the page (a Server Action), answered by the re-rendered page.
 */
const jsonLd = (html: string) =>
  JSON.parse(decode(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!)) as {
    '@graph': { '@type': string; commentCount?: number }[]
  }
const article = (html: string) => jsonLd(html)['@graph'].find((node) => node['@type'] === 'Article')!

describe('leaving a comment without JavaScript', () => {
  it('holds it for moderation, then shows it escaped on the guide once an editor approves it', async () => {
    const guide = await publishedGuide()
    const before = await page(guide.path)
    expect(article(before.html).commentCount).toBe(0)

    const body = `Very useful! <script>alert("x")</script> more at https://example.com/notes ${Date.now()}`
    const sent = await postWithoutJs(
      guide.path,
      { authorName: 'Ada <b>Reader</b>', email: 'ada@example.com', body },
      '198.51.100.10',
    )
    expect(sent.status).toBe(200)
    expect(sent.html).toMatch(/<p role="status"[^>]*>Thank you! Your comment is awaiting moderation/)
    // The answer carries the action's form state in a script of Next's: the policy names it (lib/http/csp.ts).
    expect(foreignInlineScripts(sent.html)).toEqual([])

    // Pending: not on the page, not in the API.
    expect((await page(guide.path)).html).not.toContain('Very useful!')
    const anonymous = await get(`${base()}/api/comments?where[guide][equals]=${guide.id}`)
    expect(((await anonymous.json()) as { docs: unknown[] }).docs).toHaveLength(0)

    const pending = await api<{ docs: { id: number; status: string; email: string; ipHash: string }[] }>(
      'GET',
      `/comments?where[guide][equals]=${guide.id}`,
    )
    expect(pending.json.docs).toHaveLength(1)
    expect(pending.json.docs[0]).toMatchObject({
      status: 'pending',
      email: 'ada@example.com',
      ipHash: expect.stringMatching(/^[0-9a-f]{32}$/),
    })
    expect((await api('PATCH', `/comments/${pending.json.docs[0]!.id}`, { status: 'approved' })).status).toBe(200)

    // Approved: on the page at once (its cache tag was expired), as text, counted in the JSON-LD.
    const after = await page(guide.path)
    expect(after.html).toContain('Very useful! &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(after.html).not.toContain('<script>alert("x")</script>')
    expect(after.html).toContain('Ada &lt;b&gt;Reader&lt;/b&gt;')
    expect(after.html).toContain(
      '<a href="https://example.com/notes" rel="nofollow ugc noopener">https://example.com/notes</a>',
    )
    expect(article(after.html).commentCount).toBe(1)

    // Readers get the approved comment from the API without the email or IP hash.
    const publicDocs = (
      (await (await get(`${base()}/api/comments?where[guide][equals]=${guide.id}`)).json()) as {
        docs: Record<string, unknown>[]
      }
    ).docs
    expect(publicDocs).toHaveLength(1)
    expect(publicDocs[0]).not.toHaveProperty('email')
    expect(publicDocs[0]).not.toHaveProperty('ipHash')
  })

  it('answers a mistake with a message and keeps what the reader typed', async () => {
    const guide = await publishedGuide()
    const sent = await postWithoutJs(
      guide.path,
      { authorName: 'Ada', email: 'not-an-email', body: 'Kept text & more' },
      '198.51.100.11',
    )
    expect(sent.status).toBe(200)
    expect(sent.html).toContain('role="alert"')
    expect(sent.html).toContain('Please enter a valid email address, such as name@example.com.')
    expect(sent.html).toMatch(/<textarea[^>]*id="comment-body"[^>]*>Kept text &amp; more<\/textarea>/)
    expect(sent.html).toMatch(/<input[^>]*id="comment-email"[^>]*value="not-an-email"/)

    const tooLong = await postWithoutJs(
      guide.path,
      { authorName: 'Ada', email: 'ada@example.com', body: 'x'.repeat(10_000) },
      '198.51.100.11',
    )
    expect(tooLong.html).toContain('Your comment is 10,000 characters long; the limit is 5,000.')
    expect(
      (await api<{ docs: unknown[] }>('GET', `/comments?where[guide][equals]=${guide.id}`)).json.docs,
    ).toHaveLength(0)
  })

  it('limits one address to 5 comments a minute', async () => {
    const guide = await publishedGuide()
    const ip = '198.51.100.12'
    for (let i = 0; i < 5; i++) {
      expect(
        (await postWithoutJs(guide.path, { authorName: 'Busy', email: 'busy@example.com', body: `Comment ${i}` }, ip))
          .html,
      ).toContain('awaiting moderation')
    }
    const sixth = await postWithoutJs(
      guide.path,
      { authorName: 'Busy', email: 'busy@example.com', body: 'Comment 6' },
      ip,
    )
    expect(sixth.html).toMatch(/You have sent several comments in the last minute\. Please wait \d+ seconds/)
    expect(
      (
        await postWithoutJs(
          guide.path,
          { authorName: 'Other', email: 'other@example.com', body: 'Hello' },
          '198.51.100.13',
        )
      ).html,
    ).toContain('awaiting moderation')
  })

  it('cannot be created or approved through the REST API by an anonymous reader', async () => {
    const guide = await publishedGuide()
    const response = await get(`${base()}/api/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        guide: guide.id,
        authorName: 'Mallory',
        email: 'm@example.com',
        body: 'Approved by me',
        status: 'approved',
      }),
    })
    expect(response.status).toBe(403)
  })
})
