import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The technologies of a given guide, from the index alone: the home page's "browse by technology"
 * counts the technologies of the newest published guides (lib/data/sql/taxonomy-guides.ts), and read
 * through the plain `parent_id` index each guide cost a visit to every one of its relationship rows,
 * 266 ms for 2,000 guides at 100,000 against 62 with this index (docs/performance.md).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "guides_rels_guide_technology_idx" ON "guides_rels" ("parent_id", "technologies_id") WHERE "path" = 'technologies';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "guides_rels_guide_technology_idx";`)
}
