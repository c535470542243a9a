import path from 'node:path'
import { dropDatabase, ensureDatabaseExists, withDatabaseName } from '@/lib/db/connection'
import { startEmbeddedServer, type EmbeddedServer } from '@/lib/db/embedded'
import { runScript } from './run-script'

/**
 * Every test project gets a database of its own, migrated from scratch with the committed
 * migrations: on the server named by DATABASE_URL when it is set, else on one embedded PostgreSQL
 * (kept apart from the development data) that all projects of the run share.
 */
interface SharedServer {
  baseUrl: string
  embedded?: EmbeddedServer
  users: number
}

declare global {
  var __testPostgres: Promise<SharedServer> | undefined
}

function acquireServer(): Promise<SharedServer> {
  globalThis.__testPostgres ??= (async () => {
    const configured = process.env.DATABASE_URL
    if (configured) return { baseUrl: configured, users: 0 }
    const embedded = await startEmbeddedServer({ dataDir: path.resolve('.data/test') })
    return { baseUrl: embedded.serverUrl, embedded, users: 0 }
  })()
  return globalThis.__testPostgres.then((shared) => {
    shared.users++
    return shared
  })
}

/** How a child process ended, for error messages: exit code, signal or spawn error. */
export function describeExit(result: { status: number | null; signal: NodeJS.Signals | null; error?: Error }): string {
  if (result.error) return `could not run: ${result.error.message}`
  return result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`
}

export function migrate(url: string): void {
  const result = runScript('scripts/migrate.ts', [], { ...process.env, DATABASE_URL: url })
  if (result.status !== 0)
    throw new Error(
      `Migrations failed on the test database (${describeExit(result)}):\n${result.stdout}\n${result.stderr}`,
    )
}

export async function createTestDatabase(label: string): Promise<string> {
  const shared = await acquireServer()
  const url = withDatabaseName(shared.baseUrl, `careerpath_${label}_${process.pid}_${Date.now().toString(36)}`)
  await ensureDatabaseExists(url)
  migrate(url)
  return url
}

export async function destroyTestDatabase(url: string | undefined): Promise<void> {
  if (!url || !globalThis.__testPostgres) return
  const shared = await globalThis.__testPostgres
  await dropDatabase(url)
  shared.users--
  if (shared.users === 0 && shared.embedded?.owned) await shared.embedded.stop()
}
