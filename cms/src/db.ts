import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DatabaseAdapterObj, Payload } from 'payload'
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
 *
 * How durable an answered write is, on SQLite (WAL): `synchronous = NORMAL` with the log synced within
 * SYNC_EVERY_MS by the server (`syncWritesSoon` below). A committed write survives a crash of the server process
 * at once (it is in the log, which the system keeps; tests/integration/crash-recovery.test.ts kills the server);
 * a crash of the machine or a power cut may lose what was written in the last SYNC_EVERY_MS, as MongoDB with its
 * default write concern may lose its last 100 ms (its journal is written every 100 ms). SQLite's default (FULL)
 * synced the log at every commit: each public submission's three writes then waited for the disk, and the intake
 * took 220 submissions a second instead of about 300 (scripts/bench/intake.ts, this machine).
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
    wal: { synchronous: 'NORMAL' },
    migrationDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'migrations'),
    prodMigrations: migrations,
  })
}

/** At most this long between a write and the moment it is on the disk (SQLite; see `databaseAdapter`). */
export const SYNC_EVERY_MS = 200

/**
 * The server's side of SQLite's durability: every SYNC_EVERY_MS, a passive checkpoint, which syncs the log to the
 * disk (then copies it into the database file) when anything was written since the last one, and costs nothing
 * otherwise. One per process (the server calls it once); nothing on MongoDB. Returns how to stop it.
 */
export function syncWritesSoon(payload: Payload): () => void {
  const client = (payload.db as unknown as { client?: { execute(sql: string): Promise<unknown> } }).client
  if (isMongo(databaseUrl()) || !client) return () => undefined
  const timer = setInterval(() => {
    client
      .execute('PRAGMA wal_checkpoint(PASSIVE)')
      .catch((err: unknown) => payload.logger.error({ err, msg: 'Không ghi được nhật ký cơ sở dữ liệu xuống đĩa' }))
  }, SYNC_EVERY_MS)
  timer.unref()
  return () => clearInterval(timer)
}
