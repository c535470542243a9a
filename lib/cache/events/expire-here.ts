import { purgePageMicrocaches } from '@/lib/http/page-microcache'

type Durations = { expire?: number }
type IncrementalCache = { revalidateTag(tags: string[], durations?: Durations): Promise<void> }
type UseCacheHandler = { updateTags?(tags: string[], durations?: Durations): Promise<void> }

/** What `revalidateTag(tag, { expire: 0 })` hands the caches: expired now, not served stale. */
const EXPIRE_NOW: Durations = { expire: 0 }

/**
 * Expires tags in this process's Next server outside any request: what the listener does with the
 * tags another process's write named. `revalidateTag` from next/cache needs a request's store, so
 * this calls what Next itself calls with a request's pending tags once it is done
 * (next/dist/server/revalidation-utils.js): the incremental cache's `revalidateTag` (pages and
 * `unstable_cache` data, on disk or in Redis through cache-handler.mjs) and the "use cache"
 * handlers' `updateTags`. Next keeps the incremental cache of the latest request in
 * `globalThis.__incrementalCache`; before the first request there is none, and this process has
 * served nothing from its cache yet. Then the pages server.ts keeps itself (the microcache) are
 * dropped. next is pinned to one exact version, and tests/http/cross-process-invalidation.test.ts
 * fails if this stops working.
 */
export async function expireTagsInThisServer(tags: string[]): Promise<void> {
  const incrementalCache = (globalThis as { __incrementalCache?: IncrementalCache }).__incrementalCache
  const { getCacheHandlers } = await import('next/dist/server/use-cache/handlers')
  const handlers = [...((getCacheHandlers() ?? []) as Iterable<UseCacheHandler>)]
  await Promise.all([
    incrementalCache?.revalidateTag(tags, EXPIRE_NOW),
    ...handlers.map((handler) => handler.updateTags?.(tags, EXPIRE_NOW)),
  ])
  purgePageMicrocaches()
}
