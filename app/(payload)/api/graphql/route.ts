import config from '@payload-config'
import { answerAfterCacheExpiry } from '@/lib/cache/revalidate'
import { guardGraphql } from '@/lib/graphql/guard'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

// Size, batching, account-mutation budgets, 400s and a time bound around Payload's handler; the
// query's cost is Payload's validation rule (payload.config.ts, lib/graphql/cost.ts).
export const POST = answerAfterCacheExpiry(guardGraphql(GRAPHQL_POST(config)))
export const OPTIONS = REST_OPTIONS(config)
