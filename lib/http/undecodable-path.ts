import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * A path whose percent-encoding does not decode as UTF-8 (`/guides/%ff`, `/%C0%AE`) names no page,
 * and Next failed on it with a 500. It is answered 400 here, before Next sees it.
 */
export function refuseUndecodablePath(req: IncomingMessage, res: ServerResponse): boolean {
  const path = (req.url ?? '/').split('?')[0]!
  try {
    decodeURIComponent(path)
    return false
  } catch {
    res.writeHead(400, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    })
    res.end(
      'This address is not valid: it contains a percent sign that does not encode a character (such as %ff). Check the link and try again.',
    )
    return true
  }
}
