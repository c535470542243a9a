import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * Request bodies the API (/api) may send, checked before anything reads them: Payload reads a JSON
 * body whole into memory, so one anonymous 150 MB body ran the server out of memory. An upload
 * (multipart) up to 16 MB, so that Payload itself answers files over its 10 MB media limit; anything else, a JSON document, 4 MB (a
 * guide of a hundred blocks is about 200 kB). A body without a declared length (chunked) cannot
 * be checked before it is read, and no browser or client of the site sends one: 411.
 */
export const API_JSON_BODY_LIMIT_BYTES = 4 * 1024 * 1024
export const API_UPLOAD_BODY_LIMIT_BYTES = 16 * 1024 * 1024
/** A WordPress export sent to /api/guides/import-wordpress by a signed-in client, streamed to disk there. */
export const API_WXR_BODY_LIMIT_BYTES = 128 * 1024 * 1024
const WXR_UPLOAD_PATH = /^\/api\/guides\/import-wordpress(\?|$)/

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

// What the client sends is read and dropped before the answer, so that it can finish sending and
// read why (answered mid-upload, it saw only a reset connection); far beyond any limit, it is cut off.
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024

function answer(req: IncomingMessage, res: ServerResponse, status: 411 | 413, message: string): true {
  const send = () => {
    if (res.headersSent) return
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', Connection: 'close' })
    res.end(JSON.stringify({ errors: [{ message }] }))
  }
  const declared = Number(req.headers['content-length'])
  if (status === 411 || !Number.isFinite(declared) || declared > DRAIN_LIMIT_BYTES) {
    send()
    req.resume()
    req.once('data', () => req.destroy())
    return true
  }
  req.on('data', () => {})
  req.once('end', send)
  req.once('error', send)
  return true
}

/** Whether `req` was refused (and answered); otherwise it goes on. */
export function refuseOversizedBody(req: IncomingMessage, res: ServerResponse): boolean {
  if (!WITH_BODY.has(req.method ?? '')) return false
  const declared = req.headers['content-length']
  if (declared === undefined) {
    if (req.headers['transfer-encoding'])
      return answer(
        req,
        res,
        411,
        'Send the request with a Content-Length header; bodies of unknown length are not accepted.',
      )
    return false
  }
  if (!/^\/api(\/|$|\?)/.test(req.url ?? '')) return false
  const length = Number(declared)
  const upload = /^multipart\/form-data/i.test(req.headers['content-type'] ?? '')
  // Only with a session (cookie or API key) is the larger limit considered; the endpoint checks the role.
  const wordPressExport =
    WXR_UPLOAD_PATH.test(req.url ?? '') &&
    Boolean(req.headers.cookie?.includes('payload-token=') || req.headers.authorization)
  const limit = wordPressExport
    ? API_WXR_BODY_LIMIT_BYTES
    : upload
      ? API_UPLOAD_BODY_LIMIT_BYTES
      : API_JSON_BODY_LIMIT_BYTES
  if (!Number.isFinite(length) || length > limit) {
    return answer(
      req,
      res,
      413,
      upload
        ? `An upload may be at most ${limit / 1024 / 1024} MB with its fields. Make the file smaller and upload it again.`
        : `A request body may be at most ${limit / 1024 / 1024} MB. Send less in one request, for example one document per import.`,
    )
  }
  return false
}
