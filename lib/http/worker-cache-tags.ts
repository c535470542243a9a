import { tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external'
import { purgePageMicrocaches } from './page-microcache'

/**
 * Cache-tag expiries shared by the workers of one server (scripts/cluster.ts). Without Redis,
 * Next's page and data cache keeps which tags expired in each process's memory (its tags
 * manifest), so a publish answered by one worker would leave the others serving the old page from
 * their memory or from the build folder they share. Each worker tells the primary what it expired,
 * the primary tells the other workers, and they mark the same tags expired and drop their kept
 * pages. With REDIS_URL the expiry is in Redis anyway; several app servers need it (or a
 * notification between them) for the same.
 */
interface TagsExpired {
  careerpathTagsExpired: { tags: string[] }
}

export const isTagsExpired = (message: unknown): message is TagsExpired => {
  const tags = (message as Partial<TagsExpired> | null)?.careerpathTagsExpired?.tags
  return Array.isArray(tags) && tags.every((tag) => typeof tag === 'string')
}

const inWorker = () => Boolean(process.env.CAREERPATH_WORKER) && typeof process.send === 'function'

/** Called where the app expires tags (lib/cache/revalidate.ts): the other workers expire them too. */
export function tellOtherWorkers(tags: Iterable<string>): void {
  if (!inWorker()) return
  const message: TagsExpired = { careerpathTagsExpired: { tags: [...tags] } }
  process.send!(message, undefined, undefined, () => {})
}

/**
 * Called once at a worker's start (server.ts), before it serves: what another worker expired is
 * expired here as Next's `revalidateTag(tag, { expire: 0 })` does it, and the kept pages are dropped.
 */
export function followOtherWorkersExpiries(): void {
  if (!inWorker()) return
  process.on('message', (message: unknown) => {
    if (!isTagsExpired(message)) return
    const now = Date.now()
    for (const tag of message.careerpathTagsExpired.tags)
      tagsManifest.set(tag, { ...tagsManifest.get(tag), stale: now, expired: now })
    purgePageMicrocaches()
  })
}
