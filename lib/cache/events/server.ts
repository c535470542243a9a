import { currentDatabaseUrl } from '@/lib/db/url'
import { env } from '@/lib/config/env'
import { expireTagsInThisServer } from './expire-here'
import { listenForCacheTags, type CacheListener } from './listen'
import { EVERYTHING_TAG } from './messages'

const LISTENER = Symbol.for('careerpath.cacheListener')
/** As long as Payload keeps a writer's own reads on the primary after a write, against replication lag. */
const REPLICA_LAG_MS = 2000
type Registry = { [LISTENER]?: CacheListener }

/**
 * Makes this app server process hear every other process's writes (instrumentation.ts starts it,
 * once per process: each worker of a cluster listens for itself). It listens on the primary,
 * DATABASE_URL, also when reads go to replicas: notifications are not replicated. With replicas, a
 * notification may arrive before a replica has the change, and a page rendered then would be
 * cached from the old rows: the tags are expired once more when the replicas should have caught up.
 */
export function listenForOtherProcessesWrites(): CacheListener {
  const registry = globalThis as Registry
  if (registry[LISTENER]) return registry[LISTENER]
  const settings = env()
  const listener = listenForCacheTags({
    connectionString: () => currentDatabaseUrl({ databaseUrl: settings.DATABASE_URL, dataDir: settings.DATA_DIR }),
    onTags: async (tags) => {
      await expireTagsInThisServer(tags)
      if (settings.DATABASE_REPLICA_URLS?.length)
        setTimeout(() => void expireTagsInThisServer(tags).catch(() => {}), REPLICA_LAG_MS).unref()
    },
    onReconnect: () => expireTagsInThisServer([EVERYTHING_TAG]),
    log: (message) => console.warn(`[cache] ${message}`),
  })
  registry[LISTENER] = listener
  return listener
}
