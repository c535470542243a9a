import { describe, expect, it } from '@jest/globals'
import { guardGraphql, MAX_BODY_BYTES } from '@/lib/graphql/guard'
import { turns } from '@/lib/http/turns'

const request = (body: string, contentType = 'application/json') =>
  new Request('http://site.test/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': contentType, 'X-Forwarded-For': '203.0.113.9' },
    body,
  })

async function answer(response: Response) {
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { message: string }[] },
  }
}

/** Stands for Payload's handler: answers as graphql-http does, and records what reached it. */
function payloadLike(result: unknown = { data: { ok: true } }) {
  const reached: string[] = []
  const handler = async (forwarded: Request) => {
    reached.push(await forwarded.text())
    return Response.json(result, { status: 200 })
  }
  return { handler, reached }
}

describe('guardGraphql', () => {
  it('passes a plain query to Payload with its body unchanged', async () => {
    const { handler, reached } = payloadLike()
    const body = JSON.stringify({ query: '{ Guides { totalDocs } }' })
    expect(await answer(await guardGraphql(handler)(request(body)))).toEqual({
      status: 200,
      body: { data: { ok: true } },
    })
    expect(reached).toEqual([body])
  })

  it.each([
    ['a batch', JSON.stringify([{ query: '{ a }' }, { query: '{ b }' }]), 'application/json', 400, /Batched requests/],
    [
      'a body over the size limit',
      JSON.stringify({ query: `{ ${'a '.repeat(MAX_BODY_BYTES)} }` }),
      'application/json',
      413,
      /at most 16 kB/,
    ],
    ['a form', 'query=%7Ba%7D', 'application/x-www-form-urlencoded', 415, /Content-Type: application\/json/],
    ['broken JSON', '{"query": ', 'application/json', 400, /not valid JSON/],
    ['no query', '{"variables": {}}', 'application/json', 400, /needs a "query" string/],
    [
      'fragments that double 25 times',
      JSON.stringify({
        query: `{ a { ...F25 } } ${['fragment F0 on T { a b }', ...Array.from({ length: 25 }, (_, i) => `fragment F${i + 1} on T { ...F${i} ...F${i} }`)].join(' ')}`,
      }),
      'application/json',
      400,
      /more than 500 fields/,
    ],
    [
      'too many tokens',
      JSON.stringify({ query: `{ ${'a '.repeat(4000)} }` }),
      'application/json',
      400,
      /^The query has more than 3000 tokens\. Ask for fewer fields/,
    ],
  ])('refuses %s before Payload sees it', async (_, body, contentType, status, message) => {
    const { handler, reached } = payloadLike()
    const refused = await answer(await guardGraphql(handler)(request(body, contentType)))
    expect(refused.status).toBe(status)
    expect(refused.body.errors?.[0]?.message).toMatch(message)
    expect(reached).toEqual([])
  })

  it('answers a query graphql-http refused (errors, no data) with 400, without suggestions in production', async () => {
    const { handler } = payloadLike({
      errors: [{ message: 'Cannot query field "titel" on type "Guide". Did you mean "title"?' }],
    })
    const previous = process.env.NODE_ENV
    Reflect.set(process.env, 'NODE_ENV', 'production')
    try {
      const refused = await answer(await guardGraphql(handler)(request(JSON.stringify({ query: '{ titel }' }))))
      expect(refused).toEqual({
        status: 400,
        body: { errors: [{ message: 'Cannot query field "titel" on type "Guide".' }] },
      })
    } finally {
      Reflect.set(process.env, 'NODE_ENV', previous)
    }
  })

  it("keeps 200 for an answer with data, errors or not (a resolver's error is not a bad request)", async () => {
    const { handler } = payloadLike({
      errors: [{ message: 'You are not allowed to perform this action.' }],
      data: { Guide: null },
    })
    expect((await guardGraphql(handler)(request(JSON.stringify({ query: '{ Guide(id: 1) { id } }' })))).status).toBe(
      200,
    )
  })

  it('gives up an answer that takes longer than the time limit with 503', async () => {
    const never = () => new Promise<Response>(() => {})
    const started = performance.now()
    const late = await answer(
      await guardGraphql(never, { timeLimitMs: 100 })(request(JSON.stringify({ query: '{ a }' }))),
    )
    expect(performance.now() - started).toBeLessThan(1000)
    expect(late.status).toBe(503)
    expect(late.body.errors?.[0]?.message).toMatch(/took longer than 0.1 seconds/)
  })

  it('spends the REST sign-in budget for loginUser, even inside a fragment: 10 a minute per address', async () => {
    const { handler, reached } = payloadLike()
    const guarded = guardGraphql(handler)
    const body = JSON.stringify({
      query: 'mutation { ...L } fragment L on Mutation { loginUser(email: "a@b.c", password: "x") { token } }',
    })
    const send = () =>
      guarded(
        new Request('http://site.test/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.77' },
          body,
        }),
      )
    for (let i = 0; i < 10; i++) expect((await send()).status).toBe(200)
    const refused = await answer(await send())
    expect(refused.status).toBe(429)
    expect(refused.body.errors?.[0]?.message).toMatch(/^Too many sign-in attempts from your network/)
    expect(reached).toHaveLength(10)
  })
})

describe('turns', () => {
  it('runs at most `limit` at once, the others in order as turns free up, and refuses past maxWaiting', async () => {
    const inTurn = turns(2, 3)
    let running = 0
    let most = 0
    const finishers: (() => void)[] = []
    const job = (name: string) =>
      inTurn(async () => {
        running += 1
        most = Math.max(most, running)
        await new Promise<void>((resolve) => finishers.push(resolve))
        running -= 1
        return name
      })
    const jobs = ['a', 'b', 'c', 'd', 'e'].map(job)
    // Three wait already: a sixth is refused at once.
    expect(await job('f')).toBeUndefined()
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
    await settle()
    expect(running).toBe(2)
    // Finishing one lets the next waiting job start.
    while (finishers.length > 0) {
      finishers.shift()!()
      await settle()
    }
    expect(await Promise.all(jobs)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(most).toBe(2)
  })
})
