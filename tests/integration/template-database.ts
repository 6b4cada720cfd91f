/**
 * The integration project's globalSetup: migrates one empty SQLite file once per run (in a child process, as
 * freshPayload would) and hands its path to the files, so freshPayload copies that file into each file's fresh
 * data folder instead of running every migration again (tests/helpers/payload.ts). freshPayload still runs the
 * migrations over the copy (a check that finds nothing to do), so a file never runs on an outdated schema.
 * tests/integration/ratings-migration.test.ts, which tests a migration itself, does not use it.
 */
import { type ChildProcess, spawn } from 'node:child_process'
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
  // the migration runs while the other projects' setups (the e2e product's boot) and files run: the first file that
  // needs the template waits for it (copyTemplateDatabase in tests/helpers/payload.ts)
  const child = migrateInto(dataDir, template)
  project.provide('templateDatabase', template)
  return () => {
    child.kill('SIGKILL')
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

/**
 * The script in a child process: it writes the template under another name and renames it when whole; a failure
 * writes its log beside the template (`<template>.failed`) for the waiting file to show.
 */
function migrateInto(dataDir: string, template: string): ChildProcess {
  const started = Date.now()
  const child = spawn(process.execPath, ['--import', 'tsx/esm', path.join(ROOT, 'tests/helpers/migrated-template.ts'), dataDir, template], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => (log += d))
  const failed = (why: string) =>
    fs.writeFileSync(`${template}.failed`, `Migrate cơ sở dữ liệu mẫu thất bại (${why}):\n${log.slice(-4000)}`)
  child.on('error', (err) => failed(String(err)))
  child.on('exit', (code, signal) => {
    if (code === 0 && fs.existsSync(template))
      console.log(`integration: cơ sở dữ liệu mẫu đã migrate sau ${Math.round((Date.now() - started) / 1000)} s`)
    else if (signal !== 'SIGKILL') failed(`mã ${code}`)
  })
  return child
}
