/**
 * Restores a file made by `npm run backup`:
 *   npm run restore -- backups/careerpath-<time>.tar.gz             # into an empty database
 *   npm run restore -- backups/careerpath-<time>.tar.gz --replace   # swap out the current content
 * The current database and media folder are kept under a new name when replaced.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Payload } from 'payload'
import { z } from 'zod'
import { RestoreRefused, restoreBackup, scratchDatabaseUrl } from '@/lib/backup/restore'
import { cliPayload } from '@/lib/db/cli-payload'
import { closePayload } from '@/lib/db/close-payload'
import { committedMigrations } from '@/lib/db/migrations'
import { parseEnv } from '@/lib/config/env'

const usage = 'usage: npm run restore -- <backup.tar.gz> [--replace]'
const { values, positionals } = parseArgs({
  options: { replace: { type: 'boolean', default: false } },
  allowPositionals: true,
})
const file = z.string().trim().min(1).safeParse(positionals[0])
if (!file.success || positionals.length > 1) {
  console.error(`restore: name one backup file\n${usage}`)
  process.exit(2)
}
const settings = parseEnv(process.env)
if (!settings.DATABASE_URL) {
  console.error('restore: no database (run it as `npm run restore`, which provides one)')
  process.exit(2)
}

// Payload reads DATABASE_URL when its config loads: point it at the copy being built, not the live database.
let payload: Payload | undefined
process.env.DATABASE_URL = scratchDatabaseUrl(settings.DATABASE_URL)
delete process.env.DATABASE_REPLICA_URLS
const schema = {
  async migrate(names?: string[]) {
    payload ??= await cliPayload()
    await payload.db.migrate({
      migrations: names
        ? committedMigrations.filter((migration) => names.includes(migration.name))
        : committedMigrations,
    })
  },
  async close() {
    const open = payload
    payload = undefined
    // Ending a pool has been seen never to settle under load (lib/db/close-payload.ts); the swap
    // that follows closes any connection left to the copy anyway.
    let timer: NodeJS.Timeout | undefined
    if (open)
      await Promise.race([
        closePayload(open).catch(() => {}),
        new Promise((resolve) => (timer = setTimeout(resolve, 5000))),
      ])
    clearTimeout(timer)
  },
}

try {
  const started = Date.now()
  const result = await restoreBackup({
    file: path.resolve(file.data),
    databaseUrl: settings.DATABASE_URL,
    mediaDir: path.join(settings.DATA_DIR, 'media'),
    workDir: settings.DATA_DIR,
    replace: values.replace,
    codeMigrations: committedMigrations.map((migration) => migration.name),
    schema,
    log: (line) => console.error(line),
  })
  const guides = result.manifest.tables.find((table) => table.name === 'guides')?.rows ?? 0
  console.log(
    `Restored ${guides} guides and ${result.manifest.media.files} media files from ${result.manifest.createdAt} in ${Date.now() - started} ms.`,
  )
  if (result.previousDatabase) console.log(`The database it replaced is kept as ${result.previousDatabase}.`)
  if (result.previousMediaDir) console.log(`The media folder it replaced is kept as ${result.previousMediaDir}.`)
  console.log('A running site keeps serving pages it cached before the restore until they are revalidated: restart it.')
  process.exit(0)
} catch (error) {
  console.error(`restore: ${error instanceof Error ? error.message : String(error)}`)
  if (!(error instanceof RestoreRefused)) console.error('The database and media folder were left as they were.')
  process.exit(1)
}
