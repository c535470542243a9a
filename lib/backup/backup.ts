import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import * as tar from 'tar'
import { appliedMigrations, copyTableToFile, tablesInLoadOrder } from './database'
import { BACKUP_FORMAT_VERSION, type BackupManifest } from './manifest'

export interface BackupResult {
  file: string
  manifest: BackupManifest
}

function mediaSize(dir: string): { files: number; bytes: number } {
  if (!fs.existsSync(dir)) return { files: 0, bytes: 0 }
  let files = 0
  let bytes = 0
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    files++
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size
  }
  return { files, bytes }
}

export function backupFileName(now = new Date()): string {
  return `careerpath-${now.toISOString().replace(/[:.]/g, '-')}.tar.gz`
}

/**
 * Writes one `.tar.gz` holding `manifest.json`, every table's rows (`data/<table>.copy`, read in one
 * repeatable-read transaction, so the tables agree with each other even while editors keep working)
 * and the media folder. The file appears only when complete: it is written under a temporary name
 * and renamed.
 */
export async function createBackup(options: {
  databaseUrl: string
  mediaDir: string
  outFile: string
}): Promise<BackupResult> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'careerpath-backup-'))
  const partial = `${options.outFile}.partial`
  const client = new pg.Client({ connectionString: options.databaseUrl })
  try {
    await client.connect()
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const { rows } = await client.query<{ exists: boolean }>(
      `SELECT to_regclass('public.payload_migrations') IS NOT NULL AS exists`,
    )
    if (!rows[0]!.exists) {
      throw new Error(
        'The database has no Careerpath schema, so there is nothing to back up. Run `npm run migrate` first.',
      )
    }
    const migrations = await appliedMigrations(client)
    const serverVersion = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]!
      .server_version
    fs.mkdirSync(path.join(staging, 'data'))
    const tables: BackupManifest['tables'] = []
    for (const table of await tablesInLoadOrder(client)) {
      const rows = await copyTableToFile(client, table, path.join(staging, 'data', `${table.name}.copy`))
      tables.push({ ...table, rows })
    }
    await client.query('COMMIT')

    const manifest: BackupManifest = {
      format: 'careerpath-backup',
      version: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      serverVersion,
      migrations,
      tables,
      media: mediaSize(options.mediaDir),
    }
    fs.writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
    // A link rather than a copy, so a large media folder is not duplicated on disk; `follow` archives its files.
    const entries = ['manifest.json', 'data']
    if (fs.existsSync(options.mediaDir)) {
      fs.symlinkSync(path.resolve(options.mediaDir), path.join(staging, 'media'))
      entries.push('media')
    }
    fs.mkdirSync(path.dirname(options.outFile), { recursive: true })
    await tar.create({ gzip: true, file: partial, cwd: staging, follow: true, portable: true }, entries)
    fs.renameSync(partial, options.outFile)
    return { file: options.outFile, manifest }
  } finally {
    await client.end().catch(() => {})
    fs.rmSync(staging, { recursive: true, force: true })
    fs.rmSync(partial, { force: true })
  }
}
