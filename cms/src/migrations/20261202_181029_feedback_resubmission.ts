import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`resubmission_key\` text;`)
  await db.run(sql`CREATE INDEX \`feedback_resubmission_key_idx\` ON \`feedback\` (\`resubmission_key\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`feedback_resubmission_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`resubmission_key\`;`)
}
