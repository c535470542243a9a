import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

/**
 * A page the production server (server.ts) keeps for a moment, as Next handed it out: status,
 * headers (its script policy included) and the whole body, before compression.
 */
export interface MicrocachedPage {
  status: number
  headers: OutgoingHttpHeaders
  body: Buffer
  expiresAt: number
}

// Requests that a cached HTML page would not answer: Next's own navigation and prefetch requests
// (answered with RSC payloads) and server actions. `Vary` names the same headers.
const NEXT_REQUEST_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
]
// What a kept page may vary on: the headers above (such requests never reach the cache) and the
// encoding (compression comes after the cache). A page that varies on anything else is not kept.
const VARY_HANDLED = new Set([...NEXT_REQUEST_HEADERS, 'accept-encoding'])

/**
 * The key for a request that a public cached page may answer, or undefined. Only anonymous GET and
 * HEAD: any cookie (a signed-in editor, a draft preview) or Authorization header goes to Next.
 */
export function microcacheKey(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
): string | undefined {
  if ((method !== 'GET' && method !== 'HEAD') || !url || !url.startsWith('/')) return undefined
  if (headers.cookie || headers.authorization) return undefined
  if (NEXT_REQUEST_HEADERS.some((name) => headers[name] !== undefined)) return undefined
  if (/[?&]_rsc=/.test(url)) return undefined
  return url
}

/**
 * Whether a response may be kept: a complete 200 HTML page that Next itself marks as cacheable by
 * a shared cache (`s-maxage`, never `private` or `no-store`), that sets no cookie and varies on
 * nothing the cache does not account for.
 */
export function microcacheable(status: number, headers: OutgoingHttpHeaders): boolean {
  if (status !== 200 || headers['set-cookie'] !== undefined) return false
  if (!/^text\/html\b/i.test(String(headers['content-type'] ?? ''))) return false
  const cacheControl = String(headers['cache-control'] ?? '')
  if (/\b(private|no-store|no-cache)\b/i.test(cacheControl)) return false
  const vary = String(headers.vary ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
  if (vary.some((name) => !VARY_HANDLED.has(name))) return false
  return /\bs-maxage=[1-9]/i.test(cacheControl)
}

/**
 * Keeps public pages for `ttlMs` in this process, so that a page read hundreds of times a second
 * is rendered by Next's cache once per `ttlMs` rather than each time (Next's request handling,
 * even for a cached page, made it four times slower than a static file: `npm run bench`). Everything is
 * dropped at once when the app expires a cache tag (a publish, a comment approved), here or, through
 * the PostgreSQL notification of its write, in any other process (lib/cache-events). Bounded to `maxEntries`, oldest out first, and
 * expired pages are let go as new ones come in.
 */
export class PageMicrocache {
  private readonly pages = new Map<string, MicrocachedPage>()
  private purges = 0

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): MicrocachedPage | undefined {
    const page = this.pages.get(key)
    if (!page) return undefined
    if (page.expiresAt <= this.now()) {
      this.pages.delete(key)
      return undefined
    }
    return page
  }

  /** Taken when a request starts; `set` keeps its page only if nothing was purged meanwhile. */
  get generation(): number {
    return this.purges
  }

  /**
   * Keeps a page rendered by a request that started at `generation`. A render that was under way
   * when a publish purged the cache may hold the old content: it is not kept (Next's own cache
   * makes the same check with its tags).
   */
  set(key: string, page: Omit<MicrocachedPage, 'expiresAt'>, generation = this.purges): void {
    if (this.ttlMs <= 0 || generation !== this.purges) return
    const now = this.now()
    this.pages.delete(key)
    this.pages.set(key, { ...page, expiresAt: now + this.ttlMs })
    // Insertion order is expiry order (one TTL for all), so the expired pages are the first ones:
    // dropping them here keeps only what was served in the last ttlMs, not every page a crawl read.
    for (const [oldest, kept] of this.pages) {
      if (kept.expiresAt > now && this.pages.size <= this.maxEntries) break
      this.pages.delete(oldest)
    }
  }

  purge(): void {
    this.purges++
    this.pages.clear()
  }

  get size(): number {
    return this.pages.size
  }
}

/**
 * Drops the kept pages as a successful write's answer goes out. The app's hooks purge when a
 * publish expires cache tags, but hooks run before Payload commits, and their second purge runs
 * after the answer (Next's `after()`): a reader's render in between, of the rows as they were,
 * could be kept and served to the editor who reloads at once. By the time Next ends a write's
 * response, the change is committed.
 */
export function purgeAfterWrite(req: IncomingMessage, res: ServerResponse, cache: PageMicrocache): void {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  res.end = ((...args: unknown[]) => {
    if (res.statusCode < 400) cache.purge()
    return end(...args)
  }) as typeof res.end
}

// server.ts and the app's code (inside Next's bundles) are separate module graphs in one process:
// they meet through this global.
const REGISTRY = Symbol.for('careerpath.pageMicrocache')
type Registry = { [REGISTRY]?: Set<PageMicrocache> }

/** Makes `purgePageMicrocaches()` reach this cache. */
export function registerPageMicrocache(cache: PageMicrocache): void {
  const registry = globalThis as Registry
  ;(registry[REGISTRY] ??= new Set()).add(cache)
}

/** Drops every page kept by this process's server (a no-op outside server.ts: tests, scripts, `next dev`). */
export function purgePageMicrocaches(): void {
  for (const cache of (globalThis as Registry)[REGISTRY] ?? []) cache.purge()
}

/**
 * Answers a request from a kept page: `304` when the browser holds the same version, no body for
 * HEAD. `X-Page-Microcache: HIT` says where it came from, and Next's `X-Nextjs-Cache` says HIT
 * (the page may have been kept from the render that missed Next's cache).
 */
export function sendMicrocachedPage(req: IncomingMessage, res: ServerResponse, page: MicrocachedPage): void {
  const { etag, 'cache-control': cacheControl, vary } = page.headers
  if (etag !== undefined && req.headers['if-none-match'] === String(etag)) {
    res.writeHead(304, {
      etag,
      ...(cacheControl !== undefined && { 'cache-control': cacheControl }),
      ...(vary !== undefined && { vary }),
    })
    res.end()
    return
  }
  const fromNextCache = page.headers['x-nextjs-cache'] !== undefined ? { 'x-nextjs-cache': 'HIT' } : {}
  res.writeHead(page.status, { ...page.headers, ...fromNextCache, 'x-page-microcache': 'HIT' })
  res.end(req.method === 'HEAD' ? undefined : page.body)
}
