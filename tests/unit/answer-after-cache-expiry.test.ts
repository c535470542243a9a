import { describe, expect, it, jest } from '@jest/globals'
import { revalidateTag } from 'next/cache'
import { workAsyncStorage, type WorkStore } from 'next/dist/server/app-render/work-async-storage.external'
import { answerAfterCacheExpiry } from '@/lib/cache/revalidate'

/**
 * Next's request store as a route handler sees it, reduced to what tag expiry uses: the tags
 * `revalidateTag` queues and the cache that applies them. The HTTP tests cover it end to end.
 */
function requestStore(applyTags: (tags: string[]) => Promise<void>) {
  return {
    route: '/api/[...slug]',
    pendingRevalidatedTags: [],
    pendingRevalidates: {},
    pendingRevalidateWrites: [],
    cacheLifeProfiles: {},
    incrementalCache: { revalidateTag: jest.fn(applyTags) },
  } as unknown as WorkStore
}

const write = (tag: string) => async () => {
  revalidateTag(tag, { expire: 0 })
  return new Response('{"doc":{}}', { status: 200 })
}

describe('answerAfterCacheExpiry', () => {
  it('answers only once the tags the write expired are applied to the cache', async () => {
    const events: string[] = []
    const store = requestStore(async (tags) => {
      await new Promise((resolve) => setTimeout(resolve, 20))
      events.push(`expired ${tags.join(',')}`)
    })
    const response = await workAsyncStorage.run(store, () => answerAfterCacheExpiry(write('guide:7'))())
    events.push(`answered ${response.status}`)
    expect(events).toEqual(['expired guide:7', 'answered 200'])
  })

  it('still answers a committed write when the cache cannot be told, and says so in the log', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => {})
    const store = requestStore(async () => {
      throw new Error('Redis timed out')
    })
    const response = await workAsyncStorage.run(store, () => answerAfterCacheExpiry(write('guide:8'))())
    expect(response.status).toBe(200)
    expect(log).toHaveBeenCalledWith(expect.stringContaining('Redis timed out'))
    log.mockRestore()
  })

  it("passes the handler's own failure on", async () => {
    const store = requestStore(async () => {})
    const failing = answerAfterCacheExpiry(async () => {
      throw new Error('handler failed')
    })
    await expect(workAsyncStorage.run(store, () => failing())).rejects.toThrow('handler failed')
  })
})
