import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { FORM_POST_MESSAGES } from '@/lib/http/form-post-guard'
import { SAMPLE_PATH, api, base, editorHeaders, get, page } from './client'
import { commentForm, publishedGuide } from './comment-form'

/**
 * Hostile input over HTTP against the running server: every case gets a 4xx with a message or a safe
 * answer, never a 5xx or a stack trace, the server keeps serving, and no data changes.
 */
const STACK_TRACE = /\bat [\w.<>]+ \(|node_modules|\.tsx?:\d+/

async function snapshot() {
  const guides = await api<{ totalDocs: number; docs: { updatedAt: string }[] }>(
    'GET',
    '/guides?limit=1&sort=-updatedAt&depth=0&draft=true',
  )
  const users = await api<{ totalDocs: number }>('GET', '/users?limit=1&depth=0')
  return { guides: guides.json.totalDocs, newest: guides.json.docs[0]?.updatedAt, users: users.json.totalDocs }
}

let before: Awaited<ReturnType<typeof snapshot>>
beforeAll(async () => {
  before = await snapshot()
})

async function expectSafe(response: Response, allowed: number[] = [200, 400, 401, 403, 404, 405, 413, 415, 429]) {
  const body = await response.text()
  expect({ status: response.status, allowed: allowed.includes(response.status) }).toEqual({
    status: response.status,
    allowed: true,
  })
  expect(body).not.toMatch(STACK_TRACE)
  return body
}

describe('query parameters and where filters', () => {
  const injections = [
    `' OR '1'='1`,
    `1; DROP TABLE guides; --`,
    `"); DELETE FROM users; --`,
    `%' UNION SELECT email, hash FROM users --`,
    '\u0000',
    '\\',
    `${'a'.repeat(5000)}`,
  ]
  it.each(injections)(
    'answers %p in slugs, search and REST filters safely, returning no hidden data',
    async (value) => {
      const encoded = encodeURIComponent(value)
      await expectSafe(await get(`${base()}/guides/${encoded}`), [404, 308, 307, 400])
      await expectSafe(await get(`${base()}/technologies/${encoded}`), [404, 308, 307, 400])
      await expectSafe(await get(`${base()}/old/${encoded}`), [404, 308, 307, 400])
      await expectSafe(await get(`${base()}/search?q=${encoded}`), [200, 400, 429])
      await expectSafe(await get(`${base()}/api/search?q=${encoded}`), [200, 400, 429])
      const rest = await get(`${base()}/api/guides?where[slug][equals]=${encoded}&depth=0`)
      const body = await expectSafe(rest, [200, 400])
      if (rest.status === 200) expect(JSON.parse(body).docs).toEqual([])
      else expect(JSON.parse(body).errors[0].message).toMatch(/NUL character/)
      await expectSafe(await get(`${base()}/guides?page=${encoded}&technology=${encoded}`), [200, 400, 404])
    },
  )

  it('refuses filters on fields readers may not see, or finds nothing through them', async () => {
    // Anonymous readers filtering on a draft's status or on another collection's secret fields.
    const drafts = await get(`${base()}/api/guides?where[_status][equals]=draft&depth=0`)
    expect(JSON.parse(await expectSafe(drafts, [200, 400])).docs ?? []).toEqual([])
    const emails = await get(`${base()}/api/comments?where[email][like]=%40&depth=0`)
    const found = JSON.parse(await expectSafe(emails, [200, 400, 403]))
    for (const doc of found.docs ?? []) expect(doc).not.toHaveProperty('email')
    const hashes = await get(`${base()}/api/users?where[hash][exists]=true`)
    await expectSafe(hashes, [401, 403])
  })

  it('answers operators that do not exist, and nested garbage, with 4xx or nothing', async () => {
    for (const query of [
      'where[slug][$ne]=x',
      'where[$where]=1',
      'where[slug][equals][$gt]=',
      'where[or][0][and]=x',
      'depth=999999',
      'limit=-1',
      'page=NaN',
      'sort=;drop',
    ]) {
      await expectSafe(await get(`${base()}/api/guides?${query}`), [200, 400])
    }
  })
})

describe('request bodies', () => {
  it('refuses malformed JSON, wrong content types and a 10 MB body without storing anything', async () => {
    const headers = await editorHeaders()
    await expectSafe(await get(`${base()}/api/guides`, { method: 'POST', headers, body: '{"title": "Broken' }), [400])
    expect(
      await expectSafe(
        await get(`${base()}/api/guides`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'text/plain' },
          body: 'title=Plain',
        }),
        [400, 415],
      ),
    ).toContain('Send the document as JSON')
    await expectSafe(
      await get(`${base()}/api/guides`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/xml' },
        body: '<guide/>',
      }),
      [400, 415],
    )
    const huge = JSON.stringify({
      title: 'Huge',
      role: 'Huge',
      slug: 'huge-body',
      excerpt: 'x'.repeat(10 * 1024 * 1024),
    })
    await expectSafe(await get(`${base()}/api/guides`, { method: 'POST', headers, body: huge }), [400, 413])
    expect((await api('GET', '/guides?where[slug][equals]=huge-body&depth=0&draft=true')).json).toMatchObject({
      totalDocs: 0,
    })
    await expectSafe(await get(`${base()}/api/guides/import`, { method: 'POST', headers, body: '{' }), [400, 413, 415])
  })

  it('refuses a NUL character in a document with a 400 that says so', async () => {
    const response = await get(`${base()}/api/technologies`, {
      method: 'POST',
      headers: await editorHeaders(),
      body: JSON.stringify({ name: 'Nul\u0000Tech', slug: 'nul-tech', category: 'other' }),
    })
    expect(await expectSafe(response, [400])).toContain('NUL character')
  })

  it('ignores prototype-pollution keys in JSON bodies', async () => {
    const body = `{"title": "Polluted", "role": "Tester", "slug": "polluted-${Date.now().toString(36)}", "__proto__": {"polluted": true, "roles": ["admin"]}, "constructor": {"prototype": {"polluted": true}}}`
    const response = await get(`${base()}/api/guides`, { method: 'POST', headers: await editorHeaders(), body })
    await expectSafe(response, [201, 400])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    // Signing up as an admin through __proto__ does not work either.
    const signup = await get(`${base()}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: `{"email": "proto-${Date.now()}@example.com", "password": "proto-password-123", "__proto__": {"roles": ["admin"]}}`,
    })
    await expectSafe(signup, [400, 401, 403])
  })
})

describe('paths', () => {
  it.each([
    '/guides/..%2F..%2Fetc%2Fpasswd',
    '/guides/%2e%2e/%2e%2e/payload.config.ts',
    '/api/media/file/..%2F..%2F.env',
    '/api/media/file/..%2Fpayload-secret',
    '/_next/static/..%2F..%2Fpackage.json',
    `/guides/${'a'.repeat(3000)}`,
    '/guides/b%D0%B0ck-end-developer-career-guide',
  ])('answers %s without leaking a file', async (path) => {
    const response = await get(`${base()}${path}`, { redirect: 'manual' })
    const body = await expectSafe(response, [400, 403, 404, 414, 431, 308])
    expect(body).not.toMatch(/PAYLOAD_SECRET|"dependencies"|root:x:0:0/)
  })
})

describe('malformed requests', () => {
  /** What a refusal must not change: every collection's documents, and the draft the PATCH cases aim at. */
  async function fingerprint(draftId: number) {
    const count = async (collection: string) =>
      (await api<{ totalDocs: number }>('GET', `/${collection}?limit=1&depth=0&draft=true`)).json.totalDocs
    const draft = await api<{ updatedAt: string; content: unknown }>('GET', `/guides/${draftId}?draft=true&depth=0`)
    return {
      guides: await count('guides'),
      technologies: await count('technologies'),
      comments: await count('comments'),
      media: await count('media'),
      users: await count('users'),
      draft: draft.json,
    }
  }

  /** The comment form of `guidePath`, posted without JavaScript with these fields and headers. */
  async function postComment(guidePath: string, fields: Record<string, string>, headers: Record<string, string>) {
    const { action, hidden } = commentForm((await page(guidePath)).html)
    const body = new FormData()
    for (const [name, value] of hidden) body.append(name, value)
    for (const [name, value] of Object.entries({
      website: '',
      authorName: 'Ada',
      email: 'ada@example.com',
      body: 'Hello',
      ...fields,
    }))
      body.set(name, value)
    return get(new URL(action || guidePath, base()).toString(), {
      method: 'POST',
      body,
      headers: { Accept: 'text/html', Origin: base(), ...headers },
      redirect: 'manual',
    })
  }

  /** A Server Action request to the comment form's action, as a script would craft it. */
  async function postAction(guidePath: string, contentType: string, body: string) {
    const { hidden } = commentForm((await page(guidePath)).html)
    const reference = hidden.find(([name]) => /^\$ACTION_\d+:0$/.test(name))![1]
    const id = (JSON.parse(reference) as { id: string }).id
    return get(new URL(guidePath, base()).toString(), {
      method: 'POST',
      body,
      headers: { 'Next-Action': id, 'Content-Type': contentType, Accept: 'text/x-component', Origin: base() },
    })
  }

  type Case = { name: string; send: () => Promise<Response>; status: number[]; message: RegExp }
  let draftId: number
  let guidePath: string
  const json = (method: string, pathname: string, body: unknown) => async () =>
    get(`${base()}/api${pathname}`, {
      method,
      headers: await editorHeaders(),
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
  const cases: Case[] = [
    {
      name: 'a limit beyond any integer',
      send: () => get(`${base()}/api/guides?limit=99999999999999999999`),
      status: [400],
      message: /limit must be a whole number/,
    },
    {
      name: 'a negative page',
      send: () => get(`${base()}/api/guides?page=-5`),
      status: [400],
      message: /page must be a whole number of 1 or more/,
    },
    { name: 'page 0', send: () => get(`${base()}/api/guides?page=0`), status: [400], message: /page must be/ },
    {
      name: 'a limit that is not a number',
      send: () => get(`${base()}/api/guides?limit=NaN`),
      status: [400],
      message: /limit must be/,
    },
    {
      name: 'a list where the limit belongs',
      send: () => get(`${base()}/api/guides?limit[]=1&limit[]=2`),
      status: [400],
      message: /limit must be/,
    },
    {
      name: 'a negative depth',
      send: () => get(`${base()}/api/guides?depth=-1`),
      status: [400],
      message: /depth must be/,
    },
    {
      name: 'near on a text field',
      send: () => get(`${base()}/api/guides?where[title][near]=1,2`),
      status: [400],
      message: /near operator works only on point fields/,
    },
    {
      name: 'within on a text field',
      send: () => get(`${base()}/api/technologies?where[website][within][type]=Polygon`),
      status: [400],
      message: /within operator works only on point fields/,
    },
    {
      name: 'an operator that does not exist',
      send: () => get(`${base()}/api/guides?where[title][$ne]=x`),
      status: [400],
      message: /"\$ne" is not a filter operator/,
    },
    {
      name: 'a filter without an operator',
      send: () => get(`${base()}/api/guides?where[title]=x`),
      status: [400],
      message: /needs an operator/,
    },
    {
      name: 'where as JSON that does not parse',
      send: () => get(`${base()}/api/guides?where=%7B`),
      status: [400],
      message: /JSON value in the request .* could not be read/,
    },
    {
      name: 'an id that is not a number',
      send: () => get(`${base()}/api/guides/abc`),
      status: [400, 404],
      message: /not a number|not found/i,
    },
    {
      name: 'an id beyond any integer',
      send: () => get(`${base()}/api/guides/99999999999999999999`),
      status: [400, 404],
      message: /too large|not a number|not found/i,
    },
    {
      name: 'ids that are not numbers in a list',
      send: () => get(`${base()}/api/guides?where[id][in]=a,b`),
      status: [400],
      message: /is not a number/,
    },
    {
      name: 'a list where one id belongs',
      send: () => get(`${base()}/api/guides?where[id][equals][0]=1&where[id][equals][1]=2`),
      status: [400],
      message: /is not a number|cannot be a list; give one value/,
    },
    {
      name: 'a file that does not exist',
      send: () => get(`${base()}/api/media/file/doesnotexist.png`),
      status: [404],
      message: /There is no file named "doesnotexist\.png"/,
    },
    {
      name: 'a file name with NUL',
      send: () => get(`${base()}/api/media/file/x.png%00`),
      status: [400],
      message: /control characters such as NUL/,
    },
    {
      name: 'a draft with a choice a block does not offer',
      send: async () =>
        json('PATCH', `/guides/${draftId}?draft=true`, {
          content: [{ blockType: 'plainList', heading: 'Tools', headingLevel: 'h2', items: [{ text: 'A tool' }] }],
        })(),
      status: [400],
      message: /"h2" is not one of the choices|invalid selection/i,
    },
    {
      name: 'a list where a text belongs',
      send: async () => json('PATCH', `/guides/${draftId}?draft=true`, { title: ['a', 'b'] })(),
      status: [400],
      message: /title must be a single value/,
    },
    {
      name: 'an object where the text of a block belongs',
      send: async () =>
        json('PATCH', `/guides/${draftId}?draft=true`, {
          content: [{ blockType: 'plainList', heading: { $gt: '' }, headingLevel: '2', items: [] }],
        })(),
      status: [400],
      message: /content\.0\.heading must be a single value/,
    },
    {
      // Payload copies a document recursively; a few thousand levels overflowed its stack (a 500).
      name: 'a document nested 5,000 levels deep',
      // Written out by hand: JSON.stringify itself recurses.
      send: async () =>
        json(
          'PATCH',
          `/guides/${draftId}?draft=true`,
          `{"content":[{"blockType":"plainList","heading":"Deep","headingLevel":"2","items":[{"text":"x","deep":${'['.repeat(5000)}${']'.repeat(5000)}}]}]}`,
        )(),
      status: [400],
      message: /nests objects or lists more than 100 levels deep/,
    },
    {
      name: 'a block type that does not exist',
      send: async () =>
        json('PATCH', `/guides/${draftId}?draft=true`, { content: [{ blockType: 'script', heading: 'x' }] })(),
      status: [400],
      message: /blockType must be one of/,
    },
    {
      name: 'a body that is not JSON',
      send: async () => json('PATCH', `/guides/${draftId}?draft=true`, '{"title": ')(),
      status: [400],
      message: /.+/,
    },
    {
      name: 'a JSON list as the document',
      send: async () => json('PATCH', `/guides/${draftId}?draft=true`, [{ title: 'x' }])(),
      status: [400, 415],
      message: /Send the document as JSON/,
    },
    {
      name: 'the comment form with a 2 MB body',
      send: () => postComment(guidePath, { body: 'x'.repeat(2 * 1024 * 1024) }, {}),
      status: [413],
      message: /^<!doctype html>.*Your comment was not sent: what the form sent is larger than 1 MB/s,
    },
    {
      name: 'the comment form from another site',
      send: () => postComment(guidePath, {}, { Origin: 'https://evil.example' }),
      status: [403],
      message: /can only be sent from a page of this site/,
    },
    {
      name: 'the comment action with a body Next cannot decode',
      send: () => postAction(guidePath, 'text/plain;charset=UTF-8', 'garbage'),
      status: [400],
      message: /.*/,
    },
    {
      name: 'the comment action with a JSON body of the wrong shape',
      send: () => postAction(guidePath, 'text/plain;charset=UTF-8', '{"a":1}'),
      status: [200],
      message: /Your comment was not sent\. Please correct the fields marked below\./,
    },
    {
      name: 'the comment action without its form',
      send: () => postAction(guidePath, 'text/plain;charset=UTF-8', '[]'),
      status: [200],
      message: /Your comment was not sent\. Please correct the fields marked below\./,
    },
    ...['/guides/%ff', '/%ff', '/technologies/%C0%AE', '/admin/%ff', '/guides/%ff/opengraph-image'].map((path) => ({
      name: `a path that does not decode: ${path}`,
      send: () => get(`${base()}${path}`),
      status: [400],
      message: /percent sign that does not encode a character/,
    })),
    {
      name: 'verifying an email the site never asked to verify',
      send: () => get(`${base()}/api/users/verify/x`, { method: 'POST' }),
      status: [404],
      message: /Email verification is not used on this site/,
    },
    {
      // Without JavaScript (no Next-Action header), the form's action named in a field that does not decode.
      name: 'the comment form posted without JavaScript, with an action field that does not decode',
      send: async () => {
        const { hidden } = commentForm((await page(guidePath)).html)
        const body = new FormData()
        for (const [name, value] of hidden) body.append(name, value)
        body.set(hidden.find(([name]) => /^\$ACTION_\d+:0$/.test(name))![0].replace(/:0$/, ':1'), 'notjson')
        return get(new URL(guidePath, base()).toString(), {
          method: 'POST',
          body,
          headers: { Origin: base() },
          redirect: 'manual',
        })
      },
      status: [400],
      message: /.*/,
    },
    {
      name: 'a filter on the kind of block',
      send: () => get(`${base()}/api/guides?where[content.blockType][equals]=faq`),
      status: [400],
      message: /Filtering by a block's kind/,
    },
    {
      name: 'a like filter given a list',
      send: () => get(`${base()}/api/guides?where[title][like][0]=a`),
      status: [400],
      message: /where\[title\]\[like\] cannot be a list/,
    },
    {
      name: 'the all operator',
      send: () => get(`${base()}/api/guides?where[title][all]=a`),
      status: [400],
      message: /all operator is not available/,
    },
    {
      name: 'contains on an id',
      send: () => get(`${base()}/api/guides?where[id][contains]=1`),
      status: [400],
      message: /contains operator does not work on "id"/,
    },
    {
      name: 'like on a date',
      send: () => get(`${base()}/api/guides?where[updatedAt][like]=x`),
      status: [400],
      message: /like operator does not work on "updatedAt"/,
    },
    {
      name: 'exists on the blocks',
      send: () => get(`${base()}/api/guides?where[content][exists]=true`),
      status: [400],
      message: /"content" holds blocks/,
    },
    {
      name: 'the comment form from an opaque origin',
      send: () => postComment(guidePath, {}, { Origin: 'null' }),
      status: [403],
      message: /can only be sent from a page of this site/,
    },
  ]

  beforeAll(async () => {
    const draft = await api<{ doc: { id: number } }>('POST', '/guides', {
      title: `Malformed target ${Date.now()}`,
      role: 'Tester',
      slug: `malformed-target-${Date.now().toString(36)}`,
      content: [{ blockType: 'plainList', heading: 'Tools', headingLevel: '2', items: [{ text: 'A tool' }] }],
    })
    expect(draft.status).toBe(201)
    draftId = draft.json.doc.id
    guidePath = (await publishedGuide()).path
  })

  it('answers each with a 4xx and a message a person can act on, and changes nothing', async () => {
    const before = await fingerprint(draftId)
    const answers: { name: string; status: number; message: string }[] = []
    for (const { name, send } of cases) {
      const response = await send()
      const body = await response.text()
      expect(body).not.toMatch(STACK_TRACE)
      const message = /json/.test(response.headers.get('content-type') ?? '')
        ? ((JSON.parse(body) as { errors?: { message: string }[] }).errors?.[0]?.message ?? '')
        : body
      answers.push({ name, status: response.status, message })
    }
    // Listed with what they answered, so that a failure shows each case that went wrong.
    expect(
      answers.filter(
        (answer, index) => !cases[index]!.status.includes(answer.status) || !cases[index]!.message.test(answer.message),
      ),
    ).toEqual([])
    for (const { message } of answers) expect(message).not.toBe('Something went wrong.')
    // The form's own words, on a page a browser without JavaScript can show.
    expect(answers.find(({ name }) => name.includes('2 MB'))!.message).toContain(FORM_POST_MESSAGES.tooLarge)
    expect(answers.find(({ name }) => name.includes('another site'))!.message).toContain(
      FORM_POST_MESSAGES.foreignOrigin,
    )
    expect(await fingerprint(draftId)).toEqual(before)
  })

  it('logs a refused value without the personal data in it', async () => {
    const probe = `leak-probe-${Date.now()}@example.com`
    // The ids fail in the database; the query's parameters, the email among them, are in Drizzle's error.
    const response = await get(
      `${base()}/api/guides?where[title][equals]=${encodeURIComponent(probe)}&where[id][in]=a,b`,
    )
    expect(response.status).toBe(400)
    await new Promise((resolve) => setTimeout(resolve, 500))
    const serverLog = fs.readFileSync(path.resolve('.data/test/next-server.log'), 'utf8')
    expect(serverLog).toMatch(/invalid input syntax for type integer/)
    expect(serverLog).not.toContain(probe)
    expect(fs.readFileSync(process.env.TEST_SQL_STATEMENT_LOG!, 'utf8')).not.toContain(probe)
  })
})

describe('text that editors and readers write', () => {
  it('renders XSS payloads in a guide as text', async () => {
    const payloadText = `<img src=x onerror=alert(1)><script>alert("xss")</script>"'><svg onload=alert(1)>`
    const slug = `hostile-text-${Date.now().toString(36)}`
    const created = await api('POST', '/guides', {
      title: `Hostile ${payloadText}`,
      role: payloadText,
      slug,
      excerpt: payloadText,
      _status: 'published',
      meta: { title: payloadText, description: payloadText },
      content: [{ blockType: 'plainList', heading: payloadText, headingLevel: '2', items: [{ text: payloadText }] }],
    })
    expect(created.status).toBe(201)
    const { status, html } = await page(`/guides/${slug}`)
    expect(status).toBe(200)
    expect(html).not.toContain('<script>alert("xss")</script>')
    expect(html).not.toMatch(/<img src=x onerror/)
    expect(html).not.toMatch(/<svg onload/)
    expect(html).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;')
  })
})

describe('afterwards', () => {
  it('the server still serves, and nothing was changed by the refused requests', async () => {
    expect((await page(SAMPLE_PATH)).status).toBe(200)
    const after = await snapshot()
    // The guides the tests above created on purpose (the polluted and the hostile one, the malformed
    // requests' draft and commented guide) are the only new ones.
    expect(after.users).toBe(before.users)
    expect(after.guides).toBeLessThanOrEqual(before.guides + 4)
  })
})
