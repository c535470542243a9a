import config from '@payload-config'
import { isReadByPost, readsTakeTurns } from '@/lib/http/api-read-turns'
import { answerAfterCacheExpiry } from '@/lib/cache/revalidate'
import { bulkWritesInBatches } from '@/lib/http/bulk-writes'
import { conditionalReads, isCollectionRead } from '@/lib/http/conditional-reads'
import { env } from '@/lib/config/env'
import { READ_API_COLLECTIONS } from '@/lib/openapi/document'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

const post = answerAfterCacheExpiry(REST_POST(config))
const readByPost = readsTakeTurns(post)

// Reads of the public collections with ETags, 304s and shared caching (lib/http/conditional-reads.ts).
export const GET = readsTakeTurns(
  conditionalReads(REST_GET(config), {
    sharedMaxAge: env().SHARED_CACHE_MAX_AGE,
    isPublicRead: async (_, { params }) => isCollectionRead((await params).slug, READ_API_COLLECTIONS),
  }),
)
export const POST: typeof post = (request, context) =>
  isReadByPost(request) ? readByPost(request, context) : post(request, context)
// Bulk writes (`?where=…`, no id) in batches: lib/http/bulk-writes.ts.
export const DELETE = answerAfterCacheExpiry(bulkWritesInBatches(config, 'delete', REST_DELETE(config)))
export const PATCH = answerAfterCacheExpiry(bulkWritesInBatches(config, 'update', REST_PATCH(config)))
export const PUT = answerAfterCacheExpiry(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
