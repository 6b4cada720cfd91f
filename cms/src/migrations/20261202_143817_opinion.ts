import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`schools\` ADD \`commune_kind\` text DEFAULT 'xa';`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`sender_group\` text;`)
  await db.run(sql`CREATE INDEX \`feedback_sender_group_idx\` ON \`feedback\` (\`sender_group\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`feedback_ack_days\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`feedback_answer_days\` numeric;`)
  await db.run(
    sql`ALTER TABLE \`site_settings\` ADD \`consent_text\` text DEFAULT 'Tôi đồng ý để cơ quan tiếp nhận xử lý dữ liệu cá nhân của tôi (họ và tên, thư điện tử, số điện thoại) chỉ nhằm tiếp nhận, xử lý và trả lời ý kiến này, theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 của Quốc hội. Dữ liệu không được công khai và không được chuyển cho bên thứ ba khi chưa có sự đồng ý của tôi; tôi có thể rút lại sự đồng ý, yêu cầu xem, sửa hoặc xóa dữ liệu.';`,
  )
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`consent_version\` text DEFAULT '2026-01-luat-91-2025';`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`privacy_notice\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`feedback_sender_group_idx\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`sender_group\`;`)
  await db.run(sql`ALTER TABLE \`schools\` DROP COLUMN \`commune_kind\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`feedback_ack_days\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`feedback_answer_days\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`consent_text\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`consent_version\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`privacy_notice\`;`)
}
