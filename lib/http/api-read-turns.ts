import { turns } from './turns'

/**
 * Reads of the REST API take turns, a few at a time per server process: ten at once of
 * `/api/guides?limit=100&depth=2` (3 MB each, within the anonymous budget) kept both cores busy and
 * every reader's page waiting seconds, and ten more ran a worker out of memory. Signed-in reads take
 * turns too: a request is only known to be signed in once Payload has checked its token, and a
 * made-up token let anyone skip the queue. The turns are taken in the API's route handler, after Next
 * has resolved the path (`/./api/guides` reaches the same handler). GraphQL has turns of its own
 * (lib/graphql/guard.ts).
 */
export const API_READS_IN_FLIGHT = 3
export const API_READS_WAITING = 100

const take = turns(API_READS_IN_FLIGHT, API_READS_WAITING)

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

const busy = () =>
  Response.json(
    { errors: [{ message: 'Too many API requests are waiting right now; try again in a few seconds.' }] },
    { status: 503, headers: { 'Retry-After': '2', 'Cache-Control': 'no-store' } },
  )

/** `handler` run in turn; 503 at once when too many already wait. */
export function readsTakeTurns<Context>(handler: RouteHandler<Context>, taking = take): RouteHandler<Context> {
  return async (request, context) => (await taking(() => handler(request, context))) ?? busy()
}

/** A POST that Payload answers as a read (its method override, for queries too long for a URL). */
export const isReadByPost = (request: Request) =>
  request.headers.get('x-payload-http-method-override')?.toUpperCase() === 'GET'
