import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`department_reports\` ADD \`recipient\` text DEFAULT 'Sở Giáo dục và Đào tạo (qua Văn phòng Sở)';`)
  await db.run(sql`ALTER TABLE \`department_reports\` ADD \`distribution\` text DEFAULT 'Như trên;
  Lãnh đạo Phòng;
  Lưu: VT, THTD.';`)
  await db.run(sql`ALTER TABLE \`department_reports\` ADD \`signer_authority\` text DEFAULT 'KT. TRƯỞNG PHÒNG';`)
  await db.run(sql`ALTER TABLE \`department_reports\` ADD \`signer_title\` text DEFAULT 'PHÓ TRƯỞNG PHÒNG';`)
  await db.run(sql`ALTER TABLE \`department_reports\` ADD \`signer_name\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`department_reports\` DROP COLUMN \`recipient\`;`)
  await db.run(sql`ALTER TABLE \`department_reports\` DROP COLUMN \`distribution\`;`)
  await db.run(sql`ALTER TABLE \`department_reports\` DROP COLUMN \`signer_authority\`;`)
  await db.run(sql`ALTER TABLE \`department_reports\` DROP COLUMN \`signer_title\`;`)
  await db.run(sql`ALTER TABLE \`department_reports\` DROP COLUMN \`signer_name\`;`)
}
