/**
 * `npm test`: every suite (unit, integration, end-to-end) through vitest, then one closing line
 * "N passed, N failed" summed over all of them. Exits non-zero when anything failed.
 * Extra arguments go to vitest (e.g. `npm test -- --project unit`).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ROOT } from './lib/local-env.ts'
import { NPM, run } from './lib/run.ts'

process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.ASTRO_TELEMETRY_DISABLED = '1'

const seconds = (since: number) => `${Math.round((Date.now() - since) / 1000)} s`
const timings: string[] = []

if (!fs.existsSync(path.join(ROOT, 'cms/.next/BUILD_ID'))) {
  const started = Date.now()
  console.log('Build trang quản trị trước khi kiểm thử…')
  try {
    await run(NPM, ['run', 'build', '-w', 'cms'], { cwd: ROOT })
  } catch (err) {
    console.error('Build trang quản trị thất bại:', err)
    console.log('0 passed, 1 failed')
    process.exit(1)
  }
  timings.push(`build cms ${seconds(started)}`)
}

// Static checks run one after another alongside vitest rather than before it (their CPU then no longer adds to the
// wall time); their output is shown after vitest's. Each that fails counts as one failure.
const bin = (file: string) => path.join(ROOT, 'node_modules', file)
const STATIC_CHECKS: { name: string; args: string[]; cwd: string }[] = [
  { name: 'Kiểm tra kiểu (tsc)', args: [bin('typescript/bin/tsc'), '--noEmit', '-p', path.join(ROOT, 'tsconfig.json')], cwd: ROOT },
  // the admin's own code (next build does not type-check it: cms/next.config.ts)
  {
    name: 'Kiểm tra kiểu trang quản trị (tsc)',
    args: [bin('typescript/bin/tsc'), '--noEmit', '-p', path.join(ROOT, 'cms/tsconfig.json')],
    cwd: ROOT,
  },
  { name: 'Kiểm tra mã (ESLint)', args: [bin('eslint/bin/eslint.js'), '.'], cwd: ROOT },
  { name: 'Kiểm tra định dạng (Prettier)', args: [bin('prettier/bin/prettier.cjs'), '--check', '--log-level=warn', '.'], cwd: ROOT },
  { name: 'Kiểm tra trang Astro (astro check)', args: [bin('astro/bin/astro.mjs'), 'check'], cwd: path.join(ROOT, 'site') },
]

function check(name: string, args: string[], cwd: string): Promise<{ name: string; ok: boolean; output: string }> {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', (err) => resolve({ name, ok: false, output: String(err) }))
    child.on('exit', (code) => {
      timings.push(`${name} ${seconds(started)}`)
      resolve({ name, ok: code === 0, output })
    })
  })
}

const staticChecks = (async () => {
  const results = []
  for (const c of STATIC_CHECKS) results.push(await check(c.name, c.args, c.cwd))
  return results
})()

const report = path.join(ROOT, 'test-results/vitest.json')
fs.mkdirSync(path.dirname(report), { recursive: true })
fs.rmSync(report, { force: true })
let vitestFailed = false
const vitestStarted = Date.now()
try {
  await run(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...process.argv.slice(2),
    ],
    { cwd: ROOT },
  )
} catch {
  vitestFailed = true
}
timings.push(`vitest ${seconds(vitestStarted)}`)

let checkFailures = 0
for (const result of await staticChecks) {
  if (result.ok) continue
  process.stdout.write(result.output)
  console.error(`${result.name} thất bại.`)
  checkFailures += 1
}
console.log(`Thời gian: ${timings.join(', ')}`)

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
