import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { contentSecurityPolicy, frameworkScriptHashes, type ScriptSources } from './csp'

type Chunk = string | Uint8Array
type Callback = (error?: Error | null) => void

/**
 * Holds back an HTML response until it is complete, then sets a Content-Security-Policy naming the
 * SHA-256 of each inline script the framework wrote into it (lib/http/csp.ts) (or, given one, the request's nonce), and sends it. Anything
 * else passes straight through. The policy has to be in the headers, which go out before the body,
 * so an HTML page is sent in one piece rather than streamed: Next sends a cached page in one piece
 * anyway. `replace` may give another page to send instead of the one held (status and body given);
 * `onComplete` gets each held page, policy set, just before it is sent.
 */
export function sendHtmlWithScriptPolicy(
  res: ServerResponse,
  nonce?: string,
  onComplete?: (body: Buffer) => void,
  replace?: (status: number, body: Buffer) => Buffer | undefined,
): void {
  const write = res.write.bind(res) as (chunk: Chunk, encoding?: BufferEncoding, callback?: Callback) => boolean
  const end = res.end.bind(res) as (chunk?: Chunk, encoding?: BufferEncoding, callback?: () => void) => ServerResponse
  const writeHead = res.writeHead.bind(res)
  const flushHeaders = res.flushHeaders.bind(res)
  let held: Buffer[] | undefined
  let decided = false
  // Set once the page is complete: from then on the real writeHead runs (compression calls it from end()).
  let releasing = false

  // Decided at the first byte, once the handler has set Content-Type.
  const holding = () => {
    if (!decided) {
      decided = true
      if (/^text\/html\b/i.test(String(res.getHeader('content-type') ?? ''))) held = []
    }
    return held !== undefined
  }
  const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) =>
    typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk)
  const splitArgs = (args: unknown[]) => {
    const callback = args.find((arg) => typeof arg === 'function') as Callback | undefined
    const encoding = typeof args[1] === 'string' ? (args[1] as BufferEncoding) : undefined
    return { chunk: typeof args[0] === 'function' ? undefined : (args[0] as Chunk | undefined), encoding, callback }
  }

  // Headers written now could not be changed at the end: keep them on the response until then.
  res.writeHead = ((statusCode: number, ...rest: unknown[]) => {
    if (releasing) return (writeHead as (...args: unknown[]) => ServerResponse)(statusCode, ...rest)
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null) as
      OutgoingHttpHeaders | string[] | undefined
    const message = rest.find((arg) => typeof arg === 'string') as string | undefined
    res.statusCode = statusCode
    if (message) res.statusMessage = message
    if (Array.isArray(headers)) {
      for (let index = 0; index + 1 < headers.length; index += 2) res.setHeader(headers[index]!, headers[index + 1]!)
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value)
    }
    if (!holding()) {
      if (message) writeHead(res.statusCode, message)
      else writeHead(res.statusCode)
    }
    return res
  }) as typeof res.writeHead
  res.flushHeaders = () => {
    if (!holding()) flushHeaders()
  }
  res.write = ((...args: unknown[]) => {
    const { chunk, encoding, callback } = splitArgs(args)
    if (!holding()) return write(chunk ?? '', encoding, callback)
    if (chunk != null) held!.push(toBuffer(chunk, encoding))
    if (callback) process.nextTick(callback)
    return true
  }) as typeof res.write
  res.end = ((...args: unknown[]) => {
    const { chunk, encoding, callback } = splitArgs(args)
    if (!holding()) return end(chunk ?? '', encoding, callback as () => void)
    // Next ends a HEAD answer with end(null).
    if (chunk != null) held!.push(toBuffer(chunk, encoding))
    let body: Buffer = Buffer.concat(held!)
    held = []
    const replacement = replace?.(res.statusCode, body)
    if (replacement) {
      body = replacement
      // The validator and length were the replaced page's.
      res.removeHeader('etag')
      if (res.hasHeader('content-length')) res.setHeader('content-length', body.length)
    }
    releasing = true
    const scripts: ScriptSources = nonce ? { nonce } : { hashes: frameworkScriptHashes(body.toString('utf8')) }
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(scripts))
    onComplete?.(body)
    return end(body, undefined, callback as () => void)
  }) as typeof res.end
}
