import fs from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { base, editorHeaders, get, testClientIp } from './client'

/**
 * Hostile GraphQL requests are refused before they run (lib/graphql/cost.ts, lib/graphql/guard.ts):
 * at once, with a 4xx a person can act on, and the server's memory stays where it was. Before,
 * 300 aliases of `Guides(limit: 100)` ran a 256 MB server out of memory.
 */
type Answer = { status: number; ms: number; body: { data?: unknown; errors?: { message: string }[] } }

async function post(body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const started = performance.now()
  const response = await get(`${base()}/api/graphql`, {
    method: 'POST',
    // Each request from its own address: the GraphQL rate limit is tested on its own below.
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': testClientIp(), ...headers },
    body,
  })
  const text = await response.text()
  return { status: response.status, ms: performance.now() - started, body: JSON.parse(text) as Answer['body'] }
}

const graphql = (query: string, variables?: Record<string, unknown>) => post(JSON.stringify({ query, variables }))
const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`

/** The server process's resident memory in MB (tests/setup/server.ts gives its pid). */
function serverRssMb(): number {
  const status = fs.readFileSync(`/proc/${process.env.TEST_SERVER_PID}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024
}

async function stillAnswers() {
  const plain = await graphql('{ Guides(limit: 1) { docs { title } } }')
  expect(plain.status).toBe(200)
  expect((plain.body.data as { Guides: { docs: unknown[] } }).Guides.docs).toHaveLength(1)
}

const doubling = [
  'fragment F0 on Guide { title slug }',
  ...Array.from({ length: 25 }, (_, i) => `fragment F${i + 1} on Guide { ...F${i} ...F${i} }`),
].join(' ')

// Each refused with a 4xx and a message naming the limit; none may run.
const hostile: [string, string, RegExp][] = [
  [
    '300 aliases of Guides(limit: 100) (the outage)',
    JSON.stringify({ query: aliases(300, 'Guides(limit:100){ totalDocs }') }),
    /^The query has more than 3000 tokens/,
  ],
  [
    '200 aliases of Guides(limit: 100), compact',
    JSON.stringify({ query: aliases(200, 'Guides(limit:100){totalDocs}') }),
    /more than 100 documents/,
  ],
  [
    '2 aliases of 100 documents, without signing in',
    JSON.stringify({ query: aliases(2, 'Guides(limit:100){ totalDocs }') }),
    /more than 100 documents/,
  ],
  [
    'a limit of a million',
    JSON.stringify({ query: '{ Guides(limit: 1000000) { totalDocs } }' }),
    /limit must be between 1 and 100/,
  ],
  [
    'limit 0, which Payload reads as "all"',
    JSON.stringify({ query: '{ Guides(limit: 0) { totalDocs } }' }),
    /limit must be between 1 and 100 \(it was 0\)/,
  ],
  [
    'a huge limit in a variable',
    JSON.stringify({ query: 'query($n: Int) { Guides(limit: $n) { totalDocs } }', variables: { n: 999999 } }),
    /limit must be between/,
  ],
  ['pagination: false', JSON.stringify({ query: '{ Guides(pagination: false) { totalDocs } }' }), /pagination: false/],
  [
    'lists nested in lists',
    JSON.stringify({ query: '{ Guides(limit: 50) { docs { author { email } technologies { name } } } }' }),
    /more than 100 documents/,
  ],
  [
    'fragments doubling 25 times (33 million fields)',
    JSON.stringify({ query: `{ Guides(limit: 1) { docs { ...F25 } } } ${doubling}` }),
    /more than 500 fields/,
  ],
  [
    '50 top-level fields of one document each',
    JSON.stringify({ query: aliases(50, 'Guide(id: 1) { id }') }),
    /more than 10 top-level fields/,
  ],
  [
    'a batch of 100 queries',
    JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ Guides(limit: 100) { totalDocs } }' }))),
    /Batched requests .* one query per request/,
  ],
  ['a 1 MB query', JSON.stringify({ query: `{ ${'Guides { totalDocs } '.repeat(50_000)} }` }), /at most 16 kB/],
  [
    '12,000 tokens in 12 kB',
    JSON.stringify({ query: `{ Guides(where: {${'a:1,'.repeat(3000)}}) { totalDocs } }` }),
    /^The query has more than 3000 tokens\. Ask for fewer fields/,
  ],
]

describe('GraphQL cost', () => {
  it.each(hostile)('refuses %s at once with a 4xx and a message, and stays up', async (_, body, message) => {
    const answer = await post(body)
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
    expect(answer.body.data).toBeUndefined()
    expect(answer.body.errors?.[0]?.message).toMatch(message)
    expect(answer.ms).toBeLessThan(2000)
    await stillAnswers()
  })

  it("keeps the server's memory bounded under 20 outage queries at once", async () => {
    const before = serverRssMb()
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => post(hostile[i % 3]![1])))
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(400))
    await stillAnswers()
    expect(serverRssMb() - before).toBeLessThan(64)
  })

  it('answers a query that does not validate with 400, and names no field in production ("Did you mean")', async () => {
    const typo = await graphql('{ Guides(limit: 1) { docs { titel } } }')
    expect(typo.status).toBe(400)
    expect(typo.body.errors?.[0]?.message).toBe('Cannot query field "titel" on type "Guide".')
    const syntax = await graphql('{ Guides(limit: 1) { docs { title }')
    expect(syntax.status).toBe(400)
    expect(syntax.body.errors?.[0]?.message).toMatch(/^Syntax Error/)
    const notJson = await post('query=%7B%7D', { 'Content-Type': 'application/x-www-form-urlencoded' })
    expect(notJson.status).toBe(415)
  })

  it('answers a query within the limits as before: 100 documents without signing in, 500 signed in', async () => {
    const anonymous = await graphql(aliases(1, 'Guides(limit: 100) { totalDocs }'))
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.errors).toBeUndefined()
    const query = JSON.stringify({ query: aliases(5, 'Guides(limit: 100) { totalDocs }') })
    const signedIn = await post(query, await editorHeaders())
    expect(signedIn.status).toBe(200)
    expect((signedIn.body.data as Record<string, { totalDocs: number }>).a4!.totalDocs).toBeGreaterThan(0)
    expect(
      (await post(JSON.stringify({ query: aliases(6, 'Guides(limit: 100) { totalDocs }') }), await editorHeaders()))
        .body.errors![0]!.message,
    ).toMatch(/more than 500 documents/)
  })

  it('limits GraphQL requests per address like REST: 300 a minute, then 429 with Retry-After', async () => {
    const address = testClientIp()
    const send = () =>
      post(JSON.stringify({ query: '{ Guides(limit: 1) { totalDocs } }' }), { 'X-Forwarded-For': address })
    // In rounds of 25 at once, so that all 300 fall within one minute on a loaded machine.
    const statuses = new Set<number>()
    for (let round = 0; round < 12; round++)
      for (const answer of await Promise.all(Array.from({ length: 25 }, send))) statuses.add(answer.status)
    expect(statuses).toEqual(new Set([200]))
    const refused = await send()
    expect(refused.status).toBe(429)
    expect(refused.body.errors?.[0]?.message).toMatch(
      /^Too many GraphQL requests in a minute\. Please wait \d+ seconds/,
    )
  })
})
