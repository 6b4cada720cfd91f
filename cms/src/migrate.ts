import type { Payload } from 'payload'
import { databaseUrl, isMongo } from './db'
import { migrations } from './migrations/index.ts'

/**
 * Brings the database schema up to date from the committed migrations (SQLite). MongoDB needs none.
 * In production Payload also runs them at start (prodMigrations); this makes it explicit everywhere else.
 */
export async function migrateDatabase(payload: Payload): Promise<void> {
  if (isMongo(databaseUrl())) return
  await payload.db.migrate({ migrations })
}
