import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations } from './migrations/index.ts'
import { DATA_DIR } from './utilities/paths'

/** The database URL in force: DATABASE_URL, else the embedded SQLite file data/cms.db. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL || `file:${path.join(DATA_DIR, 'cms.db')}`
}

export const isMongo = (url: string) => /^mongodb(\+srv)?:\/\//.test(url)

/**
 * MongoDB for production (docker-compose), SQLite through libsql otherwise. SQLite's schema comes only from
 * the committed migrations: schema push is off unless DB_PUSH=true is set explicitly (never for a real file).
 */
export function databaseAdapter(): DatabaseAdapterObj {
  const url = databaseUrl()
  if (isMongo(url)) return mongooseAdapter({ url })
  return sqliteAdapter({
    client: { url },
    push: process.env.DB_PUSH === 'true',
    busyTimeout: 10_000,
    wal: true,
    migrationDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'migrations'),
    prodMigrations: migrations,
  })
}
