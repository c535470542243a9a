import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guides_blocks_faq" ADD COLUMN "intro" varchar;
  ALTER TABLE "_guides_v_blocks_faq" ADD COLUMN "intro" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guides_blocks_faq" DROP COLUMN "intro";
  ALTER TABLE "_guides_v_blocks_faq" DROP COLUMN "intro";`)
}
