/**
 * `npm test`: every suite (unit, integration, end-to-end) through vitest, then one closing line
 * "N passed, N failed" summed over all of them. Exits non-zero when anything failed.
 * Extra arguments go to vitest (e.g. `npm test -- --project unit`).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ROOT } from './lib/local-env.ts'
import { ensureAdminBuild } from './lib/admin-build.ts'
import { ensureServerBundle } from './lib/server-bundle.ts'

process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.ASTRO_TELEMETRY_DISABLED = '1'
// every test file and every server it starts loads Payload, Next and their dependencies again: Node's on-disk
// compile cache spares about 15 % of that CPU (5.9 s → 5.0 s of user time for the Payload config, measured here)
process.env.NODE_COMPILE_CACHE ??= path.join(ROOT, 'node_modules/.cache/node-compile-cache')
// and each of them mostly loads modules, which fills V8's young generation again and again: a larger one (32 MB
// instead of 16) collects less often. Four integration files: 60 → 58 CPU-seconds, 34 → 33 s, in two runs each.
if (!/--max-semi-space-size/.test(process.env.NODE_OPTIONS ?? ''))
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --max-semi-space-size=32`.trim()

const seconds = (since: number) => `${Math.round((Date.now() - since) / 1000)} s`
const timings: string[] = []

{
  const started = Date.now()
  try {
    if (await ensureAdminBuild('Dựng lại trang quản trị (mã nguồn đã thay đổi) trước khi kiểm thử…'))
      timings.push(`build cms ${seconds(started)}`)
    // the server's bundle, which the tests' servers run (scripts/lib/server-bundle.ts), made here once for the run
    const bundling = Date.now()
    if (await ensureServerBundle()) timings.push(`build server ${seconds(bundling)}`)
  } catch (err) {
    console.error('Dựng trang quản trị hoặc đóng gói máy chủ thất bại:', err)
    console.log('0 passed, 1 failed')
    process.exit(1)
  }
}

// Static checks run one after another alongside vitest rather than before it (their CPU then no longer adds to the
// wall time); their output is shown after vitest's. Each that fails counts as one failure.
const bin = (file: string) => path.join(ROOT, 'node_modules', file)
const STATIC_CHECKS: { name: string; args: string[]; cwd: string }[] = [
  // the root's files and the admin's in one program (tsconfig.check.json; next build does not type-check: cms/next.config.ts)
  { name: 'Kiểm tra kiểu (tsc)', args: [bin('typescript/bin/tsc'), '--noEmit', '-p', path.join(ROOT, 'tsconfig.check.json')], cwd: ROOT },
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

/**
 * One vitest run by default (e2e, then integration and unit, one file at a time). TEST_LANES=2 runs the e2e files and
 * the unit + integration files as two lanes at once instead: measured here it saved only about a tenth (the suite is
 * bound by the two cores: Chromium, the servers and the site builds already keep both busy) and it made two
 * time-sensitive tests slower than their margins, so it is not the default. Extra arguments (a project, a file) run
 * one vitest as given.
 */
const LANES =
  process.argv.length > 2 || process.env.TEST_LANES !== '2'
    ? [{ name: 'vitest', args: process.argv.slice(2) }]
    : [
        { name: 'e2e', args: ['--project', 'e2e'] },
        { name: 'unit+integration', args: ['--project', 'unit', '--project', 'integration'] },
      ]
const reportDir = path.join(ROOT, 'test-results')
fs.mkdirSync(reportDir, { recursive: true })
for (const f of fs.readdirSync(reportDir)) if (/^vitest.*\.json$/.test(f)) fs.rmSync(path.join(reportDir, f), { force: true })

/** One vitest run; its output goes out whole lines at a time, so two lanes interleave by line, never mid-line. */
function lane(name: string, args: string[], report: string): Promise<boolean> {
  const started = Date.now()
  return new Promise((resolve) => {
    const vitest = path.join(ROOT, 'node_modules/vitest/vitest.mjs')
    const child = spawn(
      process.execPath,
      [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      let pending = ''
      stream.on('data', (d: Buffer) => {
        const text = pending + d.toString()
        const cut = text.lastIndexOf('\n') + 1
        if (cut) out.write(text.slice(0, cut))
        pending = text.slice(cut)
      })
      stream.on('end', () => pending && out.write(pending + '\n'))
    }
    child.on('error', () => resolve(false))
    child.on('exit', (code) => {
      timings.push(`${name} ${seconds(started)}`)
      resolve(code === 0)
    })
  })
}

const reports = LANES.map((l, i) => path.join(reportDir, `vitest${LANES.length > 1 ? `-${i + 1}` : ''}.json`))
const laneResults = await Promise.all(LANES.map((l, i) => lane(l.name, l.args, reports[i])))
const vitestFailed = laneResults.includes(false)

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
for (const report of reports) {
  if (!fs.existsSync(report)) continue
  const result = JSON.parse(fs.readFileSync(report, 'utf8')) as {
    numPassedTests: number
    numFailedTests: number
    testResults: { status: string; assertionResults: unknown[] }[]
  }
  passed += result.numPassedTests
  // a file that failed to load has no tests of its own: count it as one failure so it cannot hide
  failed += result.numFailedTests + result.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length
}
if (vitestFailed && failed === 0) failed = 1
failed += checkFailures
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
