import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_guides_blocks_salary_rows_level" AS ENUM('entry', 'mid', 'senior', 'p10', 'p25', 'median', 'p75', 'p90');
  CREATE TYPE "public"."enum_guides_quick_facts_median_pay_period" AS ENUM('year', 'month', 'hour');
  CREATE TYPE "public"."enum__guides_v_blocks_salary_rows_level" AS ENUM('entry', 'mid', 'senior', 'p10', 'p25', 'median', 'p75', 'p90');
  CREATE TYPE "public"."enum__guides_v_version_quick_facts_median_pay_period" AS ENUM('year', 'month', 'hour');
  ALTER TABLE "guides_blocks_salary_rows" ADD COLUMN "level" "enum_guides_blocks_salary_rows_level";
  ALTER TABLE "guides" ADD COLUMN "quick_facts_median_pay_amount" numeric;
  ALTER TABLE "guides" ADD COLUMN "quick_facts_median_pay_currency" varchar DEFAULT 'USD';
  ALTER TABLE "guides" ADD COLUMN "quick_facts_median_pay_period" "enum_guides_quick_facts_median_pay_period" DEFAULT 'year';
  ALTER TABLE "guides" ADD COLUMN "quick_facts_median_pay_year" numeric;
  ALTER TABLE "guides" ADD COLUMN "quick_facts_median_pay_source" varchar;
  ALTER TABLE "guides" ADD COLUMN "quick_facts_median_pay_region" varchar;
  ALTER TABLE "guides" ADD COLUMN "quick_facts_entry_education" varchar;
  ALTER TABLE "guides" ADD COLUMN "quick_facts_experience" varchar;
  ALTER TABLE "guides" ADD COLUMN "quick_facts_outlook_growth_percent" numeric;
  ALTER TABLE "guides" ADD COLUMN "quick_facts_outlook_from_year" numeric;
  ALTER TABLE "guides" ADD COLUMN "quick_facts_outlook_to_year" numeric;
  ALTER TABLE "guides" ADD COLUMN "quick_facts_outlook_source" varchar;
  ALTER TABLE "guides" ADD COLUMN "quick_facts_jobs_count" numeric;
  ALTER TABLE "guides" ADD COLUMN "quick_facts_jobs_year" numeric;
  ALTER TABLE "guides" ADD COLUMN "quick_facts_jobs_source" varchar;
  ALTER TABLE "_guides_v_blocks_salary_rows" ADD COLUMN "level" "enum__guides_v_blocks_salary_rows_level";
  ALTER TABLE "_guides_v" ADD COLUMN "version_quick_facts_median_pay_amount" numeric;
  ALTER TABLE "_guides_v" ADD COLUMN "version_quick_facts_median_pay_currency" varchar DEFAULT 'USD';
  ALTER TABLE "_guides_v" ADD COLUMN "version_quick_facts_median_pay_period" "enum__guides_v_version_quick_facts_median_pay_period" DEFAULT 'year';
  ALTER TABLE "_guides_v" ADD COLUMN "version_quick_facts_median_pay_year" numeric;
  ALTER TABLE "_guides_v" ADD COLUMN "version_quick_facts_median_pay_source" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_quick_facts_median_pay_region" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_quick_facts_entry_education" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_quick_facts_experience" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_quick_facts_outlook_growth_percent" numeric;
  ALTER TABLE "_guides_v" ADD COLUMN "version_quick_facts_outlook_from_year" numeric;
  ALTER TABLE "_guides_v" ADD COLUMN "version_quick_facts_outlook_to_year" numeric;
  ALTER TABLE "_guides_v" ADD COLUMN "version_quick_facts_outlook_source" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_quick_facts_jobs_count" numeric;
  ALTER TABLE "_guides_v" ADD COLUMN "version_quick_facts_jobs_year" numeric;
  ALTER TABLE "_guides_v" ADD COLUMN "version_quick_facts_jobs_source" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guides_blocks_salary_rows" DROP COLUMN "level";
  ALTER TABLE "guides" DROP COLUMN "quick_facts_median_pay_amount";
  ALTER TABLE "guides" DROP COLUMN "quick_facts_median_pay_currency";
  ALTER TABLE "guides" DROP COLUMN "quick_facts_median_pay_period";
  ALTER TABLE "guides" DROP COLUMN "quick_facts_median_pay_year";
  ALTER TABLE "guides" DROP COLUMN "quick_facts_median_pay_source";
  ALTER TABLE "guides" DROP COLUMN "quick_facts_median_pay_region";
  ALTER TABLE "guides" DROP COLUMN "quick_facts_entry_education";
  ALTER TABLE "guides" DROP COLUMN "quick_facts_experience";
  ALTER TABLE "guides" DROP COLUMN "quick_facts_outlook_growth_percent";
  ALTER TABLE "guides" DROP COLUMN "quick_facts_outlook_from_year";
  ALTER TABLE "guides" DROP COLUMN "quick_facts_outlook_to_year";
  ALTER TABLE "guides" DROP COLUMN "quick_facts_outlook_source";
  ALTER TABLE "guides" DROP COLUMN "quick_facts_jobs_count";
  ALTER TABLE "guides" DROP COLUMN "quick_facts_jobs_year";
  ALTER TABLE "guides" DROP COLUMN "quick_facts_jobs_source";
  ALTER TABLE "_guides_v_blocks_salary_rows" DROP COLUMN "level";
  ALTER TABLE "_guides_v" DROP COLUMN "version_quick_facts_median_pay_amount";
  ALTER TABLE "_guides_v" DROP COLUMN "version_quick_facts_median_pay_currency";
  ALTER TABLE "_guides_v" DROP COLUMN "version_quick_facts_median_pay_period";
  ALTER TABLE "_guides_v" DROP COLUMN "version_quick_facts_median_pay_year";
  ALTER TABLE "_guides_v" DROP COLUMN "version_quick_facts_median_pay_source";
  ALTER TABLE "_guides_v" DROP COLUMN "version_quick_facts_median_pay_region";
  ALTER TABLE "_guides_v" DROP COLUMN "version_quick_facts_entry_education";
  ALTER TABLE "_guides_v" DROP COLUMN "version_quick_facts_experience";
  ALTER TABLE "_guides_v" DROP COLUMN "version_quick_facts_outlook_growth_percent";
  ALTER TABLE "_guides_v" DROP COLUMN "version_quick_facts_outlook_from_year";
  ALTER TABLE "_guides_v" DROP COLUMN "version_quick_facts_outlook_to_year";
  ALTER TABLE "_guides_v" DROP COLUMN "version_quick_facts_outlook_source";
  ALTER TABLE "_guides_v" DROP COLUMN "version_quick_facts_jobs_count";
  ALTER TABLE "_guides_v" DROP COLUMN "version_quick_facts_jobs_year";
  ALTER TABLE "_guides_v" DROP COLUMN "version_quick_facts_jobs_source";
  DROP TYPE "public"."enum_guides_blocks_salary_rows_level";
  DROP TYPE "public"."enum_guides_quick_facts_median_pay_period";
  DROP TYPE "public"."enum__guides_v_blocks_salary_rows_level";
  DROP TYPE "public"."enum__guides_v_version_quick_facts_median_pay_period";`)
}
