import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`user_id\` integer,
  	\`user_email\` text,
  	\`role\` text,
  	\`school_id\` integer,
  	\`target_collection\` text,
  	\`target_id\` text,
  	\`target_title\` text,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`school_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_email_idx\` ON \`audit_log\` (\`user_email\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_school_idx\` ON \`audit_log\` (\`school_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_collection_idx\` ON \`audit_log\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_build\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'chua-build',
  	\`mode\` text,
  	\`trigger\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`last_success_at\` text,
  	\`duration_seconds\` numeric,
  	\`pages_rendered\` numeric,
  	\`pages_reused\` numeric,
  	\`log_tail\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_state\` text DEFAULT 'nhap';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_review_state_idx\` ON \`articles\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_submitted_at_idx\` ON \`articles\` (\`submitted_at\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_state\` text DEFAULT 'nhap';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_state_idx\` ON \`_articles_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_submitted_at_idx\` ON \`_articles_v\` (\`version_submitted_at\`);`)
  await db.run(sql`ALTER TABLE \`exemplars\` ADD \`review_state\` text DEFAULT 'nhap';`)
  await db.run(sql`ALTER TABLE \`exemplars\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`exemplars\` ADD \`submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`exemplars_review_state_idx\` ON \`exemplars\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_submitted_at_idx\` ON \`exemplars\` (\`submitted_at\`);`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` ADD \`version_review_state\` text DEFAULT 'nhap';`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_review_state_idx\` ON \`_exemplars_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_submitted_at_idx\` ON \`_exemplars_v\` (\`version_submitted_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`site_build\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`exemplars_id\` integer,
  	\`themes_id\` integer,
  	\`schools_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`consultations_id\` integer,
  	\`files_id\` integer,
  	\`feedback_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exemplars_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`schools_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consultations_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "exemplars_id", "themes_id", "schools_id", "media_id", "documents_id", "consultations_id", "files_id", "feedback_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "exemplars_id", "themes_id", "schools_id", "media_id", "documents_id", "consultations_id", "files_id", "feedback_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_exemplars_id_idx\` ON \`payload_locked_documents_rels\` (\`exemplars_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_schools_id_idx\` ON \`payload_locked_documents_rels\` (\`schools_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_consultations_id_idx\` ON \`payload_locked_documents_rels\` (\`consultations_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_files_id_idx\` ON \`payload_locked_documents_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`articles_review_state_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_submitted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`review_note\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`submitted_at\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_review_state_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_submitted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_review_note\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_submitted_at\`;`)
  await db.run(sql`DROP INDEX \`exemplars_review_state_idx\`;`)
  await db.run(sql`DROP INDEX \`exemplars_submitted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`exemplars\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`exemplars\` DROP COLUMN \`review_note\`;`)
  await db.run(sql`ALTER TABLE \`exemplars\` DROP COLUMN \`submitted_at\`;`)
  await db.run(sql`DROP INDEX \`_exemplars_v_version_version_review_state_idx\`;`)
  await db.run(sql`DROP INDEX \`_exemplars_v_version_version_submitted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` DROP COLUMN \`version_review_note\`;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` DROP COLUMN \`version_submitted_at\`;`)
}
