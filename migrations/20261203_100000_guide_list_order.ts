import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The published guides in the order /guides lists them, newest first: a page's ids are read from this
 * index alone (lib/data/sql/guide-list.ts), so skipping to a late page skips index entries rather
 * than sorting every published guide (the last page at 100,000 guides: docs/performance.md). Partial,
 * as the list shows published guides only; the count of the list reads it too.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "guides_published_list_idx" ON "guides" ("published_at" DESC, "id" DESC) WHERE "_status" = 'published';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "guides_published_list_idx";`)
}
