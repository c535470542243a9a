import { revalidateTag } from 'next/cache'
import { after } from 'next/server'
import { env } from './env'
import { pathsForCacheTags } from './http/shared-cache'

/**
 * Expires cached pages by tag. Outside a Next.js server (command-line imports, tests through the
 * Local API) there is no cache to expire and Next throws; that case is reported, not fatal.
 * With a caching proxy in front (CACHE_REFRESH_URL), the pages the tags name are then fetched
 * through it again, so it serves the change at once rather than after SHARED_CACHE_MAX_AGE.
 */
export function expireCacheTags(tags: string[], log: (message: string) => void = () => {}): void {
  for (const tag of new Set(tags)) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      log(`cache tag ${tag} not revalidated (no Next.js server in this process): ${(error as Error).message}`)
      return
    }
  }
  const proxy = env().CACHE_REFRESH_URL
  const paths = pathsForCacheTags(tags)
  if (proxy && paths.length) refreshThroughProxy(proxy, paths, log)
}

/**
 * After the response, when the change is committed: fetched any earlier, the proxy could store
 * the page as it was. `X-Cache-Refresh` makes deploy/nginx fetch the page from the app and keep
 * the new copy; it honours it only from the app servers' addresses.
 */
function refreshThroughProxy(proxy: string, paths: string[], log: (message: string) => void): void {
  const refresh = () =>
    Promise.all(
      paths.map(async (path) => {
        try {
          const response = await fetch(proxy + path, { headers: { 'X-Cache-Refresh': '1' }, signal: AbortSignal.timeout(10_000) })
          await response.arrayBuffer()
        } catch (error) {
          log(`the proxy at CACHE_REFRESH_URL did not refresh ${path}: ${(error as Error).message}`)
        }
      }),
    )
  try {
    after(refresh)
  } catch (error) {
    log(`pages not refreshed in the proxy (not inside a request): ${(error as Error).message}`)
  }
}
