import config from '@payload-config'
import { answerAfterCacheExpiry } from '@/lib/revalidate'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

export const GET = REST_GET(config)
export const POST = answerAfterCacheExpiry(REST_POST(config))
export const DELETE = answerAfterCacheExpiry(REST_DELETE(config))
export const PATCH = answerAfterCacheExpiry(REST_PATCH(config))
export const PUT = answerAfterCacheExpiry(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
