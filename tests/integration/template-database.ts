/**
 * The integration project's globalSetup: migrates one empty SQLite file once per run (in a child process, as
 * freshPayload would) and hands its path to the files, so freshPayload copies that file into each file's fresh
 * data folder instead of running every migration again (tests/helpers/payload.ts). freshPayload still runs the
 * migrations over the copy (a check that finds nothing to do), so a file never runs on an outdated schema.
 * tests/integration/ratings-migration.test.ts, which tests a migration itself, does not use it.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { onMongo } from '../helpers/database'
import { freshDataDir, ROOT } from '../helpers/env'

declare module 'vitest' {
  export interface ProvidedContext {
    /** a migrated, empty SQLite file to copy (absent outside the integration project: migrate instead) */
    templateDatabase?: string
  }
}

export default async function setup(project: TestProject) {
  // on MongoDB (DATABASE_URL=mongodb://…, tests/helpers/database.ts) each file has its own database and no migrations
  if (onMongo) return console.log('integration: chạy trên MongoDB, không dùng cơ sở dữ liệu mẫu SQLite')
  const dataDir = freshDataDir('template')
  const template = path.join(dataDir, 'template.db')
  const started = Date.now()
  await migrateInto(dataDir, template)
  console.log(`integration: cơ sở dữ liệu mẫu đã migrate sau ${Math.round((Date.now() - started) / 1000)} s`)
  project.provide('templateDatabase', template)
  return () => fs.rmSync(dataDir, { recursive: true, force: true })
}

/** The script in a child process (its log kept, shown only if it fails). */
function migrateInto(dataDir: string, template: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx/esm', path.join(ROOT, 'tests/helpers/migrated-template.ts'), dataDir, template],
      {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'test' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let log = ''
    child.stdout!.on('data', (d) => (log += d))
    child.stderr!.on('data', (d) => (log += d))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 && fs.existsSync(template)
        ? resolve()
        : reject(new Error(`Migrate cơ sở dữ liệu mẫu thất bại (mã ${code}):\n${log.slice(-4000)}`)),
    )
  })
}
