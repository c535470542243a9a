import pg from 'pg'
import { startEmbeddedServer } from './embedded'
import { EMBEDDED_DATABASE, databaseName, withDatabaseName } from './url'

export { EMBEDDED_DATABASE, databaseName, withDatabaseName }

/** One connection to `url` for the length of `work`, closed afterwards whatever happens. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end().catch(() => {})
  }
}

const withMaintenanceClient = <T>(url: string, work: (client: pg.Client) => Promise<T>) =>
  withClient(withDatabaseName(url, 'postgres'), work)

export async function ensureDatabaseExists(url: string): Promise<void> {
  const name = databaseName(url)
  await withMaintenanceClient(url, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (rowCount) return
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
    } catch (error) {
      // Another process created it between the check and the CREATE.
      if ((error as { code?: string }).code !== '42P04') throw error
    }
  })
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url)
  await withMaintenanceClient(url, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
  )
}

export interface DatabaseHandle {
  url: string
  embedded: boolean
  /** Stops the embedded server when this process started it; a no-op otherwise. */
  release(): Promise<void>
}

/** For command-line entry points: the configured database, or the embedded one (started if needed). */
export async function openDatabase(options: {
  databaseUrl?: string
  dataDir: string
  log?: (line: string) => void
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    return { url: options.databaseUrl, embedded: false, release: async () => {} }
  }
  const server = await startEmbeddedServer({ dataDir: options.dataDir, log: options.log })
  const url = withDatabaseName(server.serverUrl, EMBEDDED_DATABASE)
  try {
    await ensureDatabaseExists(url)
  } catch (error) {
    await server.stop()
    throw error
  }
  return { url, embedded: true, release: () => server.stop() }
}
