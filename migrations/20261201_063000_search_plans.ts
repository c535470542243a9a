import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Search reads a bounded number of rows whatever the number of guides (lib/search/query.ts).
 *
 * - Titles closest to the query come from a GiST trigram index, which returns them nearest first
 *   (`ORDER BY query <<-> title LIMIT n`) and stops after n. The GIN index it replaces can only list
 *   every similar title, which were then all scored and sorted, and PostgreSQL preferred scoring
 *   every title in the table: 38–59 ms at 10,000 guides against under 2 ms.
 * - `newest_published_guides_matching` finds the matches through the GIN index on search_vector.
 *   PostgreSQL cannot tell what testing a row costs (decompressing its 5–6 kB vector, ~27 µs), and
 *   with the table's few pages (the vectors live out of line) it estimates a scan of the table, or
 *   of the `_status` index, as cheaper: 50–270 ms at 10,000 guides, against 2–30 ms through the
 *   index. The function's SET clauses leave the planner no other plan for this one statement; the
 *   status test is on its text so that the `_status` index is no candidate either.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "guides_title_trgm_gist_idx" ON "guides" USING gist ("title" gist_trgm_ops);
  DROP INDEX IF EXISTS "guides_title_trgm_idx";
  CREATE OR REPLACE FUNCTION "newest_published_guides_matching"("query" tsquery, "how_many" integer)
    RETURNS SETOF integer
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
    SET enable_seqscan = off
    SET enable_indexscan = off
    AS $$
      SELECT "id" FROM "guides"
      WHERE "search_vector" @@ "query" AND "_status"::text = 'published'
      ORDER BY "published_at" DESC NULLS LAST
      LIMIT "how_many"
    $$;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP FUNCTION IF EXISTS "newest_published_guides_matching"(tsquery, integer);
  CREATE INDEX IF NOT EXISTS "guides_title_trgm_idx" ON "guides" USING gin ("title" gin_trgm_ops);
  DROP INDEX IF EXISTS "guides_title_trgm_gist_idx";`)
}
