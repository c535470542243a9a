import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Two partial indexes of the published guides, so that reads over all of them skip or count index
 * entries instead of sorting or scanning the table (100,000 guides: docs/performance.md):
 * - `guides_published_list_idx`, in the order /guides lists them, newest first: a page's ids are read
 *   from it alone (lib/data/sql/guide-list.ts), and the list's count;
 * - `guides_published_sitemap_idx`, by id with the date: where each sitemap file starts and how new
 *   it is (lib/data/sql/sitemap.ts), read in id order without touching the table.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "guides_published_list_idx" ON "guides" ("published_at" DESC, "id" DESC) WHERE "_status" = 'published';
  CREATE INDEX IF NOT EXISTS "guides_published_sitemap_idx" ON "guides" ("id") INCLUDE ("updated_at") WHERE "_status" = 'published';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "guides_published_sitemap_idx";
  DROP INDEX IF EXISTS "guides_published_list_idx";`)
}
