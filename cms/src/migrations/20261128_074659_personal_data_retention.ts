import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`anonymised_at\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`qa_published\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`qa_title\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`qa_question\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`qa_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`rating\` numeric;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`rating_comment\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`rated_at\` text;`)
  await db.run(sql`CREATE INDEX \`feedback_anonymised_at_idx\` ON \`feedback\` (\`anonymised_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_qa_published_idx\` ON \`feedback\` (\`qa_published\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`retention_months\` numeric DEFAULT 24;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`DROP INDEX \`feedback_anonymised_at_idx\`;`)
  await db.run(sql`DROP INDEX \`feedback_qa_published_idx\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`anonymised_at\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`qa_published\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`qa_title\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`qa_question\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`qa_published_at\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`rating\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`rating_comment\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`rated_at\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`retention_months\`;`)
}
