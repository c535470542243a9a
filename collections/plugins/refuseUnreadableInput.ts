import { APIError, type CollectionBeforeOperationHook, type Plugin } from 'payload'

const NUL = '\u0000'

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes(NUL)
  if (depth > 20 || value === null || typeof value !== 'object') return false
  return Object.entries(value).some(([key, inner]) => key.includes(NUL) || containsNul(inner, depth + 1))
}

/**
 * Requests Payload would otherwise fail on as a 500, refused as a 4xx that says why. PostgreSQL text
 * cannot hold a NUL character: a filter or a document with one (`?where[slug][equals]=%00`)
 * failed deep in the database.
 */
export const refuseUnreadableInput: CollectionBeforeOperationHook = ({ args, operation }) => {
  const { where, data } = args as { where?: unknown; data?: unknown }
  // A body Payload could not read (text/plain, XML…) arrives as no data, which failed later as a 500.
  if ((operation === 'create' || operation === 'update') && (data === null || typeof data !== 'object')) {
    throw new APIError('Send the document as JSON (Content-Type: application/json) or as multipart form data.', 415, null, true)
  }
  if (containsNul(where) || containsNul(data)) {
    throw new APIError('The request contains a NUL character (%00 or \\u0000), which no field can hold. Remove it and try again.', 400, null, true)
  }
  return args
}

/** Adds the guard to every collection, the plugins' own included (list it last). */
export const unreadableInputGuard: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [refuseUnreadableInput, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
})
