import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { databaseUrlFor } from './database'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** A fresh data folder (SQLite file, media, secret) for one test file. */
export function freshDataDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `gd-${label}-`))
}

export function envFor(dataDir: string): Record<string, string> {
  return {
    DATA_DIR: dataDir,
    // a fresh SQLite file, or this folder's own database on the MongoDB server given (./database.ts)
    DATABASE_URL: databaseUrlFor(dataDir),
    SITE_DIST: path.join(dataDir, 'site'),
    PAYLOAD_SECRET: `test-secret-${path.basename(dataDir)}`,
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    DISABLE_PAYLOAD_HMR: 'true',
    // many tests sign in several accounts from 127.0.0.1; attack-locks-auth.test.ts sets the real limits
    LOGIN_RATE_PER_MINUTE: '10000',
    LOGIN_RATE_PER_HOUR: '10000',
  }
}
