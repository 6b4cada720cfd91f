import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// The feedback.source column stays NOT NULL DEFAULT 'website' in SQLite (the hook always sets it); rebuilding the
// table only to relax that would cascade-delete rows that reference feedback.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_settings_holidays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_holidays_order_idx\` ON \`site_settings_holidays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_holidays_parent_id_idx\` ON \`site_settings_holidays\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_sensitive_topics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`topic\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_sensitive_topics_order_idx\` ON \`site_settings_sensitive_topics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_sensitive_topics_parent_id_idx\` ON \`site_settings_sensitive_topics\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_crisis_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_crisis_contacts_order_idx\` ON \`site_settings_crisis_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_crisis_contacts_parent_id_idx\` ON \`site_settings_crisis_contacts\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_settings_holidays\`;`)
  await db.run(sql`DROP TABLE \`site_settings_sensitive_topics\`;`)
  await db.run(sql`DROP TABLE \`site_settings_crisis_contacts\`;`)
}
