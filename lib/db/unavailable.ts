/**
 * Whether an error means the database cannot be reached right now (down, restarting, refusing
 * connections), as opposed to a bad query: readers and API clients then get 503 "try again", and
 * the pool reconnects by itself once PostgreSQL is back.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  // PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now, and the connection_exception class.
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
])
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection error|terminating connection due to administrator command|the database system is (starting up|shutting down)|timeout exceeded when trying to connect/i
// Payload's beginTransaction rethrows a new Error carrying only the text, e.g. "Error: cannot begin
// transaction: connect ECONNREFUSED 127.0.0.1:5432" (every write through the API starts one).
const TRANSACTION_NOT_STARTED =
  /cannot begin transaction: (?:connect )?(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN)\b/

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false
  const { code, message, cause, errors } = error as {
    code?: unknown
    message?: unknown
    cause?: unknown
    errors?: unknown
  }
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true
  if (typeof message === 'string' && (UNAVAILABLE_MESSAGES.test(message) || TRANSACTION_NOT_STARTED.test(message)))
    return true
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true // AggregateError (several addresses refused)
  return isDatabaseUnavailable(cause, depth + 1)
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is unavailable at the moment; nothing was changed. Please try again in a minute.'
