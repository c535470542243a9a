import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Full-text search over guides: `search_text` (kept up to date by collectSearchText) and a generated,
 * weighted tsvector over title and SEO title/keyword (A), excerpt and meta description (B) and the
 * rest of the guide (C), with a GIN index; pg_trgm on titles for typo-tolerant matching.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guides" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_search_text" varchar;`)

  // Guides saved before this column get their search text after the migrations run, from the live
  // code and the complete schema (lib/search/fill-missing-search-text.ts, scripts/migrate.ts).

  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  ALTER TABLE "guides" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce("title", '') || ' ' || coalesce("meta_title", '') || ' ' || coalesce("meta_focus_keyword", '')), 'A') ||
    setweight(to_tsvector('english', coalesce("excerpt", '') || ' ' || coalesce("meta_description", '')), 'B') ||
    setweight(to_tsvector('english', coalesce("search_text", '')), 'C')
  ) STORED;
  CREATE INDEX "guides_search_vector_idx" ON "guides" USING gin ("search_vector");
  CREATE INDEX "guides_title_trgm_idx" ON "guides" USING gin ("title" gin_trgm_ops);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "guides_title_trgm_idx";
  DROP INDEX IF EXISTS "guides_search_vector_idx";
  ALTER TABLE "guides" DROP COLUMN "search_vector";
  ALTER TABLE "guides" DROP COLUMN "search_text";
  ALTER TABLE "_guides_v" DROP COLUMN "version_search_text";`)
}
