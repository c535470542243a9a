import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The guides that name a technology (or a skill), newest first, straight from one index: the related
 * guides of a guide page read the newest few per technology (lib/data/sql/guide-neighbours.ts), and
 * the technology and skill pages their newest guides. Payload's own indexes on guides_rels are one column each, so these
 * reads walked every guide that names the technology, a cost that grew with the number of guides.
 * Partial on `path`, as the table also holds the skills relationship (and the other way round).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "guides_rels_technology_guide_idx" ON "guides_rels" ("technologies_id", "parent_id") WHERE "path" = 'technologies';
  CREATE INDEX IF NOT EXISTS "guides_rels_skill_guide_idx" ON "guides_rels" ("skills_id", "parent_id") WHERE "path" = 'skills';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "guides_rels_skill_guide_idx";
  DROP INDEX IF EXISTS "guides_rels_technology_guide_idx";`)
}
