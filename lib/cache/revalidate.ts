import { revalidateTag } from 'next/cache'
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external'
import { withExecuteRevalidates } from 'next/dist/server/revalidation-utils'
import { after } from 'next/server'
import type { PayloadRequest } from 'payload'
import { notifyCacheTags } from './events/notify'
import { env } from '@/lib/config/env'
import { purgePageMicrocaches } from '@/lib/http/page-microcache'
import { pathsForCacheTags } from '@/lib/http/shared-cache'
import { tellOtherWorkers } from '@/lib/http/worker-cache-tags'

const expire = (tags: Set<string>) => {
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  purgePageMicrocaches()
  tellOtherWorkers(tags)
}

/**
 * Expires cached pages by tag, in every running app server: collection hooks call it for each
 * write, in whichever process the write happens.
 *
 * Every server hears of it through PostgreSQL (lib/cache-events): the tags are sent as a
 * notification on the write's own transaction, so each server's listener expires them once the
 * change is committed. That is how a write from the command line (an import, a seed, the jobs
 * worker) or from another app server reaches this one.
 *
 * In the app server that takes the write, the tags are also expired at once, through Next (that
 * server's own notification expires them once more: harmless). Hooks run before Payload commits,
 * so a reader's request in between could render the page from the old rows and cache it as new:
 * the tags are therefore expired now (the next request after the response renders afresh) and once
 * more after the response. With a caching proxy in front (CACHE_REFRESH_URL), the pages the tags
 * name are then fetched through it again, so it serves the change at once rather than after
 * SHARED_CACHE_MAX_AGE. Outside a request (a script) Next has nothing to expire here and throws;
 * that is logged, not fatal.
 */
export async function expireCacheTags(req: PayloadRequest, tags: string[]): Promise<void> {
  const unique = new Set(tags)
  if (!unique.size) return
  expireInThisRequest(unique, (message) => req.payload.logger.debug(message))
  await notifyCacheTags(req.payload, req, unique)
}

function expireInThisRequest(unique: Set<string>, log: (message: string) => void): void {
  try {
    expire(unique)
  } catch (error) {
    log(
      `cache tags not revalidated here (no Next.js request in this process; the app servers hear of it through PostgreSQL): ${(error as Error).message}`,
    )
    return
  }
  const proxy = env().CACHE_REFRESH_URL
  const paths = pathsForCacheTags([...unique])
  try {
    after(async () => {
      expire(unique)
      if (proxy && paths.length) await refreshThroughProxy(proxy, paths, log)
    })
  } catch (error) {
    log(`cache tags not expired again after the response (not inside a request): ${(error as Error).message}`)
  }
}

/**
 * Wraps a route handler that writes (Payload's REST and GraphQL routes) so that it answers only once
 * the cache tags its hooks expired are expired in Next's cache. Next itself applies a route
 * handler's `revalidateTag` after the response is sent (in its `waitUntil`); with the page cache in
 * Redis that is a network write, and an editor's or reader's request right after the save was seen
 * to get the old page in 6 of 20 publishes (tests/http/shared-cache.test.ts). Next has no public API
 * for this (`updateTag` is for Server Actions only), so this uses the helper Next's own `after()`
 * uses; next is pinned to one exact version, and the tests above fail if it stops working. Next
 * applies the same tags again after the response, which costs one more tag write.
 */
export function answerAfterCacheExpiry<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    let response: Response | undefined
    try {
      await withExecuteRevalidates(workAsyncStorage.getStore(), async () => {
        response = await handler(...args)
      })
    } catch (error) {
      // The write is committed by now: a cache that could not be told must not turn it into an
      // error for the editor. Next tries the same tags again after the response.
      if (!response) throw error
      console.error(`[cache] the write's cache tags were not expired before its answer: ${(error as Error).message}`)
    }
    return response!
  }
}

/** `X-Cache-Refresh` makes deploy/nginx fetch the page from the app and keep the new copy; it honours it only from the app servers' addresses. */
async function refreshThroughProxy(proxy: string, paths: string[], log: (message: string) => void): Promise<void> {
  await Promise.all(
    paths.map(async (path) => {
      try {
        const response = await fetch(proxy + path, {
          headers: { 'X-Cache-Refresh': '1' },
          signal: AbortSignal.timeout(10_000),
        })
        await response.arrayBuffer()
      } catch (error) {
        log(`the proxy at CACHE_REFRESH_URL did not refresh ${path}: ${(error as Error).message}`)
      }
    }),
  )
}
