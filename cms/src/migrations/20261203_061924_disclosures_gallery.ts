import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`school_disclosures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`school_id\` integer,
  	\`category\` text,
  	\`school_year\` text,
  	\`summary\` text,
  	\`published_at\` text,
  	\`review_state\` text DEFAULT 'nhap',
  	\`review_note\` text,
  	\`submitted_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`school_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`school_disclosures_slug_idx\` ON \`school_disclosures\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`school_disclosures_school_idx\` ON \`school_disclosures\` (\`school_id\`);`)
  await db.run(sql`CREATE INDEX \`school_disclosures_category_idx\` ON \`school_disclosures\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`school_disclosures_school_year_idx\` ON \`school_disclosures\` (\`school_year\`);`)
  await db.run(sql`CREATE INDEX \`school_disclosures_published_at_idx\` ON \`school_disclosures\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`school_disclosures_review_state_idx\` ON \`school_disclosures\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`school_disclosures_submitted_at_idx\` ON \`school_disclosures\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`school_disclosures_updated_at_idx\` ON \`school_disclosures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`school_disclosures_created_at_idx\` ON \`school_disclosures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`school_disclosures__status_idx\` ON \`school_disclosures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`school_disclosures_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`disclosure_files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`school_disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosure_files_id\`) REFERENCES \`disclosure_files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`school_disclosures_rels_order_idx\` ON \`school_disclosures_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`school_disclosures_rels_parent_idx\` ON \`school_disclosures_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`school_disclosures_rels_path_idx\` ON \`school_disclosures_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`school_disclosures_rels_disclosure_files_id_idx\` ON \`school_disclosures_rels\` (\`disclosure_files_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_school_disclosures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_school_id\` integer,
  	\`version_category\` text,
  	\`version_school_year\` text,
  	\`version_summary\` text,
  	\`version_published_at\` text,
  	\`version_review_state\` text DEFAULT 'nhap',
  	\`version_review_note\` text,
  	\`version_submitted_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`school_disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_school_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_school_disclosures_v_parent_idx\` ON \`_school_disclosures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_school_disclosures_v_version_version_slug_idx\` ON \`_school_disclosures_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_school_disclosures_v_version_version_school_idx\` ON \`_school_disclosures_v\` (\`version_school_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_school_disclosures_v_version_version_category_idx\` ON \`_school_disclosures_v\` (\`version_category\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_school_disclosures_v_version_version_school_year_idx\` ON \`_school_disclosures_v\` (\`version_school_year\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_school_disclosures_v_version_version_published_at_idx\` ON \`_school_disclosures_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_school_disclosures_v_version_version_review_state_idx\` ON \`_school_disclosures_v\` (\`version_review_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_school_disclosures_v_version_version_submitted_at_idx\` ON \`_school_disclosures_v\` (\`version_submitted_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_school_disclosures_v_version_version_updated_at_idx\` ON \`_school_disclosures_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_school_disclosures_v_version_version_created_at_idx\` ON \`_school_disclosures_v\` (\`version_created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_school_disclosures_v_version_version__status_idx\` ON \`_school_disclosures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_school_disclosures_v_created_at_idx\` ON \`_school_disclosures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_school_disclosures_v_updated_at_idx\` ON \`_school_disclosures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_school_disclosures_v_latest_idx\` ON \`_school_disclosures_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_school_disclosures_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`disclosure_files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_school_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosure_files_id\`) REFERENCES \`disclosure_files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_school_disclosures_v_rels_order_idx\` ON \`_school_disclosures_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_school_disclosures_v_rels_parent_idx\` ON \`_school_disclosures_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_school_disclosures_v_rels_path_idx\` ON \`_school_disclosures_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_school_disclosures_v_rels_disclosure_files_id_idx\` ON \`_school_disclosures_v_rels\` (\`disclosure_files_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`disclosure_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
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
  await db.run(sql`CREATE INDEX \`disclosure_files_school_idx\` ON \`disclosure_files\` (\`school_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_files_updated_at_idx\` ON \`disclosure_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_files_created_at_idx\` ON \`disclosure_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`disclosure_files_filename_idx\` ON \`disclosure_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`albums_photos\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`caption\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`albums\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`albums_photos_order_idx\` ON \`albums_photos\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`albums_photos_parent_id_idx\` ON \`albums_photos\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`albums_photos_image_idx\` ON \`albums_photos\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`albums\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`taken_on\` text,
  	\`description\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`albums_slug_idx\` ON \`albums\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`albums_taken_on_idx\` ON \`albums\` (\`taken_on\`);`)
  await db.run(sql`CREATE INDEX \`albums_published_at_idx\` ON \`albums\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`albums_updated_at_idx\` ON \`albums\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`albums_created_at_idx\` ON \`albums\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`albums__status_idx\` ON \`albums\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_albums_v_version_photos\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`caption\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_albums_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_albums_v_version_photos_order_idx\` ON \`_albums_v_version_photos\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_photos_parent_id_idx\` ON \`_albums_v_version_photos\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_photos_image_idx\` ON \`_albums_v_version_photos\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_albums_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_taken_on\` text,
  	\`version_description\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`albums\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_albums_v_parent_idx\` ON \`_albums_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_slug_idx\` ON \`_albums_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_taken_on_idx\` ON \`_albums_v\` (\`version_taken_on\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_published_at_idx\` ON \`_albums_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_updated_at_idx\` ON \`_albums_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version_created_at_idx\` ON \`_albums_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_version_version__status_idx\` ON \`_albums_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_created_at_idx\` ON \`_albums_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_updated_at_idx\` ON \`_albums_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_albums_v_latest_idx\` ON \`_albums_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`videos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`recorded_on\` text,
  	\`description\` text,
  	\`poster_id\` integer,
  	\`transcript\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`videos_slug_idx\` ON \`videos\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`videos_recorded_on_idx\` ON \`videos\` (\`recorded_on\`);`)
  await db.run(sql`CREATE INDEX \`videos_poster_idx\` ON \`videos\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_published_at_idx\` ON \`videos\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`videos_updated_at_idx\` ON \`videos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`videos_created_at_idx\` ON \`videos\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`videos__status_idx\` ON \`videos\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`videos_filename_idx\` ON \`videos\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_recorded_on\` text,
  	\`version_description\` text,
  	\`version_poster_id\` integer,
  	\`version_transcript\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_url\` text,
  	\`version_thumbnail_u_r_l\` text,
  	\`version_filename\` text,
  	\`version_mime_type\` text,
  	\`version_filesize\` numeric,
  	\`version_width\` numeric,
  	\`version_height\` numeric,
  	\`version_focal_x\` numeric,
  	\`version_focal_y\` numeric,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_parent_idx\` ON \`_videos_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_slug_idx\` ON \`_videos_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_recorded_on_idx\` ON \`_videos_v\` (\`version_recorded_on\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_poster_idx\` ON \`_videos_v\` (\`version_poster_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_published_at_idx\` ON \`_videos_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_updated_at_idx\` ON \`_videos_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_created_at_idx\` ON \`_videos_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version__status_idx\` ON \`_videos_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_filename_idx\` ON \`_videos_v\` (\`version_filename\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_created_at_idx\` ON \`_videos_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_updated_at_idx\` ON \`_videos_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_latest_idx\` ON \`_videos_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`organisation_staff_directory_people\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`position\` text NOT NULL,
  	\`phone\` text,
  	\`email\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organisation_staff_directory\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisation_staff_directory_people_order_idx\` ON \`organisation_staff_directory_people\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`organisation_staff_directory_people_parent_id_idx\` ON \`organisation_staff_directory_people\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`organisation_staff_directory\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organisation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisation_staff_directory_order_idx\` ON \`organisation_staff_directory\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organisation_staff_directory_parent_id_idx\` ON \`organisation_staff_directory\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`album_id\` integer REFERENCES albums(id);`)
  await db.run(sql`CREATE INDEX \`articles_album_idx\` ON \`articles\` (\`album_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_album_id\` integer REFERENCES albums(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_album_idx\` ON \`_articles_v\` (\`version_album_id\`);`)
  await db.run(sql`ALTER TABLE \`exemplars\` ADD \`album_id\` integer REFERENCES albums(id);`)
  await db.run(sql`CREATE INDEX \`exemplars_album_idx\` ON \`exemplars\` (\`album_id\`);`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` ADD \`version_album_id\` integer REFERENCES albums(id);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_album_idx\` ON \`_exemplars_v\` (\`version_album_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`school_disclosures_id\` integer REFERENCES school_disclosures(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`disclosure_files_id\` integer REFERENCES disclosure_files(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`albums_id\` integer REFERENCES albums(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`videos_id\` integer REFERENCES videos(id);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_school_disclosures_id_idx\` ON \`payload_locked_documents_rels\` (\`school_disclosures_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_disclosure_files_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosure_files_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_albums_id_idx\` ON \`payload_locked_documents_rels\` (\`albums_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_videos_id_idx\` ON \`payload_locked_documents_rels\` (\`videos_id\`);`)
  await db.run(sql`ALTER TABLE \`organisation_leaders\` ADD \`photo_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`organisation_leaders_photo_idx\` ON \`organisation_leaders\` (\`photo_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`school_disclosures\`;`)
  await db.run(sql`DROP TABLE \`school_disclosures_rels\`;`)
  await db.run(sql`DROP TABLE \`_school_disclosures_v\`;`)
  await db.run(sql`DROP TABLE \`_school_disclosures_v_rels\`;`)
  await db.run(sql`DROP TABLE \`disclosure_files\`;`)
  await db.run(sql`DROP TABLE \`albums_photos\`;`)
  await db.run(sql`DROP TABLE \`albums\`;`)
  await db.run(sql`DROP TABLE \`_albums_v_version_photos\`;`)
  await db.run(sql`DROP TABLE \`_albums_v\`;`)
  await db.run(sql`DROP TABLE \`videos\`;`)
  await db.run(sql`DROP TABLE \`_videos_v\`;`)
  await db.run(sql`DROP TABLE \`organisation_staff_directory_people\`;`)
  await db.run(sql`DROP TABLE \`organisation_staff_directory\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`excerpt\` text,
  	\`cover_id\` integer,
  	\`content\` text,
  	\`school_id\` integer,
  	\`published_at\` text,
  	\`press_release\` integer DEFAULT false,
  	\`featured\` integer DEFAULT false,
  	\`review_state\` text DEFAULT 'nhap',
  	\`review_note\` text,
  	\`submitted_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`school_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_articles\`("id", "title", "slug", "excerpt", "cover_id", "content", "school_id", "published_at", "press_release", "featured", "review_state", "review_note", "submitted_at", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "excerpt", "cover_id", "content", "school_id", "published_at", "press_release", "featured", "review_state", "review_note", "submitted_at", "updated_at", "created_at", "_status" FROM \`articles\`;`,
  )
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_cover_idx\` ON \`articles\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_school_idx\` ON \`articles\` (\`school_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_press_release_idx\` ON \`articles\` (\`press_release\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_state_idx\` ON \`articles\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_submitted_at_idx\` ON \`articles\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_excerpt\` text,
  	\`version_cover_id\` integer,
  	\`version_content\` text,
  	\`version_school_id\` integer,
  	\`version_published_at\` text,
  	\`version_press_release\` integer DEFAULT false,
  	\`version_featured\` integer DEFAULT false,
  	\`version_review_state\` text DEFAULT 'nhap',
  	\`version_review_note\` text,
  	\`version_submitted_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_school_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_slug", "version_excerpt", "version_cover_id", "version_content", "version_school_id", "version_published_at", "version_press_release", "version_featured", "version_review_state", "version_review_note", "version_submitted_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_excerpt", "version_cover_id", "version_content", "version_school_id", "version_published_at", "version_press_release", "version_featured", "version_review_state", "version_review_note", "version_submitted_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_articles_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_cover_idx\` ON \`_articles_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_school_idx\` ON \`_articles_v\` (\`version_school_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_press_release_idx\` ON \`_articles_v\` (\`version_press_release\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_state_idx\` ON \`_articles_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_submitted_at_idx\` ON \`_articles_v\` (\`version_submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_exemplars\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`subject_name\` text,
  	\`subject_type\` text,
  	\`school_id\` integer,
  	\`movement\` text DEFAULT 'khac',
  	\`summary\` text,
  	\`story\` text,
  	\`published_at\` text,
  	\`review_state\` text DEFAULT 'nhap',
  	\`review_note\` text,
  	\`submitted_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`school_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_exemplars\`("id", "title", "slug", "subject_name", "subject_type", "school_id", "movement", "summary", "story", "published_at", "review_state", "review_note", "submitted_at", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "subject_name", "subject_type", "school_id", "movement", "summary", "story", "published_at", "review_state", "review_note", "submitted_at", "updated_at", "created_at", "_status" FROM \`exemplars\`;`,
  )
  await db.run(sql`DROP TABLE \`exemplars\`;`)
  await db.run(sql`ALTER TABLE \`__new_exemplars\` RENAME TO \`exemplars\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`exemplars_slug_idx\` ON \`exemplars\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_school_idx\` ON \`exemplars\` (\`school_id\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_published_at_idx\` ON \`exemplars\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_review_state_idx\` ON \`exemplars\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_submitted_at_idx\` ON \`exemplars\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_updated_at_idx\` ON \`exemplars\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_created_at_idx\` ON \`exemplars\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`exemplars__status_idx\` ON \`exemplars\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__exemplars_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_subject_name\` text,
  	\`version_subject_type\` text,
  	\`version_school_id\` integer,
  	\`version_movement\` text DEFAULT 'khac',
  	\`version_summary\` text,
  	\`version_story\` text,
  	\`version_published_at\` text,
  	\`version_review_state\` text DEFAULT 'nhap',
  	\`version_review_note\` text,
  	\`version_submitted_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_school_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__exemplars_v\`("id", "parent_id", "version_title", "version_slug", "version_subject_name", "version_subject_type", "version_school_id", "version_movement", "version_summary", "version_story", "version_published_at", "version_review_state", "version_review_note", "version_submitted_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_subject_name", "version_subject_type", "version_school_id", "version_movement", "version_summary", "version_story", "version_published_at", "version_review_state", "version_review_note", "version_submitted_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_exemplars_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_exemplars_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__exemplars_v\` RENAME TO \`_exemplars_v\`;`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_parent_idx\` ON \`_exemplars_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_slug_idx\` ON \`_exemplars_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_school_idx\` ON \`_exemplars_v\` (\`version_school_id\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_published_at_idx\` ON \`_exemplars_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_review_state_idx\` ON \`_exemplars_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_submitted_at_idx\` ON \`_exemplars_v\` (\`version_submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_updated_at_idx\` ON \`_exemplars_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_created_at_idx\` ON \`_exemplars_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version__status_idx\` ON \`_exemplars_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_created_at_idx\` ON \`_exemplars_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_updated_at_idx\` ON \`_exemplars_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_latest_idx\` ON \`_exemplars_v\` (\`latest\`);`)
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
  	\`corrections_id\` integer,
  	\`work_schedules_id\` integer,
  	\`files_id\` integer,
  	\`feedback_id\` integer,
  	\`feedback_ratings_id\` integer,
  	\`opinion_reports_id\` integer,
  	\`urgent_reports_id\` integer,
  	\`report_files_id\` integer,
  	\`report_deadlines_id\` integer,
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
  	FOREIGN KEY (\`corrections_id\`) REFERENCES \`corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`work_schedules_id\`) REFERENCES \`work_schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_ratings_id\`) REFERENCES \`feedback_ratings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opinion_reports_id\`) REFERENCES \`opinion_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`urgent_reports_id\`) REFERENCES \`urgent_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_files_id\`) REFERENCES \`report_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_deadlines_id\`) REFERENCES \`report_deadlines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_mentions_id\`) REFERENCES \`press_mentions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`department_reports_id\`) REFERENCES \`department_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leases_id\`) REFERENCES \`leases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limit_hits_id\`) REFERENCES \`rate_limit_hits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "exemplars_id", "themes_id", "schools_id", "media_id", "documents_id", "consultations_id", "announcements_id", "procedures_id", "events_id", "corrections_id", "work_schedules_id", "files_id", "feedback_id", "feedback_ratings_id", "opinion_reports_id", "urgent_reports_id", "report_files_id", "report_deadlines_id", "press_mentions_id", "department_reports_id", "users_id", "audit_log_id", "leases_id", "rate_limit_hits_id") SELECT "id", "order", "parent_id", "path", "articles_id", "exemplars_id", "themes_id", "schools_id", "media_id", "documents_id", "consultations_id", "announcements_id", "procedures_id", "events_id", "corrections_id", "work_schedules_id", "files_id", "feedback_id", "feedback_ratings_id", "opinion_reports_id", "urgent_reports_id", "report_files_id", "report_deadlines_id", "press_mentions_id", "department_reports_id", "users_id", "audit_log_id", "leases_id", "rate_limit_hits_id" FROM \`payload_locked_documents_rels\`;`,
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
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`corrections_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_work_schedules_id_idx\` ON \`payload_locked_documents_rels\` (\`work_schedules_id\`);`,
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
    sql`CREATE INDEX \`payload_locked_documents_rels_report_files_id_idx\` ON \`payload_locked_documents_rels\` (\`report_files_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_report_deadlines_id_idx\` ON \`payload_locked_documents_rels\` (\`report_deadlines_id\`);`,
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
  await db.run(sql`CREATE TABLE \`__new_organisation_leaders\` (
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
  await db.run(
    sql`INSERT INTO \`__new_organisation_leaders\`("_order", "_parent_id", "id", "name", "position", "responsibilities", "phone", "email") SELECT "_order", "_parent_id", "id", "name", "position", "responsibilities", "phone", "email" FROM \`organisation_leaders\`;`,
  )
  await db.run(sql`DROP TABLE \`organisation_leaders\`;`)
  await db.run(sql`ALTER TABLE \`__new_organisation_leaders\` RENAME TO \`organisation_leaders\`;`)
  await db.run(sql`CREATE INDEX \`organisation_leaders_order_idx\` ON \`organisation_leaders\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organisation_leaders_parent_id_idx\` ON \`organisation_leaders\` (\`_parent_id\`);`)
}
