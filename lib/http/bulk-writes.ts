import { createPayloadRequest, type CollectionSlug, type SanitizedConfig, type Where } from 'payload'

/**
 * Bulk REST writes (`DELETE` or `PATCH /api/<collection>?where=…`, no id) taken in batches. Payload's
 * own bulk operation loads every matching document at once (a delete ignores `limit`), runs every
 * document's hooks concurrently and returns every document: a bulk delete of hundreds of published
 * guides ran a worker out of its heap (docs/performance.md). Here the matching ids are found first,
 * under the caller's own read access (as Payload authenticates the request), then Payload's own handler
 * answers one batch after another with `where[id][in]`, so its access rules (write access combined
 * with the ids), hooks, versions and cache expiry apply to every document as before.
 *
 * The answer has Payload's shape (`docs`, `errors`, `message`) and status (200; 400 when some
 * failed; the batch's own status, such as 403, when a whole batch was refused). Beyond the first
 * batch each of `docs` is only its `id` and its title field (`useAsTitle`), so the answer stays
 * small too. A request matching at most one batch goes to Payload unchanged. Each batch is its own
 * transaction: an interrupted bulk write keeps the batches done before.
 *
 * A document the caller may change but not read is not found (Payload would change it); every
 * collection here lets whoever may write a document read it (collections/access.ts).
 */
export const BULK_WRITE_BATCH = 25

export type BulkOperation = 'delete' | 'update'

type RouteContext = { params: Promise<{ slug: string[] }> }
type RouteHandler = (request: Request, context: RouteContext) => Promise<Response>

interface BulkError {
  id: number | string
  message: string
  [key: string]: unknown
}
interface BulkAnswer {
  docs: Record<string, unknown>[]
  errors: BulkError[]
  message?: string
}

/** The collection a bulk write names (`/api/guides?where…`), or undefined for any other request. */
export function bulkWriteCollection(
  slug: readonly string[],
  url: URL,
  collections: readonly string[],
): string | undefined {
  const [name] = slug
  if (slug.length !== 1 || !name || !collections.includes(name)) return undefined
  const hasWhere = [...url.searchParams.keys()].some((key) => key === 'where' || key.startsWith('where['))
  return hasWhere ? name : undefined
}

export function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = []
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size))
  return batches
}

/**
 * The URL of one batch: the request's own parameters (depth, locale, draft, select, …) with its
 * `where` replaced by the batch's ids and no `limit`/`page` (the ids already honour them). Later
 * batches are answered at depth 0: only their ids and titles are kept.
 */
export function batchUrl(url: URL, ids: readonly (number | string)[], first: boolean): URL {
  const batch = new URL(url)
  for (const key of [...batch.searchParams.keys()]) {
    if (key === 'where' || key.startsWith('where[') || key === 'limit' || key === 'page') batch.searchParams.delete(key)
  }
  ids.forEach((id, index) => batch.searchParams.append(`where[id][in][${index}]`, String(id)))
  if (!first) batch.searchParams.set('depth', '0')
  return batch
}

/** A document as later batches keep it: its id and its title. */
export function briefDoc(doc: Record<string, unknown>, titleField: string): Record<string, unknown> {
  return titleField in doc ? { id: doc.id, [titleField]: doc[titleField] } : { id: doc.id }
}

/** Adds one batch's answer (its documents as `keep` reduces them, its errors) to the whole. */
export function addBatch(
  total: BulkAnswer,
  answer: Partial<BulkAnswer>,
  keep: (doc: Record<string, unknown>) => Record<string, unknown>,
): void {
  for (const doc of answer.docs ?? []) total.docs.push(keep(doc))
  for (const error of answer.errors ?? []) total.errors.push(error)
}

type Labels = { singular?: unknown; plural?: unknown }
const labelText = (label: unknown, language: string) =>
  typeof label === 'string' ? label : ((label as Record<string, string> | undefined)?.[language] ?? '')

/** Payload's wording of a bulk write's outcome (its endpoints' translation keys). */
export function bulkMessage(
  operation: BulkOperation,
  answer: BulkAnswer,
  labels: Labels,
  t: (key: string, options: Record<string, unknown>) => string,
  language: string,
): string {
  const total = answer.docs.length + answer.errors.length
  if (!answer.errors.length) {
    const key = operation === 'delete' ? 'general:deletedCountSuccessfully' : 'general:updatedCountSuccessfully'
    const label = labelText(answer.docs.length === 1 ? labels.singular : labels.plural, language)
    return t(key, { count: answer.docs.length, label })
  }
  const key = operation === 'delete' ? 'error:unableToDeleteCount' : 'error:unableToUpdateCount'
  return t(key, {
    count: answer.errors.length,
    label: labelText(total === 1 ? labels.singular : labels.plural, language),
    total,
  })
}

const queryFlag = (value: unknown) => value === 'true' || value === true

/**
 * `handler` (Payload's REST DELETE or PATCH) with bulk writes taken in batches of `batchSize`;
 * every other request goes to it unchanged.
 */
export function bulkWritesInBatches(
  config: Promise<SanitizedConfig>,
  operation: BulkOperation,
  handler: RouteHandler,
  batchSize = BULK_WRITE_BATCH,
): RouteHandler {
  return async (request, context) => {
    const url = new URL(request.url)
    const { slug } = await context.params
    const { collections } = await config
    const collectionSlug = bulkWriteCollection(
      slug ?? [],
      url,
      collections.map((collection) => collection.slug),
    ) as CollectionSlug | undefined
    if (!collectionSlug) return handler(request, context)

    // Authenticated and parsed as Payload does it, on a copy without the body (Payload reads that).
    const req = await createPayloadRequest({
      config,
      request: new Request(request.url, { method: 'GET', headers: request.headers }),
    })
    const query = req.query as { where?: Where; limit?: string; sort?: string; draft?: unknown; trash?: unknown }
    let ids: (number | string)[]
    try {
      const found = await req.payload.find({
        collection: collectionSlug,
        where: query.where ?? {},
        req,
        overrideAccess: false,
        depth: 0,
        select: {},
        pagination: false,
        // Payload's bulk update honours limit and sort; its bulk delete takes every match.
        limit: operation === 'update' && query.limit ? Number(query.limit) : 0,
        sort: operation === 'update' ? query.sort : undefined,
        draft: operation === 'update' && queryFlag(query.draft),
        trash: queryFlag(query.trash),
        locale: req.locale ?? undefined,
      })
      ids = found.docs.map((doc) => doc.id)
    } catch {
      // An invalid query or a refused read: Payload's handler answers it as it does today.
      return handler(request, context)
    }
    if (ids.length <= batchSize) return handler(request, context)

    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer()
    const headers = new Headers(request.headers)
    headers.delete('content-length')
    const collection = req.payload.collections[collectionSlug].config
    const titleField = collection.admin?.useAsTitle ?? 'id'
    const total: BulkAnswer = { docs: [], errors: [] }
    const batches = batchesOf(ids, batchSize)
    let answerHeaders: Headers | undefined
    for (const [index, batch] of batches.entries()) {
      const batchRequest = new Request(batchUrl(url, batch, index === 0), { method: request.method, headers, body })
      const response = await handler(batchRequest, context)
      if (response.status !== 200 && response.status !== 400) {
        if (index === 0) return response
        // The batches before are committed: say which documents were not reached, and why.
        const refused = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
        const message = refused.errors?.[0]?.message ?? `Status ${response.status}`
        for (const id of batches.slice(index).flat()) total.errors.push({ id, message })
        break
      }
      // Payload's own headers (CORS) for the whole answer.
      answerHeaders ??= new Headers(response.headers)
      const answer = (await response.json()) as Partial<BulkAnswer>
      addBatch(total, answer, index === 0 ? (doc) => doc : (doc) => briefDoc(doc, titleField))
    }
    total.message = bulkMessage(operation, total, collection.labels, req.t as never, req.i18n.language)
    answerHeaders?.delete('content-length')
    return Response.json(total, { status: total.errors.length ? 400 : 200, headers: answerHeaders })
  }
}
