import type { Payload } from 'payload'
import { databaseUrl, isMongo } from './db'
import { migrations } from './migrations/index.ts'

/**
 * Brings the database schema up to date from the committed migrations (SQLite). MongoDB needs none.
 * In production Payload also runs them at start (prodMigrations); this makes it explicit everywhere else.
 */
export async function migrateDatabase(payload: Payload): Promise<void> {
  if (isMongo(databaseUrl())) return
  // the generated migrations are typed for their adapter; Payload's signature is adapter-neutral
  await payload.db.migrate({
    migrations: migrations as unknown as Parameters<Payload['db']['migrate']>[0] extends { migrations?: infer M } ? M : never,
  })
}
