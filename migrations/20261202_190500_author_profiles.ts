import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/** Author profiles (the `people` collection) and what guides say of them: authors, reviewer, last-reviewed date. */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "people_same_as" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "people" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"photo_id" integer,
  	"job_title" varchar,
  	"credentials" varchar,
  	"bio" varchar,
  	"account_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "guides" ADD COLUMN "reviewer_id" integer;
  ALTER TABLE "guides" ADD COLUMN "last_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "guides_rels" ADD COLUMN "people_id" integer;
  ALTER TABLE "_guides_v" ADD COLUMN "version_reviewer_id" integer;
  ALTER TABLE "_guides_v" ADD COLUMN "version_last_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_guides_v_rels" ADD COLUMN "people_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "people_id" integer;
  ALTER TABLE "people_same_as" ADD CONSTRAINT "people_same_as_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_account_id_users_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "people_same_as_order_idx" ON "people_same_as" USING btree ("_order");
  CREATE INDEX "people_same_as_parent_id_idx" ON "people_same_as" USING btree ("_parent_id");
  CREATE INDEX "people_name_idx" ON "people" USING btree ("name");
  CREATE UNIQUE INDEX "people_slug_idx" ON "people" USING btree ("slug");
  CREATE INDEX "people_photo_idx" ON "people" USING btree ("photo_id");
  CREATE UNIQUE INDEX "people_account_idx" ON "people" USING btree ("account_id");
  CREATE INDEX "people_updated_at_idx" ON "people" USING btree ("updated_at");
  CREATE INDEX "people_created_at_idx" ON "people" USING btree ("created_at");
  ALTER TABLE "guides" ADD CONSTRAINT "guides_reviewer_id_people_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_version_reviewer_id_people_id_fk" FOREIGN KEY ("version_reviewer_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "guides_reviewer_idx" ON "guides" USING btree ("reviewer_id");
  CREATE INDEX "guides_rels_people_id_idx" ON "guides_rels" USING btree ("people_id");
  CREATE INDEX "_guides_v_version_version_reviewer_idx" ON "_guides_v" USING btree ("version_reviewer_id");
  CREATE INDEX "_guides_v_rels_people_id_idx" ON "_guides_v_rels" USING btree ("people_id");
  CREATE INDEX "payload_locked_documents_rels_people_id_idx" ON "payload_locked_documents_rels" USING btree ("people_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "people_same_as" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "people" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "people_same_as" CASCADE;
  DROP TABLE "people" CASCADE;
  ALTER TABLE "guides" DROP CONSTRAINT "guides_reviewer_id_people_id_fk";
  
  ALTER TABLE "guides_rels" DROP CONSTRAINT "guides_rels_people_fk";
  
  ALTER TABLE "_guides_v" DROP CONSTRAINT "_guides_v_version_reviewer_id_people_id_fk";
  
  ALTER TABLE "_guides_v_rels" DROP CONSTRAINT "_guides_v_rels_people_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_people_fk";
  
  DROP INDEX "guides_reviewer_idx";
  DROP INDEX "guides_rels_people_id_idx";
  DROP INDEX "_guides_v_version_version_reviewer_idx";
  DROP INDEX "_guides_v_rels_people_id_idx";
  DROP INDEX "payload_locked_documents_rels_people_id_idx";
  ALTER TABLE "guides" DROP COLUMN "reviewer_id";
  ALTER TABLE "guides" DROP COLUMN "last_reviewed_at";
  ALTER TABLE "guides_rels" DROP COLUMN "people_id";
  ALTER TABLE "_guides_v" DROP COLUMN "version_reviewer_id";
  ALTER TABLE "_guides_v" DROP COLUMN "version_last_reviewed_at";
  ALTER TABLE "_guides_v_rels" DROP COLUMN "people_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "people_id";`)
}
