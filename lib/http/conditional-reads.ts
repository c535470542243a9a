import { createHash } from 'node:crypto'

/**
 * Public reads of the API (REST reads of guides, technologies and skills, /api/search,
 * /api/openapi.json) answered for shared caches and conditional requests:
 *  - anonymous 200s get a strong `ETag` (a hash of the body) and `Cache-Control` for shared caches;
 *    `If-None-Match` naming that tag is answered `304` without a body. The answer is still computed
 *    (the tag is its hash): a 304 saves the transfer, not the query.
 *  - any request that carries credentials (an `Authorization` header or Payload's session cookie)
 *    gets `private, no-store`, whatever its status: a signed-in reader may see drafts, and neither
 *    a shared cache nor the browser may keep that.
 * Anything else (other methods, errors of anonymous requests) passes through unchanged.
 */

/** Payload's session cookie (`${cookiePrefix}-token`; the config keeps the prefix `payload`, deploy/nginx names it too). */
export const SESSION_COOKIE = 'payload-token'

/** What a signed-in answer is marked: kept by no cache, the browser's included. */
export const SIGNED_IN_CACHE_CONTROL = 'private, no-store'

/**
 * What an anonymous public read is marked (docs/content.md, Read API): browsers revalidate every
 * time (max-age=0; with the ETag that is a 304 when nothing changed), shared caches keep it
 * `sharedMaxAge` seconds, as long as a page (SHARED_CACHE_MAX_AGE), and may answer from a copy up to
 * as long again past that while they fetch a fresh one, so a copy is never more than twice that old.
 */
export function publicReadCacheControl(sharedMaxAge: number): string {
  return `public, max-age=0, s-maxage=${sharedMaxAge}, stale-while-revalidate=${sharedMaxAge}`
}

/** Whether a request carries credentials Payload would sign it in with (valid or not). */
export function carriesCredentials(headers: Headers): boolean {
  if (headers.has('authorization')) return true
  const cookies = headers.get('cookie') ?? ''
  return cookies.split(';').some((cookie) => cookie.trim().startsWith(`${SESSION_COOKIE}=`))
}

/** A strong entity tag for these bytes: their SHA-256, base64url. */
export function strongEtag(body: Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`
}

/**
 * Whether `If-None-Match` names `etag`: `*`, or a list of tags compared weakly (RFC 9110 13.1.2),
 * so `W/"x"` (nginx weakens tags it compresses) matches `"x"`.
 */
export function noneMatchHits(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag))
}

// A 304 carries the headers a cache updates its copy with, not the body's own.
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding']

function withHeaders(response: Response, set: Record<string, string>, remove: string[] = []): Response {
  const headers = new Headers(response.headers)
  for (const name of remove) headers.delete(name)
  for (const [name, value] of Object.entries(set)) headers.set(name, value)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

export interface ConditionalReadOptions<Context> {
  /** Seconds a shared cache may keep an answer (`s-maxage`). */
  sharedMaxAge: number
  /** Whether this request is one of the public reads; the others pass through unchanged. */
  isPublicRead?: (request: Request, context: Context) => boolean | Promise<boolean>
}

/** `handler` with its public reads answered as above. */
export function conditionalReads<Context>(
  handler: RouteHandler<Context>,
  { sharedMaxAge, isPublicRead = () => true }: ConditionalReadOptions<Context>,
): RouteHandler<Context> {
  return async (request, context) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !(await isPublicRead(request, context)))
      return handler(request, context)
    const response = await handler(request, context)
    if (carriesCredentials(request.headers))
      return withHeaders(response, { 'Cache-Control': SIGNED_IN_CACHE_CONTROL }, ['etag'])
    // Errors stay uncached; an answer that sets a cookie or that the handler marked private is not shared.
    if (response.status !== 200 || response.headers.has('set-cookie')) return response
    if (/\b(private|no-store)\b/i.test(response.headers.get('cache-control') ?? '')) return response

    const body = new Uint8Array(await response.arrayBuffer())
    const etag = strongEtag(body)
    const headers = new Headers(response.headers)
    headers.set('ETag', etag)
    headers.set('Cache-Control', publicReadCacheControl(sharedMaxAge))
    if (noneMatchHits(request.headers.get('if-none-match'), etag)) {
      for (const name of BODY_HEADERS) headers.delete(name)
      return new Response(null, { status: 304, headers })
    }
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers })
  }
}

/** Payload's sub-paths of a collection that are not reads of its documents (`/api/guides/versions`, …). */
const NOT_DOCUMENT_READS = new Set(['versions', 'access'])

/**
 * Whether the REST catch-all's path (`/api/<collection>` or `/api/<collection>/<id>`) is a read of
 * one of `collections`' documents.
 */
export function isCollectionRead(slug: readonly string[] | undefined, collections: readonly string[]): boolean {
  if (!slug || slug.length < 1 || slug.length > 2 || !collections.includes(slug[0]!)) return false
  return slug.length === 1 || !NOT_DOCUMENT_READS.has(slug[1]!)
}
