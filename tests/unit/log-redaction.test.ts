import { describe, expect, it } from '@jest/globals'
import { statementLine } from '@/lib/db/statement-log'
import { redactedError, redactingLoggerOptions, scrub, scrubConsoleArguments } from '@/lib/logging/redaction'

const EMAIL = 'ada.reader+news@example.co.uk'
const IP_HASH = '9f86d081884c7d659a2feaa0c55ad015'
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.c2lnbmF0dXJlLXNpZ25hdHVyZQ'
const PASSWORD = 'correct horse battery staple'

// What Drizzle throws for a failed insert of a comment: every parameter in the message.
function drizzleError() {
  const cause = Object.assign(new Error(`duplicate key value violates unique constraint "users_email_idx"`), {
    code: '23505',
    detail: `Key (email)=(${EMAIL}) already exists.`,
  })
  return Object.assign(
    new Error(`Failed query: insert into "comments" ("email", "ip_hash") values ($1, $2)\nparams: ${EMAIL},${IP_HASH}`),
    { cause, params: [EMAIL, IP_HASH] },
  )
}

const leaks = (text: string) => [EMAIL, IP_HASH, JWT, PASSWORD].filter((secret) => text.includes(secret))

describe('scrub', () => {
  it('removes emails, hashes, tokens and a failed query’s parameters, keeping the rest', () => {
    const line = `Failed query: select * from users where email = $1\nparams: ${EMAIL},${PASSWORD}\nKey (email)=(${EMAIL}) already exists. Authorization: JWT ${JWT} ip ${IP_HASH} {"password":"${PASSWORD}"}`
    const scrubbed = scrub(line)
    expect(leaks(scrubbed)).toEqual([])
    expect(scrubbed).toContain('Failed query: select * from users where email = $1')
    expect(scrubbed).toContain('params: [redacted]')
  })
})

describe('redactedError', () => {
  it('keeps an error’s kind, code and where it happened, without the personal data in it or its cause', () => {
    const shown = redactedError(drizzleError()) as {
      type: string
      message: string
      stack: string
      cause: { code: string; message: string }
    }
    expect(leaks(JSON.stringify(shown))).toEqual([])
    expect(shown.type).toBe('Error')
    expect(shown.message).toMatch(/^Failed query: insert into "comments"/)
    expect(shown.stack).toMatch(/at /)
    expect(shown.cause.code).toBe('23505')
    // Properties such as Drizzle's `params` and PostgreSQL's `detail` are not copied at all.
    expect(JSON.stringify(shown)).not.toMatch(/"params"|"detail"/)
  })

  it('is what the Payload logger writes, and console output is scrubbed the same way', () => {
    const written: unknown[][] = []
    const method = (...args: unknown[]) => written.push(args)
    redactingLoggerOptions.hooks.logMethod.call(
      undefined,
      [{ msg: `login failed for ${EMAIL}` }, `token ${JWT}`],
      method,
    )
    expect(leaks(JSON.stringify(written))).toEqual([])
    expect(redactingLoggerOptions.serializers.err).toBe(redactedError)
    // Logged as `{ err }` alone, as Payload does: the line's message is the scrubbed one, not pino's copy of the raw message.
    written.length = 0
    redactingLoggerOptions.hooks.logMethod.call(undefined, [{ err: drizzleError() }], method)
    expect(written[0]![1]).toMatch(/^Failed query: insert into "comments" .*\nparams: \[redacted\]$/s)
    expect(leaks(scrubConsoleArguments([drizzleError(), `sent by ${EMAIL}`]).join('\n'))).toEqual([])
  })
})

describe('statementLine', () => {
  it('logs a statement’s text, never its values, and blanks literals written inline', () => {
    expect(statementLine({ text: 'select * from "comments" where "email" = $1', values: [EMAIL] })).toBe(
      'select * from "comments" where "email" = $1',
    )
    const inline = statementLine(
      `select * from "comments" where "email" = '${EMAIL}' and "ip_hash" = '${IP_HASH}' and x = 'it''s'`,
    )
    expect(leaks(inline)).toEqual([])
    expect(inline).toBe(`select * from "comments" where "email" = '…' and "ip_hash" = '…' and x = '…'`)
  })
})
