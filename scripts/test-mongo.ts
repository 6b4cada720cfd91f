/**
 * `DATABASE_URL=mongodb://… npm run test:mongo`: the integration suite against a department's own MongoDB. Each
 * test file creates its own database on that server (the URL's database name, then the test's folder name) and
 * drops it at the end; tests that need SQLite itself are skipped and say why (tests/helpers/database.ts). Use a test
 * server or an account allowed to create and drop databases, never the production database's account.
 * Extra arguments go to vitest (e.g. one file).
 */
import fs from 'node:fs'
import path from 'node:path'
import { ROOT } from './lib/local-env.ts'
import { NPM, run } from './lib/run.ts'

const url = process.env.DATABASE_URL ?? ''
if (!/^mongodb(\+srv)?:\/\//.test(url)) {
  console.error('Cần DATABASE_URL=mongodb://… (máy chủ MongoDB dùng để kiểm thử), ví dụ:')
  console.error('  DATABASE_URL=mongodb://kiemthu:matkhau@10.0.0.5:27017/gddt-kiem-thu?authSource=admin npm run test:mongo')
  process.exit(2)
}
if (!fs.existsSync(path.join(ROOT, 'cms/.next/BUILD_ID'))) await run(NPM, ['run', 'build', '-w', 'cms'], { cwd: ROOT })
const vitest = path.join(ROOT, 'node_modules/vitest/vitest.mjs')
try {
  await run(process.execPath, [vitest, 'run', '--project', 'integration', ...process.argv.slice(2)], {
    cwd: ROOT,
    env: { ...process.env, TEST_DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' },
  })
} catch {
  process.exitCode = 1
}
