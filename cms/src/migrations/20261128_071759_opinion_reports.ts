import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`feedback_status_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'status',
  	\`status\` text,
  	\`at\` text,
  	\`by_id\` integer,
  	\`note\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_status_history_order_idx\` ON \`feedback_status_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`feedback_status_history_parent_id_idx\` ON \`feedback_status_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_status_history_by_idx\` ON \`feedback_status_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`opinion_reports_issues\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`issue\` text NOT NULL,
  	\`handling\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`opinion_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`opinion_reports_issues_order_idx\` ON \`opinion_reports_issues\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`opinion_reports_issues_parent_id_idx\` ON \`opinion_reports_issues\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`opinion_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`school_id\` integer NOT NULL,
  	\`period_type\` text DEFAULT 'quy' NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`quarter\` numeric,
  	\`month\` numeric,
  	\`period_key\` text,
  	\`state\` text DEFAULT 'nhap' NOT NULL,
  	\`submitted_at\` text,
  	\`summary\` text NOT NULL,
  	\`incidents\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`school_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`opinion_reports_school_idx\` ON \`opinion_reports\` (\`school_id\`);`)
  await db.run(sql`CREATE INDEX \`opinion_reports_period_key_idx\` ON \`opinion_reports\` (\`period_key\`);`)
  await db.run(sql`CREATE INDEX \`opinion_reports_updated_at_idx\` ON \`opinion_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`opinion_reports_created_at_idx\` ON \`opinion_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`department_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`period_type\` text DEFAULT 'quy' NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`quarter\` numeric,
  	\`month\` numeric,
  	\`period_key\` text,
  	\`number\` text,
  	\`place\` text,
  	\`date\` text,
  	\`narrative\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`department_reports_period_key_idx\` ON \`department_reports\` (\`period_key\`);`)
  await db.run(sql`CREATE INDEX \`department_reports_updated_at_idx\` ON \`department_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`department_reports_created_at_idx\` ON \`department_reports\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`priority\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`priority_topics\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`priority_reason\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`source\` text DEFAULT 'website' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`acknowledge_by\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`answer_by\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`consent_text\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`consent_version\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`internal_notes\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`forwarded_to\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`reject_reason\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`reject_note\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`answer\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`answered_at\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`answered_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`feedback_status_idx\` ON \`feedback\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`feedback_priority_idx\` ON \`feedback\` (\`priority\`);`)
  await db.run(sql`CREATE INDEX \`feedback_assignee_idx\` ON \`feedback\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_answer_by_idx\` ON \`feedback\` (\`answer_by\`);`)
  await db.run(sql`CREATE INDEX \`feedback_answered_by_idx\` ON \`feedback\` (\`answered_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`opinion_reports_id\` integer REFERENCES opinion_reports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`department_reports_id\` integer REFERENCES department_reports(id);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_opinion_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`opinion_reports_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_department_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`department_reports_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`feedback_status_history\`;`)
  await db.run(sql`DROP TABLE \`opinion_reports_issues\`;`)
  await db.run(sql`DROP TABLE \`opinion_reports\`;`)
  await db.run(sql`DROP TABLE \`department_reports\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_feedback\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`status\` text DEFAULT 'moi' NOT NULL,
  	\`received_at\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`theme_id\` integer,
  	\`school_id\` integer,
  	\`consultation_id\` integer,
  	\`subject\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text,
  	\`phone\` text,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`publish_answer\` integer,
  	\`show_name\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`theme_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`school_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`consultation_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_feedback\`("id", "code", "status", "received_at", "kind", "theme_id", "school_id", "consultation_id", "subject", "message", "name", "email", "phone", "consent", "publish_answer", "show_name", "updated_at", "created_at") SELECT "id", "code", "status", "received_at", "kind", "theme_id", "school_id", "consultation_id", "subject", "message", "name", "email", "phone", "consent", "publish_answer", "show_name", "updated_at", "created_at" FROM \`feedback\`;`,
  )
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`ALTER TABLE \`__new_feedback\` RENAME TO \`feedback\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_code_idx\` ON \`feedback\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`feedback_received_at_idx\` ON \`feedback\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_theme_idx\` ON \`feedback\` (\`theme_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_school_idx\` ON \`feedback\` (\`school_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_consultation_idx\` ON \`feedback\` (\`consultation_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
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
  	\`audit_log_id\` integer,
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "exemplars_id", "themes_id", "schools_id", "media_id", "documents_id", "consultations_id", "files_id", "feedback_id", "users_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "articles_id", "exemplars_id", "themes_id", "schools_id", "media_id", "documents_id", "consultations_id", "files_id", "feedback_id", "users_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`,
  )
}
