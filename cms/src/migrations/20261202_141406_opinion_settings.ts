import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`feedback_ack_days\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`feedback_answer_days\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`feedback_ack_days\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`feedback_answer_days\`;`)
}
