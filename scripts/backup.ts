/**
 * Backs up the database and the media folder into one timestamped file:
 *   npm run backup                      # backups/careerpath-<time>.tar.gz
 *   npm run backup -- --out /mnt/backups
 * Works against DATABASE_URL or the embedded database, whether or not the site is running.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { backupFileName, createBackup } from '@/lib/backup/backup'
import { env } from '@/lib/config/env'

const { values } = parseArgs({ options: { out: { type: 'string', default: 'backups' } } })
const out = z.string().trim().min(1, '--out must name a folder or a .tar.gz file').safeParse(values.out)
if (!out.success) {
  console.error(`backup: ${out.error.issues[0]!.message}\nusage: npm run backup [-- --out <folder or file.tar.gz>]`)
  process.exit(2)
}
const settings = env()
if (!settings.DATABASE_URL) {
  console.error('backup: no database (run it as `npm run backup`, which provides one)')
  process.exit(2)
}
const outFile = out.data.endsWith('.tar.gz') ? path.resolve(out.data) : path.resolve(out.data, backupFileName())
try {
  const started = Date.now()
  const { manifest } = await createBackup({
    databaseUrl: settings.DATABASE_URL,
    mediaDir: path.join(settings.DATA_DIR, 'media'),
    outFile,
  })
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0)
  const guides = manifest.tables.find((table) => table.name === 'guides')?.rows ?? 0
  console.error(
    `Backed up ${guides} guides (${rows} rows in ${manifest.tables.length} tables) and ${manifest.media.files} media files in ${Date.now() - started} ms`,
  )
  console.log(outFile)
} catch (error) {
  console.error(`backup: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
