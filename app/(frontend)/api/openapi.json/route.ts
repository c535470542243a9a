import { env } from '@/lib/config/env'
import { conditionalReads } from '@/lib/http/conditional-reads'
import { servedOpenApiDocument } from '@/lib/openapi/served'

/** GET /api/openapi.json: the read API's OpenAPI 3.1 document (lib/openapi), cached as every public read. */
export const GET = conditionalReads(
  async () => new Response(await servedOpenApiDocument(), { headers: { 'Content-Type': 'application/json' } }),
  { sharedMaxAge: env().SHARED_CACHE_MAX_AGE },
)
