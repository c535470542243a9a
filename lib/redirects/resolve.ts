import { publicPath, type CollectionWithPages } from '@/lib/config/site'

/**
 * Old links keep working: a path that no longer has a page answers with a redirect to where the
 * content lives now. Redirects are stored one hop at a time (an editor adds /a -> /b, a slug change
 * adds /guides/b -> the guide), and are resolved here into a single hop to the final destination,
 * so readers and crawlers never follow a chain.
 */

export type RedirectKind = 'permanent' | 'temporary'

/** One stored redirect, with its target already turned into a path or URL (null: target gone). */
export interface RedirectHop {
  to: string | null
  kind: RedirectKind
}

export interface ResolvedRedirect {
  destination: string
  kind: RedirectKind
}

/** How many stored redirects one request may follow before giving up (a loop or a mistake). */
export const MAX_HOPS = 10

/**
 * Paths as stored and as looked up: leading slash, no trailing slash, no query or fragment,
 * percent-decoded where that is valid. `/Guides/a/?x=1` and `/Guides/a` are the same key.
 */
export function normalizePath(input: string): string {
  let path = input.trim()
  try {
    if (/^https?:\/\//i.test(path)) path = new URL(path).pathname
  } catch {
    // Not a URL after all: treated as a path below.
  }
  path = path.replace(/[?#].*$/, '')
  try {
    path = decodeURIComponent(path)
  } catch {
    // A malformed escape stays as typed.
  }
  if (!path.startsWith('/')) path = `/${path}`
  path = path.replace(/\/{2,}/g, '/')
  if (path.length > 1) path = path.replace(/\/+$/, '')
  return path
}

/**
 * Follows stored redirects from `path` until a path with no redirect: that is the destination. A
 * chain is temporary if any hop in it is. Loops and targets that no longer exist resolve to nothing,
 * so the reader gets a 404 rather than a redirect to a page that is not there.
 */
export async function resolveRedirect(
  path: string,
  lookup: (path: string) => Promise<RedirectHop | null>,
): Promise<ResolvedRedirect | null> {
  const start = normalizePath(path)
  const seen = new Set([start])
  let current = start
  let kind: RedirectKind = 'permanent'
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const next = await lookup(current)
    if (!next) break
    if (!next.to) return null
    if (next.kind === 'temporary') kind = 'temporary'
    if (isExternal(next.to)) return { destination: locationOf(next.to), kind }
    const target = normalizePath(next.to)
    if (seen.has(target)) return null
    seen.add(target)
    current = target
  }
  return current === start ? null : { destination: locationOf(current), kind }
}

/**
 * A Location header's value: ASCII only (a non-ASCII target failed as a 500 when sent), and a path
 * that stays on this site, since paths are compared decoded: `/%5Cevil.example` decodes to
 * `/\evil.example`, which browsers follow to another host; encoded again it is a path here.
 */
export function locationOf(target: string): string {
  if (isExternal(target)) return URL.canParse(target) ? new URL(target).href : encodeURI(target)
  return encodeURI(target)
}

export function isExternal(target: string): boolean {
  return /^https?:\/\//i.test(target)
}

type PublicDoc = { slug?: string | null; _status?: 'draft' | 'published' | null }
type StoredTarget = {
  type?: 'reference' | 'custom' | null
  url?: string | null
  reference?: { relationTo: CollectionWithPages; value: number | PublicDoc } | null
}

/**
 * Where a stored redirect points, as readers see it: a document's current public path (null when
 * the reader cannot see the document: deleted, or never published), or the custom URL, with this
 * site's own origin stripped so that its redirects chain like any other path.
 */
export function redirectTarget(to: StoredTarget | null | undefined, siteUrl: string): string | null {
  if (!to) return null
  if (to.type === 'custom') {
    if (!to.url) return null
    return to.url.toLowerCase().startsWith(`${siteUrl.toLowerCase()}/`) ? to.url.slice(siteUrl.length) : to.url
  }
  const doc = to.reference?.value
  if (!doc || typeof doc !== 'object' || !doc.slug || doc._status === 'draft') return null
  return publicPath(to.reference!.relationTo, doc.slug)
}
