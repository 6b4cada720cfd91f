import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Hand edit: the urgent reports' links are copied for feedback only (the old table has no press, article or
// report-file columns; its attachments were public files, now private report files, and are not carried over).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`corrections\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`corrected_on\` text NOT NULL,
  	\`decided_by\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`corrections_corrected_on_idx\` ON \`corrections\` (\`corrected_on\`);`)
  await db.run(sql`CREATE INDEX \`corrections_updated_at_idx\` ON \`corrections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`corrections_created_at_idx\` ON \`corrections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`corrections_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`exemplars_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exemplars_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`corrections_rels_order_idx\` ON \`corrections_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`corrections_rels_parent_idx\` ON \`corrections_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`corrections_rels_path_idx\` ON \`corrections_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`corrections_rels_articles_id_idx\` ON \`corrections_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`corrections_rels_exemplars_id_idx\` ON \`corrections_rels\` (\`exemplars_id\`);`)
  await db.run(sql`CREATE TABLE \`work_schedules_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`day\` text,
  	\`time\` text,
  	\`content\` text,
  	\`leaders\` text,
  	\`place\` text,
  	\`participants\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`work_schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`work_schedules_entries_order_idx\` ON \`work_schedules_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`work_schedules_entries_parent_id_idx\` ON \`work_schedules_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`work_schedules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`week_start\` text,
  	\`title\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`work_schedules_week_start_idx\` ON \`work_schedules\` (\`week_start\`);`)
  await db.run(sql`CREATE INDEX \`work_schedules_updated_at_idx\` ON \`work_schedules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`work_schedules_created_at_idx\` ON \`work_schedules\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`work_schedules__status_idx\` ON \`work_schedules\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_work_schedules_v_version_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text,
  	\`time\` text,
  	\`content\` text,
  	\`leaders\` text,
  	\`place\` text,
  	\`participants\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_work_schedules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_work_schedules_v_version_entries_order_idx\` ON \`_work_schedules_v_version_entries\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`_work_schedules_v_version_entries_parent_id_idx\` ON \`_work_schedules_v_version_entries\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_work_schedules_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_week_start\` text,
  	\`version_title\` text,
  	\`version_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`work_schedules\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_work_schedules_v_parent_idx\` ON \`_work_schedules_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_schedules_v_version_version_week_start_idx\` ON \`_work_schedules_v\` (\`version_week_start\`);`)
  await db.run(sql`CREATE INDEX \`_work_schedules_v_version_version_updated_at_idx\` ON \`_work_schedules_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_work_schedules_v_version_version_created_at_idx\` ON \`_work_schedules_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_work_schedules_v_version_version__status_idx\` ON \`_work_schedules_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_work_schedules_v_created_at_idx\` ON \`_work_schedules_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_work_schedules_v_updated_at_idx\` ON \`_work_schedules_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_work_schedules_v_latest_idx\` ON \`_work_schedules_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`report_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`school_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`school_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`report_files_school_idx\` ON \`report_files\` (\`school_id\`);`)
  await db.run(sql`CREATE INDEX \`report_files_updated_at_idx\` ON \`report_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`report_files_created_at_idx\` ON \`report_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`report_files_filename_idx\` ON \`report_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`report_deadlines_reminders_sent\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`school_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`sent_at\` text,
  	FOREIGN KEY (\`school_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`report_deadlines\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`report_deadlines_reminders_sent_order_idx\` ON \`report_deadlines_reminders_sent\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`report_deadlines_reminders_sent_parent_id_idx\` ON \`report_deadlines_reminders_sent\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`report_deadlines_reminders_sent_school_idx\` ON \`report_deadlines_reminders_sent\` (\`school_id\`);`)
  await db.run(sql`CREATE TABLE \`report_deadlines\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`period_type\` text DEFAULT 'quy' NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`quarter\` numeric,
  	\`half\` numeric,
  	\`month\` numeric,
  	\`period_key\` text,
  	\`due_date\` text NOT NULL,
  	\`remind_days_before\` numeric DEFAULT 5 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`report_deadlines_period_key_idx\` ON \`report_deadlines\` (\`period_key\`);`)
  await db.run(sql`CREATE INDEX \`report_deadlines_due_date_idx\` ON \`report_deadlines\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`report_deadlines_updated_at_idx\` ON \`report_deadlines\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`report_deadlines_created_at_idx\` ON \`report_deadlines\` (\`created_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_urgent_reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`report_files_id\` integer,
  	\`feedback_id\` integer,
  	\`press_mentions_id\` integer,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`urgent_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_files_id\`) REFERENCES \`report_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_mentions_id\`) REFERENCES \`press_mentions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_urgent_reports_rels\`("id", "order", "parent_id", "path", "feedback_id") SELECT "id", "order", "parent_id", "path", "feedback_id" FROM \`urgent_reports_rels\` WHERE "path" = 'relatedFeedback';`,
  )
  await db.run(sql`DROP TABLE \`urgent_reports_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_urgent_reports_rels\` RENAME TO \`urgent_reports_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`urgent_reports_rels_order_idx\` ON \`urgent_reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`urgent_reports_rels_parent_idx\` ON \`urgent_reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`urgent_reports_rels_path_idx\` ON \`urgent_reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`urgent_reports_rels_report_files_id_idx\` ON \`urgent_reports_rels\` (\`report_files_id\`);`)
  await db.run(sql`CREATE INDEX \`urgent_reports_rels_feedback_id_idx\` ON \`urgent_reports_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`urgent_reports_rels_press_mentions_id_idx\` ON \`urgent_reports_rels\` (\`press_mentions_id\`);`)
  await db.run(sql`CREATE INDEX \`urgent_reports_rels_articles_id_idx\` ON \`urgent_reports_rels\` (\`articles_id\`);`)
  await db.run(sql`ALTER TABLE \`opinion_reports\` ADD \`half\` numeric;`)
  await db.run(sql`ALTER TABLE \`opinion_reports\` ADD \`signed_scan_id\` integer REFERENCES report_files(id);`)
  await db.run(sql`CREATE INDEX \`opinion_reports_signed_scan_idx\` ON \`opinion_reports\` (\`signed_scan_id\`);`)
  await db.run(sql`ALTER TABLE \`department_reports\` ADD \`half\` numeric;`)
  await db.run(sql`ALTER TABLE \`department_reports\` ADD \`recipient\` text DEFAULT 'Sở Giáo dục và Đào tạo (qua Văn phòng Sở)';`)
  await db.run(sql`ALTER TABLE \`department_reports\` ADD \`signed_scan_id\` integer REFERENCES report_files(id);`)
  await db.run(sql`ALTER TABLE \`department_reports\` ADD \`distribution\` text DEFAULT 'Như trên;
  Lãnh đạo Phòng;
  Lưu: VT, THTD.';`)
  await db.run(sql`ALTER TABLE \`department_reports\` ADD \`signer_authority\` text DEFAULT 'KT. TRƯỞNG PHÒNG';`)
  await db.run(sql`ALTER TABLE \`department_reports\` ADD \`signer_title\` text DEFAULT 'PHÓ TRƯỞNG PHÒNG';`)
  await db.run(sql`ALTER TABLE \`department_reports\` ADD \`signer_name\` text;`)
  await db.run(sql`CREATE INDEX \`department_reports_signed_scan_idx\` ON \`department_reports\` (\`signed_scan_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`corrections_id\` integer REFERENCES corrections(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`work_schedules_id\` integer REFERENCES work_schedules(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`report_files_id\` integer REFERENCES report_files(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`report_deadlines_id\` integer REFERENCES report_deadlines(id);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`corrections_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_work_schedules_id_idx\` ON \`payload_locked_documents_rels\` (\`work_schedules_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_report_files_id_idx\` ON \`payload_locked_documents_rels\` (\`report_files_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_report_deadlines_id_idx\` ON \`payload_locked_documents_rels\` (\`report_deadlines_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`english_name\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`english_parent_body\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`english_address\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`english_about\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`corrections\`;`)
  await db.run(sql`DROP TABLE \`corrections_rels\`;`)
  await db.run(sql`DROP TABLE \`work_schedules_entries\`;`)
  await db.run(sql`DROP TABLE \`work_schedules\`;`)
  await db.run(sql`DROP TABLE \`_work_schedules_v_version_entries\`;`)
  await db.run(sql`DROP TABLE \`_work_schedules_v\`;`)
  await db.run(sql`DROP TABLE \`report_files\`;`)
  await db.run(sql`DROP TABLE \`report_deadlines_reminders_sent\`;`)
  await db.run(sql`DROP TABLE \`report_deadlines\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_opinion_reports\` (
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
  await db.run(
    sql`INSERT INTO \`__new_opinion_reports\`("id", "title", "school_id", "period_type", "year", "quarter", "month", "period_key", "state", "submitted_at", "summary", "incidents", "updated_at", "created_at") SELECT "id", "title", "school_id", "period_type", "year", "quarter", "month", "period_key", "state", "submitted_at", "summary", "incidents", "updated_at", "created_at" FROM \`opinion_reports\`;`,
  )
  await db.run(sql`DROP TABLE \`opinion_reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_opinion_reports\` RENAME TO \`opinion_reports\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`opinion_reports_school_idx\` ON \`opinion_reports\` (\`school_id\`);`)
  await db.run(sql`CREATE INDEX \`opinion_reports_period_key_idx\` ON \`opinion_reports\` (\`period_key\`);`)
  await db.run(sql`CREATE INDEX \`opinion_reports_updated_at_idx\` ON \`opinion_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`opinion_reports_created_at_idx\` ON \`opinion_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_urgent_reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`files_id\` integer,
  	\`feedback_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`urgent_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_urgent_reports_rels\`("id", "order", "parent_id", "path", "feedback_id") SELECT "id", "order", "parent_id", "path", "feedback_id" FROM \`urgent_reports_rels\` WHERE "path" = 'relatedFeedback';`,
  )
  await db.run(sql`DROP TABLE \`urgent_reports_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_urgent_reports_rels\` RENAME TO \`urgent_reports_rels\`;`)
  await db.run(sql`CREATE INDEX \`urgent_reports_rels_order_idx\` ON \`urgent_reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`urgent_reports_rels_parent_idx\` ON \`urgent_reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`urgent_reports_rels_path_idx\` ON \`urgent_reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`urgent_reports_rels_files_id_idx\` ON \`urgent_reports_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`urgent_reports_rels_feedback_id_idx\` ON \`urgent_reports_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_department_reports\` (
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
  await db.run(
    sql`INSERT INTO \`__new_department_reports\`("id", "title", "period_type", "year", "quarter", "month", "period_key", "number", "place", "date", "narrative", "updated_at", "created_at") SELECT "id", "title", "period_type", "year", "quarter", "month", "period_key", "number", "place", "date", "narrative", "updated_at", "created_at" FROM \`department_reports\`;`,
  )
  await db.run(sql`DROP TABLE \`department_reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_department_reports\` RENAME TO \`department_reports\`;`)
  await db.run(sql`CREATE INDEX \`department_reports_period_key_idx\` ON \`department_reports\` (\`period_key\`);`)
  await db.run(sql`CREATE INDEX \`department_reports_updated_at_idx\` ON \`department_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`department_reports_created_at_idx\` ON \`department_reports\` (\`created_at\`);`)
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
  	\`announcements_id\` integer,
  	\`procedures_id\` integer,
  	\`events_id\` integer,
  	\`files_id\` integer,
  	\`feedback_id\` integer,
  	\`feedback_ratings_id\` integer,
  	\`opinion_reports_id\` integer,
  	\`urgent_reports_id\` integer,
  	\`press_mentions_id\` integer,
  	\`department_reports_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
  	\`leases_id\` integer,
  	\`rate_limit_hits_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exemplars_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`schools_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consultations_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`announcements_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_ratings_id\`) REFERENCES \`feedback_ratings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opinion_reports_id\`) REFERENCES \`opinion_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`urgent_reports_id\`) REFERENCES \`urgent_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_mentions_id\`) REFERENCES \`press_mentions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`department_reports_id\`) REFERENCES \`department_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leases_id\`) REFERENCES \`leases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limit_hits_id\`) REFERENCES \`rate_limit_hits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "exemplars_id", "themes_id", "schools_id", "media_id", "documents_id", "consultations_id", "announcements_id", "procedures_id", "events_id", "files_id", "feedback_id", "feedback_ratings_id", "opinion_reports_id", "urgent_reports_id", "press_mentions_id", "department_reports_id", "users_id", "audit_log_id", "leases_id", "rate_limit_hits_id") SELECT "id", "order", "parent_id", "path", "articles_id", "exemplars_id", "themes_id", "schools_id", "media_id", "documents_id", "consultations_id", "announcements_id", "procedures_id", "events_id", "files_id", "feedback_id", "feedback_ratings_id", "opinion_reports_id", "urgent_reports_id", "press_mentions_id", "department_reports_id", "users_id", "audit_log_id", "leases_id", "rate_limit_hits_id" FROM \`payload_locked_documents_rels\`;`,
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
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_announcements_id_idx\` ON \`payload_locked_documents_rels\` (\`announcements_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_files_id_idx\` ON \`payload_locked_documents_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_feedback_ratings_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_ratings_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_opinion_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`opinion_reports_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_urgent_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`urgent_reports_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_press_mentions_id_idx\` ON \`payload_locked_documents_rels\` (\`press_mentions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_department_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`department_reports_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`leases_id\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_rate_limit_hits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limit_hits_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`english_name\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`english_parent_body\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`english_address\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`english_about\`;`)
}
