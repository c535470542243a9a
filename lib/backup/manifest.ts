import { z } from 'zod'

/** Bumped when the archive's layout changes; restore refuses formats it does not know. */
export const BACKUP_FORMAT_VERSION = 1

const identifier = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'must be a lower-case SQL identifier')

/** `manifest.json` at the root of a backup archive: what the archive holds and which schema it fits. */
export const backupManifest = z.object({
  format: z.literal('careerpath-backup'),
  version: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  serverVersion: z.string(),
  /** The Payload migrations the database had run, oldest first: the schema the data fits. */
  migrations: z.array(z.string().min(1)).min(1),
  /** In load order (a table after every table it references); each has `data/<name>.copy`. */
  tables: z.array(
    z.object({ name: identifier, columns: z.array(identifier).min(1), rows: z.number().int().nonnegative() }),
  ),
  media: z.object({ files: z.number().int().nonnegative(), bytes: z.number().int().nonnegative() }),
})

export type BackupManifest = z.infer<typeof backupManifest>

/** Payload's bookkeeping that must not travel: migrations are re-run on restore, locks belong to live sessions. */
export const TABLES_NOT_BACKED_UP = new Set([
  'payload_migrations',
  'payload_locked_documents',
  'payload_locked_documents_rels',
])

/**
 * Orders tables so that each comes after every table it references, which lets a restore load them
 * one by one with foreign keys checked. A table referencing itself (a reply's parent comment) is
 * fine: one COPY loads the whole table before the statement's checks run.
 */
export function loadOrder(tables: string[], references: { from: string; to: string }[]): string[] {
  const known = new Set(tables)
  const dependsOn = new Map(tables.map((table) => [table, new Set<string>()]))
  for (const { from, to } of references) {
    if (from !== to && known.has(from) && known.has(to)) dependsOn.get(from)!.add(to)
  }
  const ordered: string[] = []
  const placed = new Set<string>()
  // Alphabetical within each round, so the same schema always gives the same order.
  let remaining = [...tables].sort()
  while (remaining.length) {
    const ready = remaining.filter((table) => [...dependsOn.get(table)!].every((dependency) => placed.has(dependency)))
    if (ready.length === 0) {
      throw new Error(
        `These tables reference each other in a cycle, so they cannot be loaded one after another: ${remaining.join(', ')}`,
      )
    }
    for (const table of ready) {
      ordered.push(table)
      placed.add(table)
    }
    remaining = remaining.filter((table) => !placed.has(table))
  }
  return ordered
}

/**
 * The migrations to run before loading a backup: the code's own, up to the backup's last one. The
 * backup's list must be the start of the code's, or the data would not fit the schema.
 */
export function migrationsForBackup(codeMigrations: string[], backupMigrations: string[]): string[] {
  const unknown = backupMigrations.filter((name) => !codeMigrations.includes(name))
  if (unknown.length) {
    throw new Error(
      `This backup was made by a newer version of Careerpath: it has migration ${unknown[0]}, which this checkout does not. ` +
        'Restore it with the version that made it (or a later one).',
    )
  }
  const prefix = codeMigrations.slice(0, backupMigrations.length)
  if (prefix.join('\n') !== backupMigrations.join('\n')) {
    throw new Error(
      `The backup's migrations (${backupMigrations.join(', ')}) are not the first migrations of this checkout ` +
        `(${prefix.join(', ')}), so its data would not fit the schema.`,
    )
  }
  return prefix
}
