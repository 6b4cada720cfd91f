import path from 'node:path'

/**
 * Which database the integration suite runs on. By default each test file gets a fresh SQLite file in its own data
 * folder. With `DATABASE_URL=mongodb://…` given when the run starts (`npm run test:mongo`), each test file gets its
 * own database on that MongoDB server instead — the URL's database name followed by the data folder's name — and
 * drops it when it closes. Tests that need SQLite itself (its file, its SQL, its integrity check, its migrations)
 * say so with `needsSqlite(why)` and are skipped on MongoDB, with the reason printed.
 */
const GIVEN = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? ''
// captured before any test file points DATABASE_URL at its own database (envFor), and handed to child processes
if (!process.env.TEST_DATABASE_URL && GIVEN) process.env.TEST_DATABASE_URL = GIVEN

export const isMongoUrl = (url: string) => /^mongodb(\+srv)?:\/\//.test(url)

/** The MongoDB server the suite was asked to run on, or undefined (SQLite). */
export const MONGO_URL = isMongoUrl(GIVEN) ? GIVEN : undefined
export const onMongo = MONGO_URL !== undefined

/** The database URL of one test file's data folder. */
export function databaseUrlFor(dataDir: string): string {
  if (!MONGO_URL) return `file:${path.join(dataDir, 'cms.db')}`
  // mongodb://[user:pass@]host[:port][,host…]/[name][?options]: the name gets the folder's name appended
  const m = /^(mongodb(?:\+srv)?:\/\/[^/?]+)\/?([^?]*)(\?.*)?$/.exec(MONGO_URL)
  if (!m) throw new Error(`DATABASE_URL không phải địa chỉ MongoDB hợp lệ: ${MONGO_URL}`)
  const name = `${m[2] || 'gd-kiem-thu'}-${path.basename(dataDir)}`.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 63)
  return `${m[1]}/${name}${m[3] ?? ''}`
}

/** Whether a test that needs SQLite runs here; on MongoDB it is skipped, and says why. */
export function needsSqlite(why: string): boolean {
  if (onMongo) console.warn(`BỎ QUA trên MongoDB — cần SQLite: ${why}`)
  return !onMongo
}
