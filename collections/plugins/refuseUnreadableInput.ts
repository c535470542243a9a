import {
  APIError,
  type Collection,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type Plugin,
} from 'payload'
import { isHttpUrlField, scriptingLinkMessage, scriptingScheme } from '@/lib/content/safe-url'
import { checkWhere } from './where-filter'

const NUL = '\u0000'

function containsNul(value: unknown): boolean {
  const pending: unknown[] = [value]
  const seen = new Set<object>()
  while (pending.length) {
    const item = pending.pop()
    if (typeof item === 'string') {
      if (item.includes(NUL)) return true
      continue
    }
    if (item === null || typeof item !== 'object' || seen.has(item)) continue
    seen.add(item)
    for (const [key, inner] of Object.entries(item)) {
      if (key.includes(NUL)) return true
      pending.push(inner)
    }
  }
  return false
}

/** Levels of objects and lists a document may nest: a guide's rich text nests a dozen; Payload copies data recursively and overflowed its stack at a few thousand (a 500). */
export const MAX_DOCUMENT_NESTING = 100

function nestsDeeperThan(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 0]]
  while (pending.length) {
    const [item, depth] = pending.pop()!
    if (item === null || typeof item !== 'object') continue
    if (depth > max) return true
    for (const inner of Object.values(item))
      if (inner !== null && typeof inner === 'object') pending.push([inner, depth + 1])
  }
  return false
}

/**
 * The scheme of the first rich-text link or autolink in `value` whose URL would run script. Checked
 * here as well as in the link's own field (collections/fields/editor.ts), because drafts skip
 * Payload's validation and Lexical reports a link's error only as "invalid: url".
 */
function scriptingLinkIn(value: unknown): string | undefined {
  // A stack rather than recursion: a link nested thousands of levels deep is still found, and cannot overflow the stack.
  const pending: unknown[] = [value]
  const seen = new Set<object>()
  while (pending.length) {
    const item = pending.pop()
    if (item === null || typeof item !== 'object' || seen.has(item)) continue
    seen.add(item)
    const node = item as { type?: unknown; fields?: { url?: unknown } }
    if ((node.type === 'link' || node.type === 'autolink') && typeof node.fields?.url === 'string') {
      const scheme = scriptingScheme(node.fields.url)
      if (scheme) return scheme
    }
    for (const inner of Object.values(item)) if (inner !== null && typeof inner === 'object') pending.push(inner)
  }
  return undefined
}

/** The most documents one request may ask for; the site's own code asks for at most 1,000. */
export const MAX_LIMIT = 100_000
const MAX_PAGE = 1_000_000_000

const badRequest = (message: string) => new APIError(message, 400, null, true)

/**
 * `limit`, `page` and `depth` as Payload uses them: whole numbers in range. Over REST anything that
 * is not a number arrives as the text or array the client sent (Payload converts only numbers).
 */
function checkPaging({ limit, page, depth }: { limit?: unknown; page?: unknown; depth?: unknown }): void {
  const whole = (value: unknown, min: number, max: number) =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max
  if (limit !== undefined && !whole(limit, 0, MAX_LIMIT))
    throw badRequest(
      `limit must be a whole number from 0 to ${MAX_LIMIT.toLocaleString('en')}; got ${JSON.stringify(limit)}.`,
    )
  if (page !== undefined && !whole(page, 1, MAX_PAGE))
    throw badRequest(`page must be a whole number of 1 or more; got ${JSON.stringify(page)}.`)
  if (depth !== undefined && !whole(depth, 0, 100))
    throw badRequest(`depth must be a whole number of 0 or more; got ${JSON.stringify(depth)}.`)
}

// Fields that hold one plain value unless they are hasMany.
const SCALAR_TYPES = new Set(['text', 'textarea', 'email', 'code', 'number', 'checkbox', 'date', 'select', 'radio'])
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * A document's values of the shape their fields hold: one value where a field holds one, a list
 * where it holds several, rows of objects in arrays and blocks, an object for a group. Drafts skip
 * Payload's validation, so a list sent for a title was stored as text.
 */
function checkShapes(data: Record<string, unknown>, fields: FlattenedField[], at = ''): void {
  for (const field of fields) {
    if (!(field.name in data)) continue
    const value = data[field.name]
    const path = at + field.name
    if (value === null || value === undefined) continue
    // The admin's form sends an array or blocks field without rows as its row count, 0; Payload reads it as none.
    if (value === 0 && (field.type === 'array' || field.type === 'blocks')) continue
    const hasMany = 'hasMany' in field && field.hasMany === true
    if (isHttpUrlField(field) && typeof value === 'string') {
      const scheme = scriptingScheme(value)
      if (scheme) throw badRequest(`${path}: ${scriptingLinkMessage(scheme)}`)
    }
    if (SCALAR_TYPES.has(field.type)) {
      // The Local API may hand a date field a Date.
      const single = (item: unknown) =>
        item === null || typeof item !== 'object' || (field.type === 'date' && item instanceof Date)
      if (hasMany ? !Array.isArray(value) || !value.every(single) : !single(value)) {
        throw badRequest(`${path} must be ${hasMany ? 'a list of values' : 'a single value, not a list or an object'}.`)
      }
    } else if (field.type === 'group' && 'flattenedFields' in field) {
      if (!isPlainObject(value)) throw badRequest(`${path} must be an object of its fields.`)
      checkShapes(value, field.flattenedFields, `${path}.`)
    } else if (field.type === 'array') {
      if (!Array.isArray(value) || !value.every(isPlainObject))
        throw badRequest(`${path} must be a list of rows (objects).`)
      value.forEach((row, index) => checkShapes(row, field.flattenedFields, `${path}.${index}.`))
    } else if (field.type === 'blocks') {
      if (!Array.isArray(value) || !value.every(isPlainObject))
        throw badRequest(`${path} must be a list of blocks (objects with a blockType).`)
      // Blocks given by reference (config.blocks) are not listed on the field: Payload checks those.
      if (!field.blocks?.length) continue
      value.forEach((row, index) => {
        const block = field.blocks.find((candidate) => candidate.slug === row.blockType)
        if (!block)
          throw badRequest(
            `${path}.${index}.blockType must be one of ${field.blocks.map((candidate) => candidate.slug).join(', ')}.`,
          )
        checkShapes(row, block.flattenedFields, `${path}.${index}.`)
      })
    }
  }
}

/**
 * Requests Payload would otherwise fail on as a 500, refused as a 4xx that says why, for every
 * collection and operation (REST, GraphQL and the Local API pass here). PostgreSQL text cannot hold
 * a NUL character: a filter or a document with one (`?where[slug][equals]=%00`) failed deep in the
 * database. Values only the database can judge (an enum choice in a draft, a number out of its
 * column's range) are answered by the root afterError hook (lib/db/refused-values.ts).
 */
/**
 * What one anonymous REST or GraphQL request may ask for. Without a cap, a few requests for every
 * guide at depth 2 (limit=0, limit=100000, pagination=false) ran the server out of memory; the site's
 * own pages read through the Local API, and signed-in editors keep the general limits.
 */
export const ANONYMOUS_MAX_LIMIT = 100
export const ANONYMOUS_MAX_DEPTH = 2

function checkAnonymousBudget(query: Record<string, unknown>): void {
  // What the client asked for in the URL: the operations Payload runs inside the request (reading
  // related documents) pass other limits, and are not the client's to choose. GraphQL has its own
  // document budget (lib/graphql/cost.ts).
  const number = (value: unknown) =>
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : undefined
  const limit = number(query.limit)
  const depth = number(query.depth)
  const pagination = query.pagination === 'false' || query.pagination === false ? false : undefined
  if (pagination === false)
    throw badRequest(
      `Ask for pages of at most ${ANONYMOUS_MAX_LIMIT} documents (pagination=false is for signed-in editors).`,
    )
  if (typeof limit === 'number' && (limit === 0 || limit > ANONYMOUS_MAX_LIMIT))
    throw badRequest(
      `limit must be from 1 to ${ANONYMOUS_MAX_LIMIT} without signing in; got ${limit}. Ask for further pages with page=2, 3, …`,
    )
  if (typeof depth === 'number' && depth > ANONYMOUS_MAX_DEPTH)
    throw badRequest(`depth may be at most ${ANONYMOUS_MAX_DEPTH} without signing in; got ${depth}.`)
}

export const refuseUnreadableInput: CollectionBeforeOperationHook = ({
  args,
  operation,
  collection,
  req,
  overrideAccess,
}) => {
  const { where, data } = args as { where?: unknown; data?: unknown }
  // A body Payload could not read (text/plain, XML…) arrives as no data, which failed later as a 500.
  if (
    (operation === 'create' || operation === 'update') &&
    (data === null || typeof data !== 'object' || Array.isArray(data))
  ) {
    throw new APIError(
      'Send the document as JSON (Content-Type: application/json) or as multipart form data.',
      415,
      null,
      true,
    )
  }
  if (nestsDeeperThan(data, MAX_DOCUMENT_NESTING) || nestsDeeperThan(where, MAX_DOCUMENT_NESTING)) {
    throw badRequest(
      `The document nests objects or lists more than ${MAX_DOCUMENT_NESTING} levels deep, far more than any guide's text; send it flatter.`,
    )
  }
  if (containsNul(where) || containsNul(data)) {
    throw badRequest(
      'The request contains a NUL character (%00 or \\u0000), which no field can hold. Remove it and try again.',
    )
  }
  if ((operation === 'create' || operation === 'update') && isPlainObject(data)) {
    checkShapes(data, collection.flattenedFields)
    const scheme = scriptingLinkIn(data)
    if (scheme) throw badRequest(scriptingLinkMessage(scheme))
  }
  checkPaging(args as { limit?: unknown; page?: unknown; depth?: unknown })
  // Payload's own reads inside the request override access: the sign-in's account lookup runs before req.user is set.
  if (!req.user && !overrideAccess && req.payloadAPI === 'REST')
    checkAnonymousBudget((req.query ?? {}) as Record<string, unknown>)
  if (where !== undefined && where !== null)
    checkWhere(
      where,
      collection.flattenedFields,
      (slug) => (req.payload.collections as Record<string, Collection | undefined>)[slug]?.config.flattenedFields,
    )
  return args
}

/** Adds the guard to every collection, the plugins' own included (list it last). */
export const unreadableInputGuard: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseUnreadableInput, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})
