import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Ratings leave the feedback item (issue 4 §4: "ratings are anonymous"): each stored rating moves to feedback_ratings
 * with the item's kind, theme and Hà Nội month of receipt only (in random order, so ids do not follow the items), the
 * item keeps `rated` (added by 20261128_092643_anonymous_ratings); then the item's rating columns go.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`INSERT INTO \`feedback_ratings\` (\`score\`, \`comment\`, \`kind\`, \`theme_id\`, \`month\`)
    SELECT \`rating\`, \`rating_comment\`, \`kind\`, \`theme_id\`, strftime('%Y-%m', \`received_at\`, '+7 hours')
    FROM \`feedback\` WHERE \`rating\` IS NOT NULL ORDER BY random();`)
  await db.run(sql`UPDATE \`feedback\` SET \`rated\` = 1 WHERE \`rating\` IS NOT NULL;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`rating\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`rating_comment\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`rated_at\`;`)
}

/** The columns come back empty: the moved ratings have no link to their items any more. */
export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`rating\` numeric;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`rating_comment\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`rated_at\` text;`)
}
