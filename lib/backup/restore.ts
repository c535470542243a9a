import fs from 'node:fs'
import path from 'node:path'
import * as tar from 'tar'
import { databaseName, dropDatabase, ensureDatabaseExists, withClient, withDatabaseName } from '@/lib/db/connection'
import { contentCounts, copyFileToTable, resetSequences, tablesInLoadOrder } from './database'
import { backupManifest, migrationsForBackup, type BackupManifest } from './manifest'

/** A restore that was refused before anything changed; its message says what to do instead. */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RestoreRefused'
  }
}

export interface RestoreOptions {
  file: string
  /** The database to restore into; it is replaced only after the restored copy is complete and checked. */
  databaseUrl: string
  mediaDir: string
  /** A folder on the media folder's file system, for unpacking. */
  workDir: string
  replace: boolean
  /** The checkout's migrations, oldest first. */
  codeMigrations: string[]
  /** Payload's migrations, run in `scratchDatabaseUrl(databaseUrl)`: the named ones, or with none given every pending one. */
  schema: { migrate(names?: string[]): Promise<void>; close(): Promise<void> }
  log?: (line: string) => void
}

export interface RestoreResult {
  manifest: BackupManifest
  /** Where the database that was replaced now lives, when `--replace` replaced one. */
  previousDatabase?: string
  previousMediaDir?: string
}

/** The database a restore is built in before it takes the target's name. */
export function scratchDatabaseUrl(databaseUrl: string): string {
  const name = `${databaseName(databaseUrl)}_restore`
  if (name.length > 63)
    throw new RestoreRefused(
      `The database name ${databaseName(databaseUrl)} is too long to restore beside (PostgreSQL allows 63 characters).`,
    )
  return withDatabaseName(databaseUrl, name)
}

async function databaseExists(url: string): Promise<boolean> {
  return withClient(withDatabaseName(url, 'postgres'), async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName(url)])
    return Boolean(rowCount)
  })
}

const hasFiles = (dir: string) => fs.existsSync(dir) && fs.readdirSync(dir).length > 0

async function refuseToOverwrite(options: RestoreOptions): Promise<void> {
  if (options.replace) return
  const counts = (await databaseExists(options.databaseUrl))
    ? await withClient(options.databaseUrl, contentCounts)
    : { guides: 0, users: 0 }
  const media = hasFiles(options.mediaDir)
  if (counts.guides || counts.users || media) {
    const what = [
      counts.guides || counts.users
        ? `database ${databaseName(options.databaseUrl)} has ${counts.guides} guides and ${counts.users} accounts`
        : '',
      media ? `the media folder ${options.mediaDir} has files` : '',
    ].filter(Boolean)
    throw new RestoreRefused(
      `Nothing was restored: the ${what.join(' and ')}. Restore into an empty database (set DATABASE_URL to a new one), ` +
        'or add --replace to swap them for the backup (the current ones are kept under a new name).',
    )
  }
}

async function unpack(file: string, into: string): Promise<BackupManifest> {
  if (!fs.existsSync(file)) throw new RestoreRefused(`No backup file at ${file}.`)
  try {
    await tar.extract({ file, cwd: into, strict: true })
  } catch (error) {
    throw new RestoreRefused(
      `${file} could not be read as a Careerpath backup; it may be damaged or incomplete (${(error as Error).message}). Nothing was restored.`,
    )
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(fs.readFileSync(path.join(into, 'manifest.json'), 'utf8'))
  } catch {
    throw new RestoreRefused(
      `${file} has no readable manifest.json, so it is not a Careerpath backup. Nothing was restored.`,
    )
  }
  const result = backupManifest.safeParse(parsed)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new RestoreRefused(
      `${file} has a manifest this version cannot use (${issue.path.join('.') || 'manifest'}: ${issue.message}). Nothing was restored.`,
    )
  }
  for (const table of result.data.tables) {
    if (!fs.existsSync(path.join(into, 'data', `${table.name}.copy`))) {
      throw new RestoreRefused(`${file} lacks the rows of table ${table.name}; it is incomplete. Nothing was restored.`)
    }
  }
  return result.data
}

async function loadTables(url: string, manifest: BackupManifest, dataDir: string): Promise<void> {
  await withClient(url, async (client) => {
    const schema = new Map((await tablesInLoadOrder(client)).map((table) => [table.name, table.columns.join(',')]))
    for (const table of manifest.tables) {
      if (schema.get(table.name) !== table.columns.join(',')) {
        throw new Error(
          `Table ${table.name} in the backup does not match the schema its migrations create; nothing was restored.`,
        )
      }
    }
    await client.query('BEGIN')
    for (const table of manifest.tables) {
      const loaded = await copyFileToTable(client, table, path.join(dataDir, `${table.name}.copy`))
      if (loaded !== table.rows)
        throw new Error(`Table ${table.name}: the backup lists ${table.rows} rows, its file held ${loaded}.`)
    }
    await resetSequences(
      client,
      manifest.tables.map((table) => table.name),
    )
    await client.query('COMMIT')
  })
}

/** Gives the scratch database the target's name, moving the target aside (or dropping it when it is empty). */
async function swapIntoPlace(
  target: string,
  scratch: string,
  keepPrevious: boolean,
  stamp: string,
): Promise<string | undefined> {
  const previous = keepPrevious ? `${databaseName(target).slice(0, 40)}_before_restore_${stamp}` : undefined
  return withClient(withDatabaseName(target, 'postgres'), async (client) => {
    const name = databaseName(target)
    const exists = async () =>
      Boolean((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount)
    // A running site holds connections to the target (its pool reconnects to the restored database),
    // and a migration's pool may linger on the copy: both are closed before renaming.
    const closeConnections = (database: string) =>
      client.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [database],
      )
    for (let attempt = 1; ; attempt++) {
      try {
        await closeConnections(databaseName(scratch))
        // Checked on each attempt: an earlier one may have moved the target aside already.
        if (await exists()) {
          await closeConnections(name)
          await client.query(
            previous
              ? `ALTER DATABASE ${client.escapeIdentifier(name)} RENAME TO ${client.escapeIdentifier(previous)}`
              : `DROP DATABASE ${client.escapeIdentifier(name)} WITH (FORCE)`,
          )
        }
        await client.query(
          `ALTER DATABASE ${client.escapeIdentifier(databaseName(scratch))} RENAME TO ${client.escapeIdentifier(name)}`,
        )
        break
      } catch (error) {
        // 55006: someone reconnected between terminating and renaming.
        if ((error as { code?: string }).code !== '55006' || attempt === 5) throw error
      }
    }
    return previous
  })
}

/**
 * Restores a backup made by `createBackup`. The database is rebuilt beside the target (schema from
 * the checkout's migrations as of the backup, then the rows, then any newer migrations), row counts
 * are checked against the manifest, and only then does it take the target's name. Anything that
 * fails before that leaves the target and the media folder as they were.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const log = options.log ?? (() => {})
  await refuseToOverwrite(options)
  fs.mkdirSync(options.workDir, { recursive: true })
  const unpacked = fs.mkdtempSync(path.join(options.workDir, 'restore-'))
  const scratch = scratchDatabaseUrl(options.databaseUrl)
  let swapped = false
  try {
    const manifest = await unpack(options.file, unpacked)
    const migrations = migrationsForBackup(options.codeMigrations, manifest.migrations)
    log(
      `Backup of ${manifest.createdAt}: ${manifest.tables.reduce((sum, table) => sum + table.rows, 0)} rows in ${manifest.tables.length} tables, ${manifest.media.files} media files`,
    )

    await dropDatabase(scratch)
    await ensureDatabaseExists(scratch)
    await options.schema.migrate(migrations)
    await loadTables(scratch, manifest, path.join(unpacked, 'data'))
    await options.schema.migrate()
    await options.schema.close()
    log('Rows loaded and checked; newer migrations applied')

    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
    const previousDatabase = await swapIntoPlace(
      options.databaseUrl,
      scratch,
      options.replace && (await hasContent(options.databaseUrl)),
      stamp,
    )
    swapped = true
    let previousMediaDir: string | undefined
    if (hasFiles(options.mediaDir)) {
      previousMediaDir = `${options.mediaDir}.before-restore-${stamp}`
      fs.renameSync(options.mediaDir, previousMediaDir)
    }
    fs.rmSync(options.mediaDir, { recursive: true, force: true })
    fs.mkdirSync(path.dirname(options.mediaDir), { recursive: true })
    const restoredMedia = path.join(unpacked, 'media')
    if (fs.existsSync(restoredMedia)) fs.renameSync(restoredMedia, options.mediaDir)
    return { manifest, previousDatabase, previousMediaDir }
  } finally {
    await options.schema.close().catch(() => {})
    if (!swapped) await dropDatabase(scratch).catch(() => {})
    fs.rmSync(unpacked, { recursive: true, force: true })
  }
}

async function hasContent(url: string): Promise<boolean> {
  if (!(await databaseExists(url))) return false
  const counts = await withClient(url, contentCounts)
  return counts.guides + counts.users > 0
}
