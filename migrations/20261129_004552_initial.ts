import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_guides_blocks_section_heading_level" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum_guides_blocks_responsibilities_heading_level" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum_guides_blocks_technology_group_heading_level" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum_guides_blocks_technology_group_category" AS ENUM('programming-language', 'relational-database', 'nosql-database', 'api-concept', 'cloud-platform', 'version-control', 'devops-tool', 'framework', 'other');
  CREATE TYPE "public"."enum_guides_blocks_skill_list_heading_level" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum_guides_blocks_plain_list_heading_level" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum_guides_blocks_career_paths_heading_level" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum_guides_blocks_salary_rows_period" AS ENUM('year', 'month', 'hour');
  CREATE TYPE "public"."enum_guides_blocks_salary_heading_level" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum_guides_blocks_roadmap_heading_level" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum_guides_blocks_faq_heading_level" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum_guides_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__guides_v_blocks_section_heading_level" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum__guides_v_blocks_responsibilities_heading_level" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum__guides_v_blocks_technology_group_heading_level" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum__guides_v_blocks_technology_group_category" AS ENUM('programming-language', 'relational-database', 'nosql-database', 'api-concept', 'cloud-platform', 'version-control', 'devops-tool', 'framework', 'other');
  CREATE TYPE "public"."enum__guides_v_blocks_skill_list_heading_level" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum__guides_v_blocks_plain_list_heading_level" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum__guides_v_blocks_career_paths_heading_level" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum__guides_v_blocks_salary_rows_period" AS ENUM('year', 'month', 'hour');
  CREATE TYPE "public"."enum__guides_v_blocks_salary_heading_level" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum__guides_v_blocks_roadmap_heading_level" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum__guides_v_blocks_faq_heading_level" AS ENUM('2', '3', '4');
  CREATE TYPE "public"."enum__guides_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_technologies_category" AS ENUM('programming-language', 'relational-database', 'nosql-database', 'api-concept', 'cloud-platform', 'version-control', 'devops-tool', 'framework', 'other');
  CREATE TYPE "public"."enum_skills_kind" AS ENUM('technical', 'soft');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'author');
  CREATE TABLE "guides_blocks_section" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"heading_level" "enum_guides_blocks_section_heading_level" DEFAULT '2',
  	"content" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "guides_blocks_responsibilities_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar
  );
  
  CREATE TABLE "guides_blocks_responsibilities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"heading_level" "enum_guides_blocks_responsibilities_heading_level" DEFAULT '2',
  	"intro" varchar,
  	"outro" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "guides_blocks_technology_group" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"heading_level" "enum_guides_blocks_technology_group_heading_level" DEFAULT '2',
  	"category" "enum_guides_blocks_technology_group_category" DEFAULT 'other',
  	"intro" varchar,
  	"outro" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "guides_blocks_skill_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"heading_level" "enum_guides_blocks_skill_list_heading_level" DEFAULT '2',
  	"intro" varchar,
  	"outro" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "guides_blocks_plain_list_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "guides_blocks_plain_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"heading_level" "enum_guides_blocks_plain_list_heading_level" DEFAULT '2',
  	"intro" varchar,
  	"ordered" boolean DEFAULT false,
  	"outro" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "guides_blocks_career_paths_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"guide_id" integer
  );
  
  CREATE TABLE "guides_blocks_career_paths" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"heading_level" "enum_guides_blocks_career_paths_heading_level" DEFAULT '2',
  	"intro" varchar,
  	"outro" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "guides_blocks_salary_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"region" varchar,
  	"currency" varchar DEFAULT 'USD',
  	"min" numeric,
  	"max" numeric,
  	"period" "enum_guides_blocks_salary_rows_period" DEFAULT 'year',
  	"source" varchar,
  	"year" numeric
  );
  
  CREATE TABLE "guides_blocks_salary" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"heading_level" "enum_guides_blocks_salary_heading_level" DEFAULT '2',
  	"intro" varchar,
  	"outro" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "guides_blocks_roadmap_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar
  );
  
  CREATE TABLE "guides_blocks_roadmap" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"heading_level" "enum_guides_blocks_roadmap_heading_level" DEFAULT '2',
  	"intro" varchar,
  	"outro" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "guides_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar
  );
  
  CREATE TABLE "guides_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"heading_level" "enum_guides_blocks_faq_heading_level" DEFAULT '2',
  	"block_name" varchar
  );
  
  CREATE TABLE "guides" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"role" varchar,
  	"slug" varchar,
  	"excerpt" varchar,
  	"published_at" timestamp(3) with time zone,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"meta_focus_keyword" varchar,
  	"meta_canonical_url" varchar,
  	"meta_noindex" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_guides_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "guides_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "guides_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"technologies_id" integer,
  	"skills_id" integer
  );
  
  CREATE TABLE "_guides_v_blocks_section" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"heading_level" "enum__guides_v_blocks_section_heading_level" DEFAULT '2',
  	"content" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_responsibilities_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_responsibilities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"heading_level" "enum__guides_v_blocks_responsibilities_heading_level" DEFAULT '2',
  	"intro" varchar,
  	"outro" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_technology_group" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"heading_level" "enum__guides_v_blocks_technology_group_heading_level" DEFAULT '2',
  	"category" "enum__guides_v_blocks_technology_group_category" DEFAULT 'other',
  	"intro" varchar,
  	"outro" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_skill_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"heading_level" "enum__guides_v_blocks_skill_list_heading_level" DEFAULT '2',
  	"intro" varchar,
  	"outro" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_plain_list_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_plain_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"heading_level" "enum__guides_v_blocks_plain_list_heading_level" DEFAULT '2',
  	"intro" varchar,
  	"ordered" boolean DEFAULT false,
  	"outro" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_career_paths_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"guide_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_career_paths" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"heading_level" "enum__guides_v_blocks_career_paths_heading_level" DEFAULT '2',
  	"intro" varchar,
  	"outro" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_salary_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"region" varchar,
  	"currency" varchar DEFAULT 'USD',
  	"min" numeric,
  	"max" numeric,
  	"period" "enum__guides_v_blocks_salary_rows_period" DEFAULT 'year',
  	"source" varchar,
  	"year" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_salary" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"heading_level" "enum__guides_v_blocks_salary_heading_level" DEFAULT '2',
  	"intro" varchar,
  	"outro" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_roadmap_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_roadmap" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"heading_level" "enum__guides_v_blocks_roadmap_heading_level" DEFAULT '2',
  	"intro" varchar,
  	"outro" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"heading_level" "enum__guides_v_blocks_faq_heading_level" DEFAULT '2',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_guides_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_role" varchar,
  	"version_slug" varchar,
  	"version_excerpt" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_meta_focus_keyword" varchar,
  	"version_meta_canonical_url" varchar,
  	"version_meta_noindex" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__guides_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_guides_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_guides_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"technologies_id" integer,
  	"skills_id" integer
  );
  
  CREATE TABLE "technologies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"abbreviation" varchar,
  	"category" "enum_technologies_category" DEFAULT 'other' NOT NULL,
  	"language_id" integer,
  	"description" varchar,
  	"website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "skills" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_skills_kind" DEFAULT 'technical' NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_content_url" varchar,
  	"sizes_content_width" numeric,
  	"sizes_content_height" numeric,
  	"sizes_content_mime_type" varchar,
  	"sizes_content_filesize" numeric,
  	"sizes_content_filename" varchar
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"guides_id" integer,
  	"technologies_id" integer,
  	"skills_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "guides_blocks_section" ADD CONSTRAINT "guides_blocks_section_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_responsibilities_items" ADD CONSTRAINT "guides_blocks_responsibilities_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_blocks_responsibilities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_responsibilities" ADD CONSTRAINT "guides_blocks_responsibilities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_technology_group" ADD CONSTRAINT "guides_blocks_technology_group_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_skill_list" ADD CONSTRAINT "guides_blocks_skill_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_plain_list_items" ADD CONSTRAINT "guides_blocks_plain_list_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_blocks_plain_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_plain_list" ADD CONSTRAINT "guides_blocks_plain_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_career_paths_items" ADD CONSTRAINT "guides_blocks_career_paths_items_guide_id_guides_id_fk" FOREIGN KEY ("guide_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides_blocks_career_paths_items" ADD CONSTRAINT "guides_blocks_career_paths_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_blocks_career_paths"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_career_paths" ADD CONSTRAINT "guides_blocks_career_paths_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_salary_rows" ADD CONSTRAINT "guides_blocks_salary_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_blocks_salary"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_salary" ADD CONSTRAINT "guides_blocks_salary_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_roadmap_steps" ADD CONSTRAINT "guides_blocks_roadmap_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_blocks_roadmap"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_roadmap" ADD CONSTRAINT "guides_blocks_roadmap_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_faq_items" ADD CONSTRAINT "guides_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_blocks_faq" ADD CONSTRAINT "guides_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides" ADD CONSTRAINT "guides_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides_texts" ADD CONSTRAINT "guides_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_technologies_fk" FOREIGN KEY ("technologies_id") REFERENCES "public"."technologies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_skills_fk" FOREIGN KEY ("skills_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_section" ADD CONSTRAINT "_guides_v_blocks_section_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_responsibilities_items" ADD CONSTRAINT "_guides_v_blocks_responsibilities_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v_blocks_responsibilities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_responsibilities" ADD CONSTRAINT "_guides_v_blocks_responsibilities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_technology_group" ADD CONSTRAINT "_guides_v_blocks_technology_group_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_skill_list" ADD CONSTRAINT "_guides_v_blocks_skill_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_plain_list_items" ADD CONSTRAINT "_guides_v_blocks_plain_list_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v_blocks_plain_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_plain_list" ADD CONSTRAINT "_guides_v_blocks_plain_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_career_paths_items" ADD CONSTRAINT "_guides_v_blocks_career_paths_items_guide_id_guides_id_fk" FOREIGN KEY ("guide_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_career_paths_items" ADD CONSTRAINT "_guides_v_blocks_career_paths_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v_blocks_career_paths"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_career_paths" ADD CONSTRAINT "_guides_v_blocks_career_paths_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_salary_rows" ADD CONSTRAINT "_guides_v_blocks_salary_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v_blocks_salary"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_salary" ADD CONSTRAINT "_guides_v_blocks_salary_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_roadmap_steps" ADD CONSTRAINT "_guides_v_blocks_roadmap_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v_blocks_roadmap"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_roadmap" ADD CONSTRAINT "_guides_v_blocks_roadmap_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_faq_items" ADD CONSTRAINT "_guides_v_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_blocks_faq" ADD CONSTRAINT "_guides_v_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_parent_id_guides_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_texts" ADD CONSTRAINT "_guides_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_technologies_fk" FOREIGN KEY ("technologies_id") REFERENCES "public"."technologies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_skills_fk" FOREIGN KEY ("skills_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "technologies" ADD CONSTRAINT "technologies_language_id_technologies_id_fk" FOREIGN KEY ("language_id") REFERENCES "public"."technologies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_technologies_fk" FOREIGN KEY ("technologies_id") REFERENCES "public"."technologies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_skills_fk" FOREIGN KEY ("skills_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "guides_blocks_section_order_idx" ON "guides_blocks_section" USING btree ("_order");
  CREATE INDEX "guides_blocks_section_parent_id_idx" ON "guides_blocks_section" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_section_path_idx" ON "guides_blocks_section" USING btree ("_path");
  CREATE INDEX "guides_blocks_responsibilities_items_order_idx" ON "guides_blocks_responsibilities_items" USING btree ("_order");
  CREATE INDEX "guides_blocks_responsibilities_items_parent_id_idx" ON "guides_blocks_responsibilities_items" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_responsibilities_order_idx" ON "guides_blocks_responsibilities" USING btree ("_order");
  CREATE INDEX "guides_blocks_responsibilities_parent_id_idx" ON "guides_blocks_responsibilities" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_responsibilities_path_idx" ON "guides_blocks_responsibilities" USING btree ("_path");
  CREATE INDEX "guides_blocks_technology_group_order_idx" ON "guides_blocks_technology_group" USING btree ("_order");
  CREATE INDEX "guides_blocks_technology_group_parent_id_idx" ON "guides_blocks_technology_group" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_technology_group_path_idx" ON "guides_blocks_technology_group" USING btree ("_path");
  CREATE INDEX "guides_blocks_skill_list_order_idx" ON "guides_blocks_skill_list" USING btree ("_order");
  CREATE INDEX "guides_blocks_skill_list_parent_id_idx" ON "guides_blocks_skill_list" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_skill_list_path_idx" ON "guides_blocks_skill_list" USING btree ("_path");
  CREATE INDEX "guides_blocks_plain_list_items_order_idx" ON "guides_blocks_plain_list_items" USING btree ("_order");
  CREATE INDEX "guides_blocks_plain_list_items_parent_id_idx" ON "guides_blocks_plain_list_items" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_plain_list_order_idx" ON "guides_blocks_plain_list" USING btree ("_order");
  CREATE INDEX "guides_blocks_plain_list_parent_id_idx" ON "guides_blocks_plain_list" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_plain_list_path_idx" ON "guides_blocks_plain_list" USING btree ("_path");
  CREATE INDEX "guides_blocks_career_paths_items_order_idx" ON "guides_blocks_career_paths_items" USING btree ("_order");
  CREATE INDEX "guides_blocks_career_paths_items_parent_id_idx" ON "guides_blocks_career_paths_items" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_career_paths_items_guide_idx" ON "guides_blocks_career_paths_items" USING btree ("guide_id");
  CREATE INDEX "guides_blocks_career_paths_order_idx" ON "guides_blocks_career_paths" USING btree ("_order");
  CREATE INDEX "guides_blocks_career_paths_parent_id_idx" ON "guides_blocks_career_paths" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_career_paths_path_idx" ON "guides_blocks_career_paths" USING btree ("_path");
  CREATE INDEX "guides_blocks_salary_rows_order_idx" ON "guides_blocks_salary_rows" USING btree ("_order");
  CREATE INDEX "guides_blocks_salary_rows_parent_id_idx" ON "guides_blocks_salary_rows" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_salary_order_idx" ON "guides_blocks_salary" USING btree ("_order");
  CREATE INDEX "guides_blocks_salary_parent_id_idx" ON "guides_blocks_salary" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_salary_path_idx" ON "guides_blocks_salary" USING btree ("_path");
  CREATE INDEX "guides_blocks_roadmap_steps_order_idx" ON "guides_blocks_roadmap_steps" USING btree ("_order");
  CREATE INDEX "guides_blocks_roadmap_steps_parent_id_idx" ON "guides_blocks_roadmap_steps" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_roadmap_order_idx" ON "guides_blocks_roadmap" USING btree ("_order");
  CREATE INDEX "guides_blocks_roadmap_parent_id_idx" ON "guides_blocks_roadmap" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_roadmap_path_idx" ON "guides_blocks_roadmap" USING btree ("_path");
  CREATE INDEX "guides_blocks_faq_items_order_idx" ON "guides_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "guides_blocks_faq_items_parent_id_idx" ON "guides_blocks_faq_items" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_faq_order_idx" ON "guides_blocks_faq" USING btree ("_order");
  CREATE INDEX "guides_blocks_faq_parent_id_idx" ON "guides_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "guides_blocks_faq_path_idx" ON "guides_blocks_faq" USING btree ("_path");
  CREATE INDEX "guides_role_idx" ON "guides" USING btree ("role");
  CREATE UNIQUE INDEX "guides_slug_idx" ON "guides" USING btree ("slug");
  CREATE INDEX "guides_published_at_idx" ON "guides" USING btree ("published_at");
  CREATE INDEX "guides_meta_meta_image_idx" ON "guides" USING btree ("meta_image_id");
  CREATE INDEX "guides_updated_at_idx" ON "guides" USING btree ("updated_at");
  CREATE INDEX "guides_created_at_idx" ON "guides" USING btree ("created_at");
  CREATE INDEX "guides__status_idx" ON "guides" USING btree ("_status");
  CREATE INDEX "guides_texts_order_parent" ON "guides_texts" USING btree ("order","parent_id");
  CREATE INDEX "guides_rels_order_idx" ON "guides_rels" USING btree ("order");
  CREATE INDEX "guides_rels_parent_idx" ON "guides_rels" USING btree ("parent_id");
  CREATE INDEX "guides_rels_path_idx" ON "guides_rels" USING btree ("path");
  CREATE INDEX "guides_rels_technologies_id_idx" ON "guides_rels" USING btree ("technologies_id");
  CREATE INDEX "guides_rels_skills_id_idx" ON "guides_rels" USING btree ("skills_id");
  CREATE INDEX "_guides_v_blocks_section_order_idx" ON "_guides_v_blocks_section" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_section_parent_id_idx" ON "_guides_v_blocks_section" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_section_path_idx" ON "_guides_v_blocks_section" USING btree ("_path");
  CREATE INDEX "_guides_v_blocks_responsibilities_items_order_idx" ON "_guides_v_blocks_responsibilities_items" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_responsibilities_items_parent_id_idx" ON "_guides_v_blocks_responsibilities_items" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_responsibilities_order_idx" ON "_guides_v_blocks_responsibilities" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_responsibilities_parent_id_idx" ON "_guides_v_blocks_responsibilities" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_responsibilities_path_idx" ON "_guides_v_blocks_responsibilities" USING btree ("_path");
  CREATE INDEX "_guides_v_blocks_technology_group_order_idx" ON "_guides_v_blocks_technology_group" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_technology_group_parent_id_idx" ON "_guides_v_blocks_technology_group" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_technology_group_path_idx" ON "_guides_v_blocks_technology_group" USING btree ("_path");
  CREATE INDEX "_guides_v_blocks_skill_list_order_idx" ON "_guides_v_blocks_skill_list" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_skill_list_parent_id_idx" ON "_guides_v_blocks_skill_list" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_skill_list_path_idx" ON "_guides_v_blocks_skill_list" USING btree ("_path");
  CREATE INDEX "_guides_v_blocks_plain_list_items_order_idx" ON "_guides_v_blocks_plain_list_items" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_plain_list_items_parent_id_idx" ON "_guides_v_blocks_plain_list_items" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_plain_list_order_idx" ON "_guides_v_blocks_plain_list" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_plain_list_parent_id_idx" ON "_guides_v_blocks_plain_list" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_plain_list_path_idx" ON "_guides_v_blocks_plain_list" USING btree ("_path");
  CREATE INDEX "_guides_v_blocks_career_paths_items_order_idx" ON "_guides_v_blocks_career_paths_items" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_career_paths_items_parent_id_idx" ON "_guides_v_blocks_career_paths_items" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_career_paths_items_guide_idx" ON "_guides_v_blocks_career_paths_items" USING btree ("guide_id");
  CREATE INDEX "_guides_v_blocks_career_paths_order_idx" ON "_guides_v_blocks_career_paths" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_career_paths_parent_id_idx" ON "_guides_v_blocks_career_paths" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_career_paths_path_idx" ON "_guides_v_blocks_career_paths" USING btree ("_path");
  CREATE INDEX "_guides_v_blocks_salary_rows_order_idx" ON "_guides_v_blocks_salary_rows" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_salary_rows_parent_id_idx" ON "_guides_v_blocks_salary_rows" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_salary_order_idx" ON "_guides_v_blocks_salary" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_salary_parent_id_idx" ON "_guides_v_blocks_salary" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_salary_path_idx" ON "_guides_v_blocks_salary" USING btree ("_path");
  CREATE INDEX "_guides_v_blocks_roadmap_steps_order_idx" ON "_guides_v_blocks_roadmap_steps" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_roadmap_steps_parent_id_idx" ON "_guides_v_blocks_roadmap_steps" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_roadmap_order_idx" ON "_guides_v_blocks_roadmap" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_roadmap_parent_id_idx" ON "_guides_v_blocks_roadmap" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_roadmap_path_idx" ON "_guides_v_blocks_roadmap" USING btree ("_path");
  CREATE INDEX "_guides_v_blocks_faq_items_order_idx" ON "_guides_v_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_faq_items_parent_id_idx" ON "_guides_v_blocks_faq_items" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_faq_order_idx" ON "_guides_v_blocks_faq" USING btree ("_order");
  CREATE INDEX "_guides_v_blocks_faq_parent_id_idx" ON "_guides_v_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_blocks_faq_path_idx" ON "_guides_v_blocks_faq" USING btree ("_path");
  CREATE INDEX "_guides_v_parent_idx" ON "_guides_v" USING btree ("parent_id");
  CREATE INDEX "_guides_v_version_version_role_idx" ON "_guides_v" USING btree ("version_role");
  CREATE INDEX "_guides_v_version_version_slug_idx" ON "_guides_v" USING btree ("version_slug");
  CREATE INDEX "_guides_v_version_version_published_at_idx" ON "_guides_v" USING btree ("version_published_at");
  CREATE INDEX "_guides_v_version_meta_version_meta_image_idx" ON "_guides_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_guides_v_version_version_updated_at_idx" ON "_guides_v" USING btree ("version_updated_at");
  CREATE INDEX "_guides_v_version_version_created_at_idx" ON "_guides_v" USING btree ("version_created_at");
  CREATE INDEX "_guides_v_version_version__status_idx" ON "_guides_v" USING btree ("version__status");
  CREATE INDEX "_guides_v_created_at_idx" ON "_guides_v" USING btree ("created_at");
  CREATE INDEX "_guides_v_updated_at_idx" ON "_guides_v" USING btree ("updated_at");
  CREATE INDEX "_guides_v_latest_idx" ON "_guides_v" USING btree ("latest");
  CREATE INDEX "_guides_v_autosave_idx" ON "_guides_v" USING btree ("autosave");
  CREATE INDEX "_guides_v_texts_order_parent" ON "_guides_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_guides_v_rels_order_idx" ON "_guides_v_rels" USING btree ("order");
  CREATE INDEX "_guides_v_rels_parent_idx" ON "_guides_v_rels" USING btree ("parent_id");
  CREATE INDEX "_guides_v_rels_path_idx" ON "_guides_v_rels" USING btree ("path");
  CREATE INDEX "_guides_v_rels_technologies_id_idx" ON "_guides_v_rels" USING btree ("technologies_id");
  CREATE INDEX "_guides_v_rels_skills_id_idx" ON "_guides_v_rels" USING btree ("skills_id");
  CREATE UNIQUE INDEX "technologies_name_idx" ON "technologies" USING btree ("name");
  CREATE UNIQUE INDEX "technologies_slug_idx" ON "technologies" USING btree ("slug");
  CREATE INDEX "technologies_category_idx" ON "technologies" USING btree ("category");
  CREATE INDEX "technologies_language_idx" ON "technologies" USING btree ("language_id");
  CREATE INDEX "technologies_updated_at_idx" ON "technologies" USING btree ("updated_at");
  CREATE INDEX "technologies_created_at_idx" ON "technologies" USING btree ("created_at");
  CREATE UNIQUE INDEX "skills_name_idx" ON "skills" USING btree ("name");
  CREATE UNIQUE INDEX "skills_slug_idx" ON "skills" USING btree ("slug");
  CREATE INDEX "skills_kind_idx" ON "skills" USING btree ("kind");
  CREATE INDEX "skills_updated_at_idx" ON "skills" USING btree ("updated_at");
  CREATE INDEX "skills_created_at_idx" ON "skills" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_content_sizes_content_filename_idx" ON "media" USING btree ("sizes_content_filename");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_guides_id_idx" ON "payload_locked_documents_rels" USING btree ("guides_id");
  CREATE INDEX "payload_locked_documents_rels_technologies_id_idx" ON "payload_locked_documents_rels" USING btree ("technologies_id");
  CREATE INDEX "payload_locked_documents_rels_skills_id_idx" ON "payload_locked_documents_rels" USING btree ("skills_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "guides_blocks_section" CASCADE;
  DROP TABLE "guides_blocks_responsibilities_items" CASCADE;
  DROP TABLE "guides_blocks_responsibilities" CASCADE;
  DROP TABLE "guides_blocks_technology_group" CASCADE;
  DROP TABLE "guides_blocks_skill_list" CASCADE;
  DROP TABLE "guides_blocks_plain_list_items" CASCADE;
  DROP TABLE "guides_blocks_plain_list" CASCADE;
  DROP TABLE "guides_blocks_career_paths_items" CASCADE;
  DROP TABLE "guides_blocks_career_paths" CASCADE;
  DROP TABLE "guides_blocks_salary_rows" CASCADE;
  DROP TABLE "guides_blocks_salary" CASCADE;
  DROP TABLE "guides_blocks_roadmap_steps" CASCADE;
  DROP TABLE "guides_blocks_roadmap" CASCADE;
  DROP TABLE "guides_blocks_faq_items" CASCADE;
  DROP TABLE "guides_blocks_faq" CASCADE;
  DROP TABLE "guides" CASCADE;
  DROP TABLE "guides_texts" CASCADE;
  DROP TABLE "guides_rels" CASCADE;
  DROP TABLE "_guides_v_blocks_section" CASCADE;
  DROP TABLE "_guides_v_blocks_responsibilities_items" CASCADE;
  DROP TABLE "_guides_v_blocks_responsibilities" CASCADE;
  DROP TABLE "_guides_v_blocks_technology_group" CASCADE;
  DROP TABLE "_guides_v_blocks_skill_list" CASCADE;
  DROP TABLE "_guides_v_blocks_plain_list_items" CASCADE;
  DROP TABLE "_guides_v_blocks_plain_list" CASCADE;
  DROP TABLE "_guides_v_blocks_career_paths_items" CASCADE;
  DROP TABLE "_guides_v_blocks_career_paths" CASCADE;
  DROP TABLE "_guides_v_blocks_salary_rows" CASCADE;
  DROP TABLE "_guides_v_blocks_salary" CASCADE;
  DROP TABLE "_guides_v_blocks_roadmap_steps" CASCADE;
  DROP TABLE "_guides_v_blocks_roadmap" CASCADE;
  DROP TABLE "_guides_v_blocks_faq_items" CASCADE;
  DROP TABLE "_guides_v_blocks_faq" CASCADE;
  DROP TABLE "_guides_v" CASCADE;
  DROP TABLE "_guides_v_texts" CASCADE;
  DROP TABLE "_guides_v_rels" CASCADE;
  DROP TABLE "technologies" CASCADE;
  DROP TABLE "skills" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_guides_blocks_section_heading_level";
  DROP TYPE "public"."enum_guides_blocks_responsibilities_heading_level";
  DROP TYPE "public"."enum_guides_blocks_technology_group_heading_level";
  DROP TYPE "public"."enum_guides_blocks_technology_group_category";
  DROP TYPE "public"."enum_guides_blocks_skill_list_heading_level";
  DROP TYPE "public"."enum_guides_blocks_plain_list_heading_level";
  DROP TYPE "public"."enum_guides_blocks_career_paths_heading_level";
  DROP TYPE "public"."enum_guides_blocks_salary_rows_period";
  DROP TYPE "public"."enum_guides_blocks_salary_heading_level";
  DROP TYPE "public"."enum_guides_blocks_roadmap_heading_level";
  DROP TYPE "public"."enum_guides_blocks_faq_heading_level";
  DROP TYPE "public"."enum_guides_status";
  DROP TYPE "public"."enum__guides_v_blocks_section_heading_level";
  DROP TYPE "public"."enum__guides_v_blocks_responsibilities_heading_level";
  DROP TYPE "public"."enum__guides_v_blocks_technology_group_heading_level";
  DROP TYPE "public"."enum__guides_v_blocks_technology_group_category";
  DROP TYPE "public"."enum__guides_v_blocks_skill_list_heading_level";
  DROP TYPE "public"."enum__guides_v_blocks_plain_list_heading_level";
  DROP TYPE "public"."enum__guides_v_blocks_career_paths_heading_level";
  DROP TYPE "public"."enum__guides_v_blocks_salary_rows_period";
  DROP TYPE "public"."enum__guides_v_blocks_salary_heading_level";
  DROP TYPE "public"."enum__guides_v_blocks_roadmap_heading_level";
  DROP TYPE "public"."enum__guides_v_blocks_faq_heading_level";
  DROP TYPE "public"."enum__guides_v_version_status";
  DROP TYPE "public"."enum_technologies_category";
  DROP TYPE "public"."enum_skills_kind";
  DROP TYPE "public"."enum_users_roles";`)
}
