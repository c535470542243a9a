/**
 * A request that reached PostgreSQL with a value the database cannot use (a number out of range,
 * text where an id or a choice belongs, a NUL character, a negative page): the client's mistake,
 * so a 400 that says what was wrong, not a 500. Only PostgreSQL's `data_exception` class (SQLSTATE
 * 22xxx) counts, which no bug in the site's own queries produces with valid input.
 */
type DatabaseError = { code: string; message: string }

function databaseError(error: unknown, depth = 0): DatabaseError | undefined {
  if (!error || typeof error !== 'object' || depth > 5) return undefined
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown }
  if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code))
    return { code, message: typeof message === 'string' ? message : '' }
  return databaseError(cause, depth + 1)
}

/** A quoted value from PostgreSQL's message, shortened: enough to recognise, never a whole document. */
const quoted = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)

/**
 * The message for a refused value, or undefined when `error` is something else. Also a `where` or
 * `data` query parameter that is no JSON (`?where={`), which Payload parses before any hook runs.
 */
export function refusedValueMessage(error: unknown): string | undefined {
  if (error instanceof SyntaxError && /JSON/.test(error.message))
    return 'A JSON value in the request (the body, or a where or data parameter) could not be read. Check its quotes and brackets.'
  const refused = databaseError(error)
  if (!refused) return undefined
  const { code, message } = refused
  const choice = /invalid input value for enum [^:]+: "(.*)"$/s.exec(message)
  if (choice)
    return `${quoted(choice[1]!)} is not one of the choices this field offers. Pick one of its options and send it again.`
  const syntax = /invalid input syntax for type ([\w ]+): "(.*)"$/s.exec(message)
  if (syntax) {
    const type = syntax[1]!
    const kind = /int|numeric|real|double/.test(type)
      ? 'a number (ids and counts are whole numbers)'
      : /bool/.test(type)
        ? 'true or false'
        : /time|date/.test(type)
          ? 'a date'
          : `a valid ${type}`
    return `${quoted(syntax[2]!)} is not ${kind}. Correct it and send the request again.`
  }
  switch (code) {
    case '22003':
      return 'A number in the request is too large or too small (limit, page, an id or a field). Use a smaller number and try again.'
    case '2201W':
    case '2201X':
      return '`limit` and `page` must be whole numbers of 1 or more (limit=0 for all).'
    case '22021':
    case '22P05':
      return 'The request contains a character that cannot be stored, such as NUL (%00 or \\u0000). Remove it and try again.'
    case '22001':
      return 'A value in the request is longer than its field can hold. Shorten it and try again.'
    case '22007':
    case '22008':
      return 'A date in the request is not valid. Use a date such as 2026-01-31 or 2026-01-31T12:00:00Z.'
    default:
      return 'A value in the request has the wrong form for its field. Correct it and send the request again.'
  }
}
