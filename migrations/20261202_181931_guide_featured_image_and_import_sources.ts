import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guides" ADD COLUMN "featured_image_id" integer;
  ALTER TABLE "guides" ADD COLUMN "imported_from" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_featured_image_id" integer;
  ALTER TABLE "_guides_v" ADD COLUMN "version_imported_from" varchar;
  ALTER TABLE "media" ADD COLUMN "caption" varchar;
  ALTER TABLE "media" ADD COLUMN "source_url" varchar;
  ALTER TABLE "guides" ADD CONSTRAINT "guides_featured_image_id_media_id_fk" FOREIGN KEY ("featured_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_version_featured_image_id_media_id_fk" FOREIGN KEY ("version_featured_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "guides_featured_image_idx" ON "guides" USING btree ("featured_image_id");
  CREATE INDEX "guides_imported_from_idx" ON "guides" USING btree ("imported_from");
  CREATE INDEX "_guides_v_version_version_featured_image_idx" ON "_guides_v" USING btree ("version_featured_image_id");
  CREATE INDEX "_guides_v_version_version_imported_from_idx" ON "_guides_v" USING btree ("version_imported_from");
  CREATE INDEX "media_source_url_idx" ON "media" USING btree ("source_url");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guides" DROP CONSTRAINT "guides_featured_image_id_media_id_fk";
  
  ALTER TABLE "_guides_v" DROP CONSTRAINT "_guides_v_version_featured_image_id_media_id_fk";
  
  DROP INDEX "guides_featured_image_idx";
  DROP INDEX "guides_imported_from_idx";
  DROP INDEX "_guides_v_version_version_featured_image_idx";
  DROP INDEX "_guides_v_version_version_imported_from_idx";
  DROP INDEX "media_source_url_idx";
  ALTER TABLE "guides" DROP COLUMN "featured_image_id";
  ALTER TABLE "guides" DROP COLUMN "imported_from";
  ALTER TABLE "_guides_v" DROP COLUMN "version_featured_image_id";
  ALTER TABLE "_guides_v" DROP COLUMN "version_imported_from";
  ALTER TABLE "media" DROP COLUMN "caption";
  ALTER TABLE "media" DROP COLUMN "source_url";`)
}
