import { AsyncLocalStorage } from 'node:async_hooks'
import { createHash } from 'node:crypto'
import pg from 'pg'

/**
 * Prepared statements for the few reads that pages repeat most.
 *
 * Payload reads a guide with one long SQL statement (a lateral join per block table), and
 * PostgreSQL spent longer parsing and planning it than running it. Sent as a named prepared
 * statement, each connection parses it once and, after five runs, keeps a generic plan: the same
 * statement is many times faster prepared (docs/performance.md).
 * Payload's adapter has no option for it, but it takes the `pg` module it uses
 * (`postgresAdapter({ pg })`), so its pools come from here.
 *
 * Only reads run inside `withPreparedStatements` are named: those are a fixed set of shapes. Every
 * other statement stays unnamed, because a backend keeps each statement prepared on it until the
 * connection closes, and statements shaped by requests (the REST API's `where`) would pile up.
 */
const preparing = new AsyncLocalStorage<true>()

export function withPreparedStatements<T>(read: () => Promise<T>): Promise<T> {
  return preparing.run(true, read)
}

/** The same text always gets the same name, so each connection prepares it once; different texts never share one. */
export function statementName(text: string): string {
  return `cp_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`
}

interface QueryConfig {
  name?: string
  text?: unknown
}

class PoolPreparingStatements extends pg.Pool {
  // Every argument passes through; a statement read inside withPreparedStatements gets a name.
  query(config: unknown, ...rest: unknown[]) {
    const named =
      preparing.getStore() && isUnnamedStatement(config) ? { ...config, name: statementName(config.text) } : config
    // @ts-expect-error pg's overloads cannot be restated one by one
    return super.query(named, ...rest)
  }
}

function isUnnamedStatement(config: unknown): config is QueryConfig & { text: string } {
  return (
    typeof config === 'object' &&
    config !== null &&
    !(config as QueryConfig).name &&
    typeof (config as QueryConfig).text === 'string'
  )
}

/** The `pg` module for Payload's adapter: the same, with pools that name statements read inside `withPreparedStatements`. */
export const pgWithPreparedStatements: typeof pg = { ...pg, Pool: PoolPreparingStatements as unknown as typeof pg.Pool }
