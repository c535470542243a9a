import { GraphQLError, getOperationAST, parse, type DocumentNode } from 'graphql'
import { clientIp } from '@/lib/http/client-ip'
import { sharedRateLimiter } from '@/lib/rate-limit/limiters'
import { policyForMutation } from '@/lib/rate-limit/policy'
import { turns } from '@/lib/http/turns'
import { AUTH_MUTATION, rootFieldNames, tooManyExpandedFields } from './cost'

/**
 * What `/api/graphql` checks around Payload's handler. The cost of the query itself is a
 * validation rule Payload runs (lib/graphql/cost.ts, registered in payload.config.ts); this adds
 * what a validation rule cannot do:
 *  - the body's size, read with a cap, and its tokens, before graphql-js parses it;
 *  - one query per request (a JSON array, a batch, is refused);
 *  - an account mutation (loginUser, forgotPasswordUser…) spends its REST endpoint's budget;
 *  - a 400 for a query that does not parse or validate (graphql-http answers those 200 when the
 *    client accepts application/json), without "Did you mean …?" in production;
 *  - a time bound: an answer after QUERY_TIME_LIMIT_MS is given up (503);
 *  - one query runs at a time per process (MAX_IN_FLIGHT), the rest wait their turn: 500 guides
 *    with their blocks, the most one may load, took the server from 245 to 330 MB RSS (measured
 *    with 200 guides, npm start's 256 MB heap), so two at once could already exhaust it.
 */
export const MAX_BODY_BYTES = 16 * 1024
/** A 16 kB query holds a few thousand tokens; graphql-js then stops parsing at once. */
export const MAX_TOKENS = 3000
export const QUERY_TIME_LIMIT_MS = 10_000
export const MAX_IN_FLIGHT = 1
/** Queries waiting for a turn; past this the server answers 503 at once rather than queue more. */
export const MAX_WAITING = 100

type Handler = (request: Request) => Promise<Response>

function problem(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store', ...headers } })
}

/** The body as text, or undefined once it passes `max` bytes (the rest is not read). */
async function readCapped(request: Request, max: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length'))
  if (declared > max) return undefined
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

const SUGGESTION = / ?Did you mean [^?]*\?/g

/** graphql-js 16 cannot turn field suggestions off: in production they are cut from the messages (they name the schema's fields). */
export function withoutSuggestions(message: string): string {
  return process.env.NODE_ENV === 'production' ? message.replace(SUGGESTION, '') : message
}

/** The operation's account mutations, spread fragments included (`mutation { ...F } fragment F on Mutation { loginUser … }`). */
function accountMutations(document: DocumentNode, operationName: unknown): string[] {
  const operation = getOperationAST(document, typeof operationName === 'string' ? operationName : undefined)
  if (!operation || operation.operation !== 'mutation') return []
  return rootFieldNames(document, operation).filter((name) => AUTH_MUTATION.test(name))
}

/** A query refused by graphql-http (parse or validation): `errors` and no `data`, answered 200 for application/json. */
async function asClientError(response: Response): Promise<Response> {
  if (response.status !== 200 || !response.headers.get('content-type')?.includes('json')) return response
  const text = await response.text()
  const rebuilt = (status: number, body: string) => new Response(body, { status, headers: response.headers })
  if (!text.startsWith('{"errors"')) return rebuilt(response.status, text)
  const body = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] }
  if ('data' in body || !body.errors) return rebuilt(response.status, text)
  const errors = body.errors.map((error) => ({ ...error, message: withoutSuggestions(error.message) }))
  return rebuilt(400, JSON.stringify({ ...body, errors }))
}

function withinTime(work: Promise<Response>, ms: number): Promise<Response> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<Response>((resolve) => {
    timer = setTimeout(
      () =>
        resolve(
          problem(
            503,
            `The query took longer than ${ms / 1000} seconds and was given up. Ask for fewer documents or fields, or try again later.`,
            { 'Retry-After': '10' },
          ),
        ),
      ms,
    )
  })
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}

export function guardGraphql(
  handler: Handler,
  { timeLimitMs = QUERY_TIME_LIMIT_MS, maxInFlight = MAX_IN_FLIGHT, maxWaiting = MAX_WAITING } = {},
): Handler {
  const inTurn = turns(maxInFlight, maxWaiting)
  return async (request) => {
    const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase()
    if (mediaType !== 'application/json')
      return problem(
        415,
        'Send the query as JSON: Content-Type: application/json with a body {"query": "…", "variables": {…}}.',
      )
    const text = await readCapped(request, MAX_BODY_BYTES)
    if (text === undefined)
      return problem(
        413,
        `A GraphQL request may be at most ${MAX_BODY_BYTES / 1024} kB. Ask for fewer fields, or split the query into several requests.`,
      )
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      return problem(400, 'The body is not valid JSON. Send {"query": "…", "variables": {…}}.')
    }
    if (Array.isArray(body))
      return problem(400, 'Batched requests (a JSON array) are not accepted: send one query per request.')
    const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown }
    if (typeof query !== 'string' || !query.trim())
      return problem(400, 'The body needs a "query" string, e.g. {"query": "{ Guides(limit: 5) { docs { title } } }"}.')
    let document: DocumentNode
    try {
      document = parse(query, { maxTokens: MAX_TOKENS, noLocation: true })
    } catch (error) {
      const message = error instanceof GraphQLError ? error.message : 'The query could not be parsed.'
      if (/Document contains more/.test(message))
        return problem(
          400,
          `The query has more than ${MAX_TOKENS} tokens. Ask for fewer fields, or split it into several requests.`,
        )
      return problem(400, withoutSuggestions(message))
    }

    const expanded = tooManyExpandedFields(document)
    if (expanded) return problem(400, expanded)

    // More than one is refused by the cost rule; the first spends its endpoint's budget here.
    const [mutation] = accountMutations(document, operationName)
    const policy = mutation ? policyForMutation(mutation) : undefined
    if (policy) {
      const limiter = sharedRateLimiter(policy.name, { limit: policy.limit, windowMs: policy.windowMs })
      const { allowed, retryAfterSeconds } = await limiter.consume(clientIp(request.headers))
      if (!allowed) return problem(429, policy.message(retryAfterSeconds), { 'Retry-After': String(retryAfterSeconds) })
    }

    const forwarded = new Request(request.url, { method: 'POST', headers: request.headers, body: text })
    // The time bound includes the wait for a turn; a query given up still holds its turn until it ends.
    const answered = inTurn(() => handler(forwarded).then(asClientError))
    const busy = () =>
      problem(503, 'The server is answering many GraphQL queries. Please try again in a few seconds.', {
        'Retry-After': '5',
      })
    return withinTime(
      answered.then((response) => response ?? busy()),
      timeLimitMs,
    )
  }
}
