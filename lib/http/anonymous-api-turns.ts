import type { IncomingMessage, ServerResponse } from 'node:http'
import { turns } from './turns'

/**
 * Anonymous reads of the REST API take turns, a few at a time per server process: ten at once of
 * `/api/guides?limit=100&depth=2` (3 MB each, within the anonymous budget) kept both cores busy and
 * every reader's page waiting seconds. Signed-in requests (a cookie or an Authorization header) and
 * GraphQL, which has its own turns (lib/graphql/guard.ts), do not wait here.
 */
export const ANONYMOUS_API_IN_FLIGHT = 2
export const ANONYMOUS_API_WAITING = 50

export function isAnonymousApiRead(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const url = req.url ?? ''
  if (!/^\/api\//.test(url) || /^\/api\/graphql(\/|\?|$)/.test(url)) return false
  return !req.headers.authorization && !/(^|;\s*)payload-token=/.test(req.headers.cookie ?? '')
}

const take = turns(ANONYMOUS_API_IN_FLIGHT, ANONYMOUS_API_WAITING)

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
