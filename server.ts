/**
 * The production server: Next's request handler in a Node HTTP server of our own, for what
 * `next start` cannot do.
 *  - Each HTML page is sent with a Content-Security-Policy naming its inline scripts by hash
 *    (lib/http/csp.ts), so pages stay cached without 'unsafe-inline'. Compression happens here, after
 *    hashing, so Next's own is turned off (next.config.ts).
 *    With CSP_MODE=nonce (at build and start) every page is rendered per request with a nonce
 *    instead: the variant docs/security.md's benchmark compares against.
 *  - A shared cache in front may keep a page SHARED_CACHE_MAX_AGE seconds, not Next's year
 *    (lib/http/shared-cache.ts).
 *  - Public pages Next serves from its cache are kept in memory for PAGE_MICROCACHE_MS (1 s) and
 *    answered from there, dropped whenever the app expires a cache tag (lib/http/page-microcache.ts).
 *  - The client's address is worked out here, where the connection is known: the socket's, or
 *    from X-Forwarded-For when the socket is a proxy in TRUSTED_PROXIES (lib/http/trusted-proxies.ts);
 *    Next's code reads it from a header only this server sets (lib/http/client-ip.ts).
 *  - A form post to a page that Next would fail as a 500 (over 1 MB, or from another site's
 *    page) is answered 413 or 403 with a message (lib/http/form-post-guard.ts).
 *  - SIGTERM (or SIGINT) drains: no new connections, requests in flight are answered, then the
 *    database pool is closed and the process exits 0.
 *
 *   node -C production --max-old-space-size=256 scripts/run.mjs server.ts [--port 3000] [--hostname 0.0.0.0]   (npm start runs one per worker: scripts/cluster.ts; the heap cap: scripts/lib/entry-point.ts)
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { parseArgs } from 'node:util'
import compression from 'compression'
import next from 'next'
import { z } from 'zod'
import { sendHtmlWithScriptPolicy } from './lib/http/inline-script-policy'
import { isClientRenderedNotFound, prerenderedNotFoundPage, withScriptNonce } from './lib/http/not-found-page'
import {
  microcacheable,
  microcacheKey,
  PageMicrocache,
  purgeAfterWrite,
  registerPageMicrocache,
  sendMicrocachedPage,
} from './lib/http/page-microcache'
import { capSharedMaxAge } from './lib/http/shared-cache'
import { followOtherWorkersExpiries } from './lib/http/worker-cache-tags'
import { clientAddress, TrustedProxies } from './lib/http/trusted-proxies'
import { answerUndecodableActionAs400, refuseUnacceptableFormPost } from './lib/http/form-post-guard'
import { refuseUndecodablePath } from './lib/http/undecodable-path'
import { refuseOversizedBody } from './lib/http/api-body-limit'
import { CLIENT_ADDRESS_HEADER } from './lib/http/client-ip'
import { env } from './lib/config/env'
import { closePayload } from './lib/db/close-payload'

const options = z.object({
  port: z.coerce.number().int().min(0).max(65535, '--port must be a port number (0–65535)'),
  hostname: z.string().min(1),
  drainSeconds: z.coerce.number().positive('--drain-seconds must be a positive number of seconds'),
})
const { values } = parseArgs({
  options: { port: { type: 'string' }, hostname: { type: 'string' }, 'drain-seconds': { type: 'string' } },
})
const parsed = options.safeParse({
  port: values.port ?? process.env.PORT ?? 3000,
  hostname: values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0',
  drainSeconds: values['drain-seconds'] ?? 25,
})
if (!parsed.success) {
  console.error(
    `server: ${parsed.error.issues[0]!.message}\nusage: node -C production --max-old-space-size=256 scripts/run.mjs server.ts [--port 3000] [--hostname 0.0.0.0] [--drain-seconds 25]`,
  )
  process.exit(2)
}
const { port, hostname, drainSeconds } = parsed.data

Reflect.set(process.env, 'NODE_ENV', 'production')
process.env.CAREERPATH_SERVER = '1'
const app = next({ dev: false, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const settings = env()
// Sent for a 404 that Next would leave for the browser to render (lib/http/not-found-page.ts).
const notFoundPage = prerenderedNotFoundPage()
const nonceMode = settings.CSP_MODE === 'nonce'
const compress = compression()
const trustedProxies = new TrustedProxies(settings.TRUSTED_PROXIES)
// Nonce pages are rendered per request by design; the comparison they serve would be lost.
const microcache = new PageMicrocache(nonceMode ? 0 : settings.PAGE_MICROCACHE_MS)
registerPageMicrocache(microcache)
// Under npm start's primary: a cache tag another worker expires is expired here too (lib/http/worker-cache-tags.ts).
followOtherWorkersExpiries()
let draining = false
const inFlight = new Set<ServerResponse>()
const server = createServer((req, res) => {
  inFlight.add(res)
  res.once('close', () => inFlight.delete(res))
  // While draining, each connection closes after its answer instead of waiting for another request.
  if (draining) res.setHeader('Connection', 'close')
  // Always set, so a client's own copy of the header never reaches Next.
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
    req.socket.remoteAddress,
    req.headers['x-forwarded-for'],
    trustedProxies,
  )
  if (refuseUndecodablePath(req, res) || refuseOversizedBody(req, res) || refuseUnacceptableFormPost(req, res)) return
  answerUndecodableActionAs400(req, res)
  serve(req, res)
})

function serve(req: IncomingMessage, res: ServerResponse) {
  compress(req as never, res as never, () => {
    const key = microcacheKey(req.method, req.url, req.headers)
    const kept = key && microcache.get(key)
    if (kept) return sendMicrocachedPage(req, res, kept)
    const generation = microcache.generation
    purgeAfterWrite(req, res, microcache)
    let nonce: string | undefined
    if (nonceMode) {
      // Next puts the nonce of the request's policy on every script it renders.
      nonce = randomBytes(16).toString('base64')
      req.headers['content-security-policy'] = `script-src 'nonce-${nonce}'`
    }
    const setHeader = res.setHeader.bind(res)
    res.setHeader = (name, value) =>
      setHeader(
        name,
        name.toLowerCase() === 'cache-control' && typeof value === 'string'
          ? capSharedMaxAge(value, settings.SHARED_CACHE_MAX_AGE)
          : value,
      )
    const keep =
      key && req.method === 'GET'
        ? (body: Buffer) => {
            const headers = res.getHeaders()
            // While draining, responses carry `Connection: close`, which must not be kept for later readers.
            if (!draining && microcacheable(res.statusCode, headers))
              microcache.set(key, { status: res.statusCode, headers, body }, generation)
          }
        : undefined
    sendHtmlWithScriptPolicy(res, nonce, keep, (status, body) =>
      notFoundPage && isClientRenderedNotFound(req.url, status, body)
        ? withScriptNonce(notFoundPage, nonce)
        : undefined,
    )
    void handle(req, res)
  })
}
server.listen(port, hostname, () => console.log(`Careerpath listening on http://${hostname}:${port}`))

/** Payload keeps its instances in this global (payload's getPayload); the app's code runs inside Next's bundles, not here. */
async function closeDatabasePools(): Promise<number> {
  const instances = (globalThis as { _payload?: Map<string, { payload?: Parameters<typeof closePayload>[0] | null }> })
    ._payload
  let closed = 0
  for (const cached of instances?.values() ?? []) {
    if (!cached.payload) continue
    await closePayload(cached.payload).catch((error: Error) =>
      console.error(`Closing the database pool failed: ${error.message}`),
    )
    closed++
  }
  return closed
}

async function drain(signal: NodeJS.Signals): Promise<void> {
  if (draining) return
  draining = true
  console.log(`${signal}: no new connections; finishing the requests in flight (at most ${drainSeconds} s)`)
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  server.closeIdleConnections()
  for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close')
  const deadline = setTimeout(() => {
    console.log(`Requests still open after ${drainSeconds} s: closing them`)
    server.closeAllConnections()
  }, drainSeconds * 1000)
  deadline.unref()
  await closed
  clearTimeout(deadline)
  const pools = await closeDatabasePools()
  console.log(`Closed ${pools} database pool${pools === 1 ? '' : 's'}. Stopped`)
  process.exit(0)
}
process.on('SIGTERM', (signal) => void drain(signal))
process.on('SIGINT', (signal) => void drain(signal))
