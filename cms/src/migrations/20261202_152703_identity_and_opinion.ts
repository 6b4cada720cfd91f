import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`urgent_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`school_id\` integer NOT NULL,
  	\`occurred_at\` text NOT NULL,
  	\`place\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`affected\` text,
  	\`actions_taken\` text,
  	\`press_involved\` integer,
  	\`social_involved\` integer,
  	\`acknowledged\` integer DEFAULT false,
  	\`acknowledged_at\` text,
  	\`acknowledged_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`school_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`acknowledged_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`urgent_reports_school_idx\` ON \`urgent_reports\` (\`school_id\`);`)
  await db.run(sql`CREATE INDEX \`urgent_reports_acknowledged_idx\` ON \`urgent_reports\` (\`acknowledged\`);`)
  await db.run(sql`CREATE INDEX \`urgent_reports_acknowledged_by_idx\` ON \`urgent_reports\` (\`acknowledged_by_id\`);`)
  await db.run(sql`CREATE INDEX \`urgent_reports_updated_at_idx\` ON \`urgent_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`urgent_reports_created_at_idx\` ON \`urgent_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`urgent_reports_rels\` (
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
  await db.run(sql`CREATE INDEX \`urgent_reports_rels_order_idx\` ON \`urgent_reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`urgent_reports_rels_parent_idx\` ON \`urgent_reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`urgent_reports_rels_path_idx\` ON \`urgent_reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`urgent_reports_rels_files_id_idx\` ON \`urgent_reports_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`urgent_reports_rels_feedback_id_idx\` ON \`urgent_reports_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_linked_bodies\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_linked_bodies_order_idx\` ON \`site_settings_linked_bodies\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_linked_bodies_parent_id_idx\` ON \`site_settings_linked_bodies\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`schools\` ADD \`commune_kind\` text DEFAULT 'xa';`)
  await db.run(sql`ALTER TABLE \`schools\` ADD \`website\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`sender_group\` text;`)
  await db.run(sql`CREATE INDEX \`feedback_sender_group_idx\` ON \`feedback\` (\`sender_group\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`urgent_reports_id\` integer REFERENCES urgent_reports(id);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_urgent_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`urgent_reports_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`hotline\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`footer_licence\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`footer_responsible\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`footer_copyright\` text;`)
  await db.run(
    sql`ALTER TABLE \`site_settings\` ADD \`footer_republish\` text DEFAULT 'Ghi rõ nguồn khi phát hành lại thông tin từ trang này.';`,
  )
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`site_notice\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`feedback_ack_days\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`feedback_answer_days\` numeric;`)
  await db.run(
    sql`ALTER TABLE \`site_settings\` ADD \`consent_text\` text DEFAULT 'Tôi đồng ý để cơ quan tiếp nhận xử lý dữ liệu cá nhân của tôi (họ và tên, thư điện tử, số điện thoại) chỉ nhằm tiếp nhận, xử lý và trả lời ý kiến này, theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 của Quốc hội. Dữ liệu không được công khai và không được chuyển cho bên thứ ba khi chưa có sự đồng ý của tôi; tôi có thể rút lại sự đồng ý, yêu cầu xem, sửa hoặc xóa dữ liệu.';`,
  )
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`consent_version\` text DEFAULT '2026-01-luat-91-2025';`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`privacy_notice\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`urgent_reports\`;`)
  await db.run(sql`DROP TABLE \`urgent_reports_rels\`;`)
  await db.run(sql`DROP TABLE \`site_settings_linked_bodies\`;`)
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
  	\`feedback_ratings_id\` integer,
  	\`opinion_reports_id\` integer,
  	\`department_reports_id\` integer,
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
  	FOREIGN KEY (\`feedback_ratings_id\`) REFERENCES \`feedback_ratings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opinion_reports_id\`) REFERENCES \`opinion_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`department_reports_id\`) REFERENCES \`department_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "exemplars_id", "themes_id", "schools_id", "media_id", "documents_id", "consultations_id", "files_id", "feedback_id", "feedback_ratings_id", "opinion_reports_id", "department_reports_id", "users_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "articles_id", "exemplars_id", "themes_id", "schools_id", "media_id", "documents_id", "consultations_id", "files_id", "feedback_id", "feedback_ratings_id", "opinion_reports_id", "department_reports_id", "users_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`,
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
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_feedback_ratings_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_ratings_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_opinion_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`opinion_reports_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_department_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`department_reports_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`,
  )
  await db.run(sql`DROP INDEX \`feedback_sender_group_idx\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`sender_group\`;`)
  await db.run(sql`ALTER TABLE \`schools\` DROP COLUMN \`commune_kind\`;`)
  await db.run(sql`ALTER TABLE \`schools\` DROP COLUMN \`website\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`hotline\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`footer_licence\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`footer_responsible\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`footer_copyright\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`footer_republish\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`site_notice\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`feedback_ack_days\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`feedback_answer_days\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`consent_text\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`consent_version\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`privacy_notice\`;`)
}
