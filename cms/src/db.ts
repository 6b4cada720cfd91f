import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations } from './migrations/index.ts'
import { config } from '@gd/shared/config'

/** The database URL in force: DATABASE_URL, else the embedded SQLite file data/cms.db. */
export function databaseUrl(): string {
  return config().DATABASE_URL
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
    push: config().DB_PUSH,
    busyTimeout: 10_000,
    wal: true,
    migrationDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'migrations'),
    prodMigrations: migrations,
  })
}
