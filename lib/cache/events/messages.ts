import { z } from 'zod'

/**
 * What every process that writes content tells every running app server: the cache tags its write
 * expired, as PostgreSQL notifications on one channel (lib/cache/events/notify.ts sends them,
 * lib/cache/events/listen.ts receives them).
 */
export const CACHE_CHANNEL = 'careerpath_cache'

/**
 * PostgreSQL refuses a notification payload of 8000 bytes or more. Next caps a tag at 256
 * characters (1,024 bytes of UTF-8 at most), so any one tag fits in a message of its own.
 */
export const MAX_PAYLOAD_BYTES = 7999

/**
 * Next's implicit tag of the root layout, which every page and route handler carries: expiring it
 * expires everything Next has cached (revalidatePath('/', 'layout')). Used when a server may have
 * missed notifications, i.e. after its listening connection was lost.
 */
export const EVERYTHING_TAG = '_N_T_/layout'

const messageSchema = z.object({ tags: z.array(z.string().min(1)).min(1) })

/** The tags as notification payloads (`{"tags":[...]}`), each under PostgreSQL's limit. */
export function cacheMessages(tags: Iterable<string>, maxBytes = MAX_PAYLOAD_BYTES): string[] {
  const messages: string[] = []
  let batch: string[] = []
  const encode = (batchTags: string[]) => JSON.stringify({ tags: batchTags })
  for (const tag of new Set(tags)) {
    if (Buffer.byteLength(encode([tag])) > maxBytes)
      throw new Error(`cache tag too long for a notification (${tag.length} characters): ${tag.slice(0, 80)}…`)
    if (batch.length && Buffer.byteLength(encode([...batch, tag])) > maxBytes) {
      messages.push(encode(batch))
      batch = []
    }
    batch.push(tag)
  }
  if (batch.length) messages.push(encode(batch))
  return messages
}

/** The tags of a notification payload; undefined for one this app did not send. */
export function parseCacheMessage(payload: string | undefined): string[] | undefined {
  try {
    const parsed = messageSchema.safeParse(JSON.parse(payload ?? ''))
    return parsed.success ? parsed.data.tags : undefined
  } catch {
    return undefined
  }
}
