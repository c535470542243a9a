import config from '@payload-config'
import { answerAfterCacheExpiry } from '../../../../lib/revalidate'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

export const POST = answerAfterCacheExpiry(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
