import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DatabaseAdapterObj } from 'payload'
import { migrations } from './migrations/index.ts'
import { config } from '@gd/shared/config'

/** The database URL in force: DATABASE_URL, else the embedded SQLite file data/cms.db. */
export function databaseUrl(): string {
  return config().DATABASE_URL
}

export const isMongo = (url: string) => /^mongodb(\+srv)?:\/\//.test(url)

/**
 * Only the adapter in use is loaded: each pulls in its own driver and query builder (MongoDB's added about 0.25 s
 * of CPU to every start of an SQLite server, SQLite's about 1.5 s to a MongoDB one). The choice is made once, when
 * this module is first loaded, from the environment then.
 */
const adapters = isMongo(databaseUrl())
  ? { mongo: await import('@payloadcms/db-mongodb'), sqlite: null }
  : { mongo: null, sqlite: await import('@payloadcms/db-sqlite') }

/**
 * MongoDB for production (docker-compose), SQLite through libsql otherwise. SQLite's schema comes only from
 * the committed migrations: schema push is off unless DB_PUSH=true is set explicitly (never for a real file).
 */
export function databaseAdapter(): DatabaseAdapterObj {
  const url = databaseUrl()
  const changed = new Error('DATABASE_URL đã đổi loại cơ sở dữ liệu sau khi máy chủ khởi động: hãy khởi động lại.')
  if (isMongo(url)) {
    if (!adapters.mongo) throw changed
    return adapters.mongo.mongooseAdapter({ url })
  }
  if (!adapters.sqlite) throw changed
  return adapters.sqlite.sqliteAdapter({
    client: { url },
    push: config().DB_PUSH,
    busyTimeout: 10_000,
    wal: true,
    migrationDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'migrations'),
    prodMigrations: migrations,
  })
}
