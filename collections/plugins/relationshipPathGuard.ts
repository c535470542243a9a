import {
  APIError,
  buildVersionCollectionFields,
  getLocalizedPaths,
  type Collection,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type Plugin,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'

/**
 * A filter or a sort that reaches through a relationship (`where[author.email][like]=a`,
 * `sort=author.email`, `where[guide.author.roles]…`) reads the related documents. Payload checks the
 * related field's access, and adds the related collection's row rule to a plain `find`, but not to
 * the query it runs with `draft=true` (it validates a copy of the `where`, so the rule never reaches
 * the database) nor to a sort (validated against a throw-away `where`): an author could then find
 * other accounts' emails one character at a time. So a path may cross a relationship only into a
 * collection the caller may read in full; anything narrower is refused with a 403, whatever the
 * API (REST, GraphQL, Local with `overrideAccess: false`) and whether or not drafts are asked for.
 * A refusal does not depend on the data, so it tells nothing about it.
 */

type Query = { path: string; value: unknown }

const VERSION_ROOTS = new Set(['version', 'parent', 'latest', 'snapshot', 'autosave', 'publishedLocale'])

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Every path a `where` filters on, `and`/`or` branches included, with the value of each operator. */
function queriedPaths(where: unknown): Query[] {
  if (!isPlainObject(where)) return []
  return Object.entries(where).flatMap(([key, constraint]): Query[] => {
    if ((key.toLowerCase() === 'and' || key.toLowerCase() === 'or') && Array.isArray(constraint))
      return constraint.flatMap(queriedPaths)
    if (!isPlainObject(constraint)) return [{ path: key, value: constraint }]
    return Object.values(constraint).map((value) => ({ path: key, value }))
  })
}

function sortedPaths(sort: unknown): string[] {
  const entries = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return entries
    .filter((entry): entry is string => typeof entry === 'string')
    .map((entry) => entry.trim().replace(/^-/, ''))
    .filter(Boolean)
}

/** A collection by a slug read from a request or a field (typed as any string). */
export const collectionNamed = (req: PayloadRequest, slug: string): Collection | undefined =>
  (req.payload.collections as Record<string, Collection | undefined>)[slug]

/** Whether the caller's read rule for a collection is "everything" (not a filter, not a refusal). */
function readsEverything(req: PayloadRequest, slug: string): Promise<boolean> {
  const cache = (readAllCache.get(req) ?? readAllCache.set(req, new Map()).get(req))!
  if (!cache.has(slug)) {
    const read = collectionNamed(req, slug)?.config.access.read
    cache.set(
      slug,
      Promise.resolve(read ? read({ req }) : false).then((result) => result === true),
    )
  }
  return cache.get(slug)!
}
const readAllCache = new WeakMap<PayloadRequest, Map<string, Promise<boolean>>>()

/** The fields a path is read against: a versions query (`version.author`, `parent`) uses the versions' own. */
function fieldsFor(collection: SanitizedCollectionConfig, path: string, req: PayloadRequest): FlattenedField[] {
  const root = path.split('.')[0]!
  const ownField = collection.flattenedFields.some((field) => field.name === root)
  return !ownField && collection.versions && VERSION_ROOTS.has(root)
    ? buildVersionCollectionFields(req.payload.config, collection, true)
    : collection.flattenedFields
}

const refusal = (collection: SanitizedCollectionConfig, path: string, related: string) =>
  new APIError(
    `${collection.slug} cannot be filtered or sorted by "${path}": that reads ${related}, which you may not read in full.`,
    403,
    null,
    true,
  )

async function checkPath(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  rawPath: string,
  value: unknown,
  depth: number,
): Promise<void> {
  const path = rawPath === '_id' ? 'id' : rawPath.replace(/__/g, '.')
  if (path === 'id' || depth > 5) return
  const steps = getLocalizedPaths({
    collectionSlug: collection.slug,
    fields: fieldsFor(collection, path, req),
    incomingPath: path,
    locale: req.locale ?? undefined,
    overrideAccess: false,
    payload: req.payload,
  })
  // `author.id` is the relationship itself, not a field of the related document.
  const last = steps.at(-1)
  const beforeLast = steps.at(-2)?.field
  if (
    steps.length > 1 &&
    last?.path === 'id' &&
    beforeLast &&
    'relationTo' in beforeLast &&
    typeof beforeLast.relationTo === 'string'
  )
    steps.pop()
  for (const step of steps.slice(1)) {
    if (step.invalid || !step.collectionSlug) continue // Payload refuses unknown paths itself.
    if (!(await readsEverything(req, step.collectionSlug))) throw refusal(collection, path, step.collectionSlug)
  }
  // `where[technologies][contains][slug][equals]=…`: a query inside the related collection.
  const field = steps.at(-1)?.field
  if (
    isPlainObject(value) &&
    field &&
    (field.type === 'relationship' || field.type === 'upload') &&
    typeof field.relationTo === 'string'
  ) {
    if (!(await readsEverything(req, field.relationTo))) throw refusal(collection, path, field.relationTo)
    const related = collectionNamed(req, field.relationTo)!.config
    await Promise.all(queriedPaths(value).map((query) => checkPath(req, related, query.path, query.value, depth + 1)))
  }
}

export const refuseUnreadableRelationshipPaths: CollectionBeforeOperationHook = async ({
  args,
  collection,
  overrideAccess,
  req,
}) => {
  if (overrideAccess) return args
  const { where, sort, field } = args as { where?: unknown; sort?: unknown; field?: unknown }
  const queries = [
    ...queriedPaths(where),
    ...sortedPaths(sort).map((path) => ({ path, value: undefined })),
    ...(typeof field === 'string' ? [{ path: field, value: undefined }] : []),
  ]
  await Promise.all(queries.map((query) => checkPath(req, collection, query.path, query.value, 0)))
  return args
}

/** Adds the guard to every collection given to it, the plugins' own included (list it last). */
export const relationshipPathGuard: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), refuseUnreadableRelationshipPaths],
    },
  })),
})
