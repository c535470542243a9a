import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { searchTextOf } from '../lib/search/search-text'

/**
 * Full-text search over guides: `search_text` (kept up to date by collectSearchText) and a generated,
 * weighted tsvector over title and SEO title/keyword (A), excerpt and meta description (B) and the
 * rest of the guide (C), with a GIN index; pg_trgm on titles for typo-tolerant matching.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guides" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_search_text" varchar;`)

  // Guides written before this migration get their search text now.
  const { docs } = await payload.find({ collection: 'guides', draft: false, depth: 1, pagination: false, req, overrideAccess: true })
  for (const guide of docs) {
    const taxonomyNames = [...(guide.technologies ?? []), ...(guide.skills ?? [])].flatMap((item) => (typeof item === 'object' && item ? [item.name] : []))
    const text = searchTextOf({ role: guide.role, content: guide.content, secondaryKeywords: guide.meta?.secondaryKeywords, taxonomyNames })
    await db.execute(sql`UPDATE "guides" SET "search_text" = ${text} WHERE "id" = ${guide.id}`)
  }

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
