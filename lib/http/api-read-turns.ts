import type { IncomingMessage, ServerResponse } from 'node:http'
import { turns } from './turns'

/**
 * Reads of the REST API take turns, a few at a time per server process: ten at once of
 * `/api/guides?limit=100&depth=2` (3 MB each, within the anonymous budget) kept both cores busy and
 * every reader's page waiting seconds, and ten more ran a worker out of memory. Signed-in reads take
 * turns too: a request is only known to be signed in once Payload has checked its token, and a
 * made-up token let anyone skip the queue. GraphQL has turns of its own (lib/graphql/guard.ts).
 */
export const API_READS_IN_FLIGHT = 3
export const API_READS_WAITING = 100

export function isApiRead(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const url = req.url ?? ''
  return /^\/api\//.test(url) && !/^\/api\/graphql(\/|\?|$)/.test(url)
}

const take = turns(API_READS_IN_FLIGHT, API_READS_WAITING)

/** Runs `proceed` (which answers `res`) in turn; answers 503 itself when too many already wait. */
export function inTurn(res: ServerResponse, proceed: () => void, taking = take): void {
  void taking(
    () =>
      new Promise<void>((done) => {
        res.once('close', done)
        proceed()
      }),
  ).then((ran) => {
    if (ran !== undefined || res.headersSent) return
    res.writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': '2', 'Cache-Control': 'no-store' })
    res.end(
      JSON.stringify({
        errors: [{ message: 'Too many API requests are waiting right now; try again in a few seconds.' }],
      }),
    )
  })
}
