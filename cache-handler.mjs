/**
 * Next's page and data cache in Redis, shared by every app server, when REDIS_URL is set
 * (next.config.ts). A publish on one server expires the pages on all of them: the tags'
 * revalidation times live in Redis too. Keys are prefixed with the build id, so a new deploy never
 * serves pages that name the previous build's scripts. Without a reachable Redis at start-up each
 * server keeps its own in-memory cache and says so, rather than failing to serve.
 *
 * Plain JavaScript: Next loads this file itself at run time. The handler is
 * @fortedigital/nextjs-cache-handler (maintained, Next 16); see docs/operations.md (Several app servers) and docs/decisions.md.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import fs from 'node:fs'
import path from 'node:path'
import { createClient } from 'redis'

function buildId() {
  try {
    return fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return 'development'
  }
}

async function createHandlers() {
  const client = createClient({
    url: process.env.REDIS_URL,
    pingInterval: 10_000,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(retries * 200, 2_000) },
  })
  client.on('error', (error) => console.warn(`[cache] Redis: ${error.message}`))
  try {
    await client.connect()
  } catch (error) {
    console.error(
      `[cache] Redis at REDIS_URL unreachable (${error.message}): this server caches pages in memory only, not shared with other servers`,
    )
    await client.destroy?.()
    return { handlers: [createLruHandler()] }
  }
  const keyPrefix = `${process.env.CACHE_KEY_PREFIX ?? 'careerpath'}:${buildId()}:`
  return { handlers: [createRedisHandler({ client, keyPrefix, timeoutMs: 1_000 })] }
}

CacheHandler.onCreation(() => {
  globalThis.__careerpathCacheHandlers ??= createHandlers()
  return globalThis.__careerpathCacheHandlers
})

export default CacheHandler
