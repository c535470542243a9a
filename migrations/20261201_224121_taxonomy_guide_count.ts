import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * "Used by N guides" on technologies and skills (collections/fields/guideCount.ts), backfilled from
 * guides_rels; from here on the guides' hooks keep it (collections/hooks/countTaxonomyUse.ts).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "technologies" ADD COLUMN "guide_count" numeric DEFAULT 0;
  ALTER TABLE "skills" ADD COLUMN "guide_count" numeric DEFAULT 0;
  CREATE INDEX "technologies_guide_count_idx" ON "technologies" USING btree ("guide_count");
  CREATE INDEX "skills_guide_count_idx" ON "skills" USING btree ("guide_count");
  UPDATE "technologies" t SET "guide_count" = (SELECT count(DISTINCT r."parent_id") FROM "guides_rels" r WHERE r."technologies_id" = t."id" AND r."path" = 'technologies');
  UPDATE "skills" s SET "guide_count" = (SELECT count(DISTINCT r."parent_id") FROM "guides_rels" r WHERE r."skills_id" = s."id" AND r."path" = 'skills');`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "technologies_guide_count_idx";
  DROP INDEX "skills_guide_count_idx";
  ALTER TABLE "technologies" DROP COLUMN "guide_count";
  ALTER TABLE "skills" DROP COLUMN "guide_count";`)
}
