/**
 * What the site's logs may not contain: readers' and editors' email addresses, the comment IP hash,
 * passwords, tokens. Database errors carry them: Drizzle puts every parameter of a failed query in
 * its message (`params: ada@example.com,<ip hash>`), PostgreSQL repeats values in its own
 * (`Key (email)=(ada@example.com) already exists`, `invalid input syntax … "…"`). Every log line
 * Payload writes (payload.config.ts `logger`), everything printed with console (instrumentation.ts)
 * and the SQL statement log (lib/db/statement-log.ts) pass through `scrub`.
 */
const RULES: [RegExp, string][] = [
  // Drizzle's failed-query message: the parameters, to the end of the line.
  [/(\bparams:)[^\n]*/g, '$1 [redacted]'],
  // PostgreSQL's detail on constraint violations.
  [/(\bKey \([^)]*\)=\()[^\n]*?(\)\s+(?:already exists|is not present|conflicts))/g, '$1[redacted]$2'],
  [
    /"(password|confirm-password|hash|salt|token|resetPasswordToken|_verificationToken|apiKey|email|ipHash)"\s*:\s*"(?:[^"\\]|\\.)*"/gi,
    '"$1":"[redacted]"',
  ],
  [/\beyJ[\w-]+\.[\w-]+\.[\w-]+/g, '[token]'],
  [
    /[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/g,
    '[email]',
  ],
  // IP hashes (32 hex), password hashes and salts, reset tokens (40+ hex).
  [/\b[0-9a-f]{32,}\b/gi, '[hash]'],
]

export function scrub(text: string): string {
  return RULES.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text)
}

/** An error as a log line may show it: its kind, code, message and stack (causes included), scrubbed. */
export function redactedError(error: unknown, depth = 0): Record<string, unknown> | string {
  if (error === null || typeof error !== 'object') return scrub(String(error))
  const { name, message, stack, code, status, cause } = error as Partial<Error> & {
    code?: unknown
    status?: unknown
    cause?: unknown
  }
  return {
    type: error.constructor?.name ?? name ?? 'Error',
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    ...(typeof status === 'number' ? { status } : {}),
    message: scrub(String(message ?? '')),
    ...(typeof stack === 'string' ? { stack: scrub(stack) } : {}),
    ...(cause !== undefined && depth < 5 ? { cause: redactedError(cause, depth + 1) } : {}),
  }
}

/** Scrubs what one console call prints; an Error is printed as its scrubbed stack. */
export function scrubConsoleArguments(args: unknown[]): unknown[] {
  return args.map((arg) => {
    if (typeof arg === 'string') return scrub(arg)
    if (arg instanceof Error) {
      const shown = redactedError(arg) as { stack?: string; message: string; cause?: { message?: string } }
      return (shown.stack ?? shown.message) + (shown.cause?.message ? `\ncaused by: ${shown.cause.message}` : '')
    }
    return arg
  })
}

/** console.error, warn, log and info scrubbed, for what Next and libraries print themselves. */
export function scrubConsole(target: Console = console): void {
  const marked = target as Console & { __scrubbed?: boolean }
  if (marked.__scrubbed) return
  marked.__scrubbed = true
  for (const level of ['error', 'warn', 'log', 'info'] as const) {
    const original = target[level].bind(target)
    target[level] = (...args: unknown[]) => original(...scrubConsoleArguments(args))
  }
}

/**
 * Payload's logger options (pino): errors through `redactedError`, every message and string
 * argument through `scrub`.
 */
export const redactingLoggerOptions = {
  serializers: { err: redactedError, error: redactedError },
  hooks: {
    logMethod(this: unknown, args: unknown[], method: (...args: unknown[]) => void) {
      const scrubbed = args.map((arg) => {
        if (typeof arg === 'string') return scrub(arg)
        if (arg instanceof Error) return { err: arg }
        // A merging object's own strings (`{ msg }`, `{ url }`); its errors go through the serializers.
        if (arg !== null && typeof arg === 'object' && !Array.isArray(arg)) {
          return Object.fromEntries(
            Object.entries(arg).map(([key, value]) => [key, typeof value === 'string' ? scrub(value) : value]),
          )
        }
        return arg
      })
      // Without a message of its own, pino would head the line with the error's unscrubbed message.
      const [first, second] = scrubbed as [{ err?: unknown } | undefined, unknown]
      if (typeof second !== 'string' && first && typeof first === 'object' && first.err instanceof Error)
        scrubbed.splice(1, 0, scrub(first.err.message))
      method.apply(this, scrubbed)
    },
  },
}
