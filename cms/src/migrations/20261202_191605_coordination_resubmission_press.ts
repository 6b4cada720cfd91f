import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`press_mentions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`channel\` text DEFAULT 'bao-chi' NOT NULL,
  	\`outlet\` text NOT NULL,
  	\`published_at\` text NOT NULL,
  	\`url\` text,
  	\`theme_id\` integer,
  	\`school_id\` integer,
  	\`tone\` text NOT NULL,
  	\`needs_response\` integer DEFAULT false,
  	\`summary\` text,
  	\`response\` text,
  	\`respond_by\` text,
  	\`responded_at\` text,
  	\`responded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`theme_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`school_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`responded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`press_mentions_outlet_idx\` ON \`press_mentions\` (\`outlet\`);`)
  await db.run(sql`CREATE INDEX \`press_mentions_published_at_idx\` ON \`press_mentions\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`press_mentions_theme_idx\` ON \`press_mentions\` (\`theme_id\`);`)
  await db.run(sql`CREATE INDEX \`press_mentions_school_idx\` ON \`press_mentions\` (\`school_id\`);`)
  await db.run(sql`CREATE INDEX \`press_mentions_tone_idx\` ON \`press_mentions\` (\`tone\`);`)
  await db.run(sql`CREATE INDEX \`press_mentions_respond_by_idx\` ON \`press_mentions\` (\`respond_by\`);`)
  await db.run(sql`CREATE INDEX \`press_mentions_responded_by_idx\` ON \`press_mentions\` (\`responded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`press_mentions_updated_at_idx\` ON \`press_mentions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`press_mentions_created_at_idx\` ON \`press_mentions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`leases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`owner\` text NOT NULL,
  	\`expires_at\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`leases_name_idx\` ON \`leases\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`leases_expires_at_idx\` ON \`leases\` (\`expires_at\`);`)
  await db.run(sql`CREATE TABLE \`rate_limit_hits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`at\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`rate_limit_hits_at_idx\` ON \`rate_limit_hits\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`key_at_idx\` ON \`rate_limit_hits\` (\`key\`,\`at\`);`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`resubmission_key\` text;`)
  await db.run(sql`CREATE INDEX \`feedback_resubmission_key_idx\` ON \`feedback\` (\`resubmission_key\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`press_mentions_id\` integer REFERENCES press_mentions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`leases_id\` integer REFERENCES leases(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`rate_limit_hits_id\` integer REFERENCES rate_limit_hits(id);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_press_mentions_id_idx\` ON \`payload_locked_documents_rels\` (\`press_mentions_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`leases_id\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_rate_limit_hits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limit_hits_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`press_mentions\`;`)
  await db.run(sql`DROP TABLE \`leases\`;`)
  await db.run(sql`DROP TABLE \`rate_limit_hits\`;`)
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
  	\`announcements_id\` integer,
  	\`files_id\` integer,
  	\`feedback_id\` integer,
  	\`feedback_ratings_id\` integer,
  	\`opinion_reports_id\` integer,
  	\`urgent_reports_id\` integer,
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
  	FOREIGN KEY (\`announcements_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_ratings_id\`) REFERENCES \`feedback_ratings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opinion_reports_id\`) REFERENCES \`opinion_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`urgent_reports_id\`) REFERENCES \`urgent_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`department_reports_id\`) REFERENCES \`department_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "exemplars_id", "themes_id", "schools_id", "media_id", "documents_id", "consultations_id", "announcements_id", "files_id", "feedback_id", "feedback_ratings_id", "opinion_reports_id", "urgent_reports_id", "department_reports_id", "users_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "articles_id", "exemplars_id", "themes_id", "schools_id", "media_id", "documents_id", "consultations_id", "announcements_id", "files_id", "feedback_id", "feedback_ratings_id", "opinion_reports_id", "urgent_reports_id", "department_reports_id", "users_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`,
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
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_announcements_id_idx\` ON \`payload_locked_documents_rels\` (\`announcements_id\`);`,
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
    sql`CREATE INDEX \`payload_locked_documents_rels_urgent_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`urgent_reports_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_department_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`department_reports_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`,
  )
  await db.run(sql`DROP INDEX \`feedback_resubmission_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`resubmission_key\`;`)
}
