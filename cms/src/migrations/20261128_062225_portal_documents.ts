import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`slug\` text,
  	\`doc_type\` text,
  	\`summary\` text,
  	\`issuer\` text,
  	\`signer\` text,
  	\`issued_date\` text,
  	\`effective_date\` text,
  	\`expiry_date\` text,
  	\`file_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`file_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_number_idx\` ON \`documents\` (\`number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_slug_idx\` ON \`documents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`documents_doc_type_idx\` ON \`documents\` (\`doc_type\`);`)
  await db.run(sql`CREATE INDEX \`documents_issuer_idx\` ON \`documents\` (\`issuer\`);`)
  await db.run(sql`CREATE INDEX \`documents_issued_date_idx\` ON \`documents\` (\`issued_date\`);`)
  await db.run(sql`CREATE INDEX \`documents_file_idx\` ON \`documents\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`documents__status_idx\` ON \`documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_rels_order_idx\` ON \`documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_parent_idx\` ON \`documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_path_idx\` ON \`documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_themes_id_idx\` ON \`documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_documents_id_idx\` ON \`documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`_documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_number\` text,
  	\`version_slug\` text,
  	\`version_doc_type\` text,
  	\`version_summary\` text,
  	\`version_issuer\` text,
  	\`version_signer\` text,
  	\`version_issued_date\` text,
  	\`version_effective_date\` text,
  	\`version_expiry_date\` text,
  	\`version_file_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_documents_v_parent_idx\` ON \`_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_number_idx\` ON \`_documents_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_slug_idx\` ON \`_documents_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_doc_type_idx\` ON \`_documents_v\` (\`version_doc_type\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_issuer_idx\` ON \`_documents_v\` (\`version_issuer\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_issued_date_idx\` ON \`_documents_v\` (\`version_issued_date\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_file_idx\` ON \`_documents_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_updated_at_idx\` ON \`_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_created_at_idx\` ON \`_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version__status_idx\` ON \`_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_created_at_idx\` ON \`_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_updated_at_idx\` ON \`_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_latest_idx\` ON \`_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_documents_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_order_idx\` ON \`_documents_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_parent_idx\` ON \`_documents_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_path_idx\` ON \`_documents_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_themes_id_idx\` ON \`_documents_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_documents_id_idx\` ON \`_documents_v_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`content\` text,
  	\`draft_file_id\` integer,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`status\` text DEFAULT 'dang-lay-y-kien',
  	\`synthesis\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`draft_file_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`consultations_slug_idx\` ON \`consultations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`consultations_draft_file_idx\` ON \`consultations\` (\`draft_file_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_opens_at_idx\` ON \`consultations\` (\`opens_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_published_at_idx\` ON \`consultations\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_updated_at_idx\` ON \`consultations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_created_at_idx\` ON \`consultations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations__status_idx\` ON \`consultations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`consultations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_rels_order_idx\` ON \`consultations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_parent_idx\` ON \`consultations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_path_idx\` ON \`consultations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_themes_id_idx\` ON \`consultations_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_content\` text,
  	\`version_draft_file_id\` integer,
  	\`version_opens_at\` text,
  	\`version_closes_at\` text,
  	\`version_status\` text DEFAULT 'dang-lay-y-kien',
  	\`version_synthesis\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_draft_file_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_parent_idx\` ON \`_consultations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_slug_idx\` ON \`_consultations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_draft_file_idx\` ON \`_consultations_v\` (\`version_draft_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_opens_at_idx\` ON \`_consultations_v\` (\`version_opens_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_published_at_idx\` ON \`_consultations_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_updated_at_idx\` ON \`_consultations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_created_at_idx\` ON \`_consultations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version__status_idx\` ON \`_consultations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_created_at_idx\` ON \`_consultations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_updated_at_idx\` ON \`_consultations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_latest_idx\` ON \`_consultations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_order_idx\` ON \`_consultations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_parent_idx\` ON \`_consultations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_path_idx\` ON \`_consultations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_themes_id_idx\` ON \`_consultations_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
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
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`files_updated_at_idx\` ON \`files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`files_created_at_idx\` ON \`files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`files_filename_idx\` ON \`files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`organisation_leaders\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`position\` text NOT NULL,
  	\`responsibilities\` text,
  	\`phone\` text,
  	\`email\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organisation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisation_leaders_order_idx\` ON \`organisation_leaders\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organisation_leaders_parent_id_idx\` ON \`organisation_leaders\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisation\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`intro\` text,
  	\`functions\` text,
  	\`structure\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`press_release\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`articles_press_release_idx\` ON \`articles\` (\`press_release\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_press_release\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_press_release_idx\` ON \`_articles_v\` (\`version_press_release\`);`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`consultation_id\` integer REFERENCES consultations(id);`)
  await db.run(sql`CREATE INDEX \`feedback_consultation_idx\` ON \`feedback\` (\`consultation_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`documents_id\` integer REFERENCES documents(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`consultations_id\` integer REFERENCES consultations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`files_id\` integer REFERENCES files(id);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_consultations_id_idx\` ON \`payload_locked_documents_rels\` (\`consultations_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_files_id_idx\` ON \`payload_locked_documents_rels\` (\`files_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`spokesperson_appointed_on\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`spokesperson_regulation_id\` integer REFERENCES documents(id);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`spokesperson_press_contact\` text;`)
  await db.run(
    sql`CREATE INDEX \`site_settings_spokesperson_spokesperson_regulation_idx\` ON \`site_settings\` (\`spokesperson_regulation_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`DROP TABLE \`documents_rels\`;`)
  await db.run(sql`DROP TABLE \`_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_documents_v_rels\`;`)
  await db.run(sql`DROP TABLE \`consultations\`;`)
  await db.run(sql`DROP TABLE \`consultations_rels\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`files\`;`)
  await db.run(sql`DROP TABLE \`organisation_leaders\`;`)
  await db.run(sql`DROP TABLE \`organisation\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_feedback\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`status\` text DEFAULT 'moi' NOT NULL,
  	\`received_at\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`theme_id\` integer,
  	\`school_id\` integer,
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
  	FOREIGN KEY (\`school_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_feedback\`("id", "code", "status", "received_at", "kind", "theme_id", "school_id", "subject", "message", "name", "email", "phone", "consent", "publish_answer", "show_name", "updated_at", "created_at") SELECT "id", "code", "status", "received_at", "kind", "theme_id", "school_id", "subject", "message", "name", "email", "phone", "consent", "publish_answer", "show_name", "updated_at", "created_at" FROM \`feedback\`;`,
  )
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`ALTER TABLE \`__new_feedback\` RENAME TO \`feedback\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_code_idx\` ON \`feedback\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`feedback_received_at_idx\` ON \`feedback\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_theme_idx\` ON \`feedback\` (\`theme_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_school_idx\` ON \`feedback\` (\`school_id\`);`)
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
  	\`feedback_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exemplars_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`schools_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "exemplars_id", "themes_id", "schools_id", "media_id", "feedback_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "exemplars_id", "themes_id", "schools_id", "media_id", "feedback_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`org_name\` text NOT NULL,
  	\`parent_body\` text,
  	\`address\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`working_hours\` text,
  	\`logo_id\` integer,
  	\`spokesperson_name\` text,
  	\`spokesperson_position\` text,
  	\`spokesperson_phone\` text,
  	\`spokesperson_email\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_site_settings\`("id", "org_name", "parent_body", "address", "phone", "email", "working_hours", "logo_id", "spokesperson_name", "spokesperson_position", "spokesperson_phone", "spokesperson_email", "updated_at", "created_at") SELECT "id", "org_name", "parent_body", "address", "phone", "email", "working_hours", "logo_id", "spokesperson_name", "spokesperson_position", "spokesperson_phone", "spokesperson_email", "updated_at", "created_at" FROM \`site_settings\`;`,
  )
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`CREATE INDEX \`site_settings_logo_idx\` ON \`site_settings\` (\`logo_id\`);`)
  await db.run(sql`DROP INDEX \`articles_press_release_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`press_release\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_press_release_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_press_release\`;`)
}
