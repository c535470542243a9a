import fs from 'node:fs'
import pg from 'pg'
import { scrub } from '@/lib/logging/redaction'

/**
 * Appends every SQL statement this process sends to PostgreSQL to `file`, one line each, so that a
 * test or a benchmark can count what a page costs. Counting statements is deterministic where timing
 * is not. It patches `pg`'s client, the one driver under Payload's adapter; Next keeps `pg` external
 * to its bundles, so the server's Payload uses this same class. Off unless SQL_STATEMENT_LOG is set.
 * A statement's parameters are never written.
 */
export function logStatementsTo(file: string): void {
  const client = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown; __statementLog?: string }
  if (client.__statementLog) return
  client.__statementLog = file
  const query = client.query
  client.query = function (this: unknown, ...args: unknown[]) {
    fs.appendFileSync(file, statementLine(args[0]) + '\n')
    return query.apply(this, args)
  }
}

/**
 * The statement's text only, never its parameters (emails, IP hashes, password hashes), with any
 * literal a statement carries inline blanked and what is left scrubbed (lib/logging/redaction.ts).
 */
export function statementLine(config: unknown): string {
  const text = typeof config === 'string' ? config : ((config as { text?: unknown } | null)?.text ?? '')
  const withoutLiterals = String(text).replace(/'(?:[^']|'')*'/g, "'…'")
  return scrub(withoutLiterals.replace(/\s+/g, ' ').trim()).slice(0, 300)
}

export function readStatements(file: string): string[] {
  if (!fs.existsSync(file)) return []
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)
}
