/**
 * `npm test`: every suite (unit, integration, end-to-end) through vitest, then one closing line
 * "N passed, N failed" summed over all of them. Exits non-zero when anything failed.
 * Extra arguments go to vitest (e.g. `npm test -- --project unit`).
 */
import fs from 'node:fs'
import path from 'node:path'
import { ROOT } from './lib/local-env.ts'
import { NPM, run } from './lib/run.ts'

process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.ASTRO_TELEMETRY_DISABLED = '1'

if (!fs.existsSync(path.join(ROOT, 'cms/.next/BUILD_ID'))) {
  console.log('Build trang quản trị trước khi kiểm thử…')
  try {
    await run(NPM, ['run', 'build', '-w', 'cms'], { cwd: ROOT })
  } catch (err) {
    console.error('Build trang quản trị thất bại:', err)
    console.log('0 passed, 1 failed')
    process.exit(1)
  }
}

// Static checks, side by side: types of what `next build` does not see (shared, scripts, tests), ESLint, Prettier's
// formatting and `astro check` of the site. Each one that fails counts as one failure.
const bin = (file: string) => path.join(ROOT, 'node_modules', file)
const checks: [string, string[], string][] = [
  ['Kiểm tra kiểu (tsc)', [bin('typescript/bin/tsc'), '--noEmit', '-p', path.join(ROOT, 'tsconfig.json')], ROOT],
  ['Kiểm tra mã (ESLint)', [bin('eslint/bin/eslint.js'), '.'], ROOT],
  ['Kiểm tra định dạng (Prettier)', [bin('prettier/bin/prettier.cjs'), '--check', '--log-level=warn', '.'], ROOT],
  ['Kiểm tra trang Astro (astro check)', [bin('astro/bin/astro.mjs'), 'check'], path.join(ROOT, 'site')],
]
const checkResults = await Promise.all(
  checks.map(([name, args, cwd]) =>
    run(process.execPath, args, { cwd, env: { ...process.env, CI: 'true' } }).then(
      () => 0,
      () => {
        console.error(`${name} thất bại.`)
        return 1
      },
    ),
  ),
)
const checkFailures = checkResults.reduce((a: number, b: number) => a + b, 0)

const report = path.join(ROOT, 'test-results/vitest.json')
fs.mkdirSync(path.dirname(report), { recursive: true })
fs.rmSync(report, { force: true })
let vitestFailed = false
try {
  await run(
    process.execPath,
    [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
    { cwd: ROOT },
  )
} catch {
  vitestFailed = true
}

let passed = 0
let failed = 0
if (fs.existsSync(report)) {
  const result = JSON.parse(fs.readFileSync(report, 'utf8')) as {
    numPassedTests: number
    numFailedTests: number
    testResults: { status: string; assertionResults: unknown[] }[]
  }
  passed = result.numPassedTests
  // a file that failed to load has no tests of its own: count it as one failure so it cannot hide
  failed = result.numFailedTests + result.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length
}
if (vitestFailed && failed === 0) failed = 1
failed += checkFailures
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
