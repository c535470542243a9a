import type { Migration } from 'payload'
import { migrations } from '@/migrations'

/**
 * The committed migrations, oldest first, from the list `payload migrate:create` keeps in
 * migrations/index.ts. Scripts hand this to `payload.db.migrate()` rather than let Payload import
 * each .ts file from the folder at run time, which plain Node (scripts/run.mjs) cannot do.
 * The cast: Payload types a migration's argument as `unknown`, the generated files as the adapter's.
 */
export const committedMigrations = migrations as unknown as Migration[]
