import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { inject } from 'vitest'
import { onMongo } from './database'
import { envFor, freshDataDir } from './env'

/**
 * A real Payload on a fresh SQLite file, migrated from the committed migrations, in this test process.
 * One per test file (its close() destroys it; the integration project's each-file.ts clears Payload's cache of it
 * before the next file of the same worker). In the integration project the file starts as a
 * copy of the run's migrated template (tests/integration/template-database.ts); the migrations then find nothing
 * left to do. Elsewhere it starts empty and is migrated here. On MongoDB (./database.ts) it is the folder's own
 * database on that server, dropped on close.
 */
export async function freshPayload(
  label: string,
  dataDir = freshDataDir(label),
): Promise<{ payload: Payload; dataDir: string; close(): Promise<void> }> {
  Object.assign(process.env, envFor(dataDir))
  if (!onMongo) await copyTemplateDatabase(dataDir)
  const { payloadInstance } = await import('../../cms/src/server/payload.ts')
  const { migrateDatabase } = await import('../../cms/src/migrate.ts')
  const payload = await payloadInstance()
  await migrateDatabase(payload)
  return {
    payload,
    dataDir,
    async close() {
      if (onMongo)
        await (payload.db as unknown as { connection?: { dropDatabase(): Promise<unknown> } }).connection
          ?.dropDatabase()
          .catch(() => undefined)
      await payload.destroy().catch(() => undefined)
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * Copies the run's migrated template (tests/integration/template-database.ts) into the data folder as its database,
 * once the template is ready; answers false outside the integration project, where there is none.
 */
export async function copyTemplateDatabase(dataDir: string): Promise<boolean> {
  const template = inject('templateDatabase')
  if (!template) return false
  while (!fs.existsSync(template)) {
    if (fs.existsSync(`${template}.failed`)) throw new Error(fs.readFileSync(`${template}.failed`, 'utf8'))
    await new Promise((r) => setTimeout(r, 100))
  }
  fs.copyFileSync(template, path.join(dataDir, 'cms.db'))
  return true
}
