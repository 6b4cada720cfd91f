import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`schools\` ADD \`website\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`hotline\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`footer_licence\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`footer_responsible\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`footer_copyright\` text;`)
  await db.run(
    sql`ALTER TABLE \`site_settings\` ADD \`footer_republish\` text DEFAULT 'Ghi rõ nguồn khi phát hành lại thông tin từ trang này.';`,
  )
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`site_notice\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_settings_linked_bodies\`;`)
  await db.run(sql`ALTER TABLE \`schools\` DROP COLUMN \`website\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`hotline\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`footer_licence\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`footer_responsible\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`footer_copyright\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`footer_republish\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`site_notice\`;`)
}
