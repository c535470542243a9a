import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { withClient } from '@/lib/db/connection'
import { listenForCacheTags, type CacheListener } from '@/lib/cache/events/listen'
import { CACHE_CHANNEL } from '@/lib/cache/events/messages'
import { notifyCacheTags } from '@/lib/cache/events/notify'
import { cacheTags } from '@/lib/cache/tags'
import { payloadForThisFile, unique } from './payload'

/**
 * The notifications that carry cache tags from any writing process to every app server, against
 * the real PostgreSQL: sent by the collection hooks on the write's transaction, received by a
 * listener that survives losing its connection.
 */
const getPayload = payloadForThisFile()
let payload: Payload
let listener: CacheListener
const heard: string[][] = []
let reconnections = 0
const databaseUrl = () => process.env.DATABASE_URL!

beforeAll(async () => {
  payload = getPayload()
  listener = listenForCacheTags({
    connectionString: databaseUrl,
    onTags: (tags) => void heard.push(tags),
    onReconnect: () => void reconnections++,
    retryDelayMs: () => 50,
  })
  await listener.listening
})
afterAll(() => listener.stop())

/** Waits until the listener has heard `tag` (other test files share the channel: only our own tags count). */
async function hear(tag: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!heard.some((tags) => tags.includes(tag))) {
    if (Date.now() > deadline) throw new Error(`not heard within ${timeoutMs} ms: ${tag}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
const heardAt = (tag: string) => heard.some((tags) => tags.includes(tag))

describe('cache notifications', () => {
  it('a published guide written through the Local API (no Next server here) names its page and the lists', async () => {
    const slug = unique('notified')
    await payload.create({
      collection: 'guides',
      data: { title: 'Notified', role: 'Notifier', slug, _status: 'published' },
    })
    await hear(cacheTags.guide(slug))
    expect(heard.find((tags) => tags.includes(cacheTags.guide(slug)))).toEqual(
      expect.arrayContaining([cacheTags.guideList, cacheTags.sitemap]),
    )
  })

  it('a deleted guide names its page, the lists, the sitemap and redirects', async () => {
    const slug = unique('deleted')
    const guide = await payload.create({
      collection: 'guides',
      data: { title: 'Deleted', role: 'Notifier', slug, _status: 'published' },
    })
    await hear(cacheTags.guide(slug))
    heard.length = 0
    await payload.delete({ collection: 'guides', id: guide.id })
    await hear(cacheTags.guide(slug))
    expect(heard.find((tags) => tags.includes(cacheTags.guide(slug)))).toEqual(
      expect.arrayContaining([cacheTags.guideList, cacheTags.sitemap, cacheTags.redirects]),
    )
  })

  it('is delivered when the write commits, and never when it rolls back', async () => {
    const committed = unique('tag-committed')
    const rolledBack = unique('tag-rolled-back')
    const transactionID = (await payload.db.beginTransaction())!
    await notifyCacheTags(payload, { transactionID }, [committed])
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(heardAt(committed)).toBe(false) // still inside the transaction
    await payload.db.commitTransaction(transactionID)
    await hear(committed)

    const aborted = (await payload.db.beginTransaction())!
    await notifyCacheTags(payload, { transactionID: aborted }, [rolledBack])
    await payload.db.rollbackTransaction(aborted)
    const marker = unique('tag-after-rollback')
    await notifyCacheTags(payload, undefined, [marker])
    await hear(marker) // delivered in order: had the rolled-back one been sent, it would be here by now
    expect(heardAt(rolledBack)).toBe(false)
  })

  it('splits many tags into notifications under PostgreSQL’s 8000-byte limit, losing none', async () => {
    const prefix = unique('many')
    const tags = Array.from({ length: 400 }, (_, i) => `${prefix}:${'x'.repeat(40)}:${i}`) // ~28 kB of tags
    await notifyCacheTags(payload, undefined, tags)
    await hear(tags.at(-1)!)
    const received = new Set(heard.flat())
    expect(tags.filter((tag) => !received.has(tag))).toEqual([])
    expect(heard.filter((batch) => batch.some((tag) => tag.startsWith(prefix))).length).toBeGreaterThan(1)
  })

  it('listens again after its connection is terminated, and reports the gap', async () => {
    const before = reconnections
    const pid = listener.backendPid
    expect(pid).toEqual(expect.any(Number))
    await withClient(databaseUrl(), (client) => client.query('SELECT pg_terminate_backend($1)', [pid]))
    const deadline = Date.now() + 10_000
    while (reconnections === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
    expect(reconnections).toBe(before + 1)
    expect(listener.backendPid).not.toBe(pid)

    const tag = unique('after-reconnect')
    await withClient(databaseUrl(), (client) =>
      client.query('SELECT pg_notify($1, $2)', [CACHE_CHANNEL, JSON.stringify({ tags: [tag] })]),
    )
    await hear(tag)
  })

  it('ignores a notification on its channel that is not a list of tags', async () => {
    const count = heard.length
    await withClient(databaseUrl(), (client) => client.query('SELECT pg_notify($1, $2)', [CACHE_CHANNEL, 'not json']))
    const marker = unique('after-garbage')
    await notifyCacheTags(payload, undefined, [marker])
    await hear(marker)
    expect(heard.slice(count).flat()).toEqual([marker])
  })
})
