/**
 * Benchmark (prints numbers; not a test): how long a clean CI run takes on this machine, as CI runs it.
 *   npm run bench:ci -- [--commit <rev>] [--files <list>] [--runs <n>]
 * Clones this repository at <rev> (default HEAD) into a new temporary folder and runs `bash .ci/run` there with CI=true
 * and no standard input: Node 24, `npm ci`, the admin build and `npm test`, nothing taken from this working tree (no
 * node_modules, no compile cache, no build). With --files, only the test files listed there (one path per line, `#`
 * begins a comment; `.ci/run` hands them to vitest, a `.ci/run` older than this benchmark ignores them and runs every
 * file): `scripts/bench/anchor-test-files.txt` lists the files the suite had at e57641e, issue 8's anchor. Prints each run's time and its closing "N passed, N failed" line; its whole output
 * stays in a log file in the temporary folder. The last line is one JSON object with the figures.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ROOT } from '../lib/local-env.ts'

const { values } = parseArgs({
  options: { commit: { type: 'string', default: 'HEAD' }, files: { type: 'string' }, runs: { type: 'string', default: '1' } },
})
const git = (args: string[], cwd = ROOT) => {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr.trim()}`)
  return r.stdout.trim()
}
const runCount = Number(values.runs)
if (!Number.isInteger(runCount) || runCount < 1) {
  console.error(`--runs phải là một số nguyên dương (nhận được “${values.runs}”).`)
  process.exit(2)
}
const commit = git(['rev-parse', '--verify', `${values.commit}^{commit}`])
if (values.files && !fs.existsSync(values.files)) {
  console.error(`Không thấy tệp danh sách “${values.files}”.`)
  process.exit(2)
}
const files = values.files
  ? fs
      .readFileSync(values.files, 'utf8')
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter(Boolean)
  : []

/**
 * The environment of a machine that has not run anything of this project: nothing npm adds when it runs a script
 * (npm_* variables, node_modules/.bin folders on PATH: `.ci/run` finds or installs Node 24 itself, as on CI) and no
 * cache of this working tree (Node's compile cache).
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const key of Object.keys(env)) if (/^npm_|^NODE_COMPILE_CACHE$|^NODE_OPTIONS$|^INIT_CWD$/i.test(key)) delete env[key]
  env.PATH = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => !dir.startsWith(ROOT) && !/node_modules[\\/]\.bin$/.test(dir) && !dir.includes(`${path.sep}node-gyp-bin`))
    .join(path.delimiter)
  env.CI = 'true'
  return env
}

interface Run {
  seconds: number
  exit: number | null
  passed: number | null
  failed: number | null
  log: string
}

function cleanRun(index: number): Promise<Run> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-clean-ci-'))
  const clone = path.join(dir, 'repo')
  const log = path.join(dir, 'ci.log')
  git(['clone', '--quiet', ROOT, clone])
  git(['checkout', '--quiet', commit], clone)
  console.log(`[bench] lần ${index}: ${commit.slice(0, 7)}${files.length ? `, ${files.length} tệp kiểm thử` : ''}, nhật ký ${log}`)
  const started = Date.now()
  return new Promise((resolve) => {
    const out = fs.openSync(log, 'w')
    const child = spawn('bash', ['.ci/run', ...files], { cwd: clone, env: cleanEnv(), stdio: ['ignore', out, out] })
    child.on('exit', (code) => {
      fs.closeSync(out)
      const seconds = Math.round((Date.now() - started) / 1000)
      const last = /^(\d+) passed, (\d+) failed\s*$/m.exec(fs.readFileSync(log, 'utf8').split('\n').slice(-5).join('\n'))
      // the clone (node_modules and all) goes; the log stays beside where it was
      fs.rmSync(clone, { recursive: true, force: true })
      resolve({ seconds, exit: code, passed: last ? Number(last[1]) : null, failed: last ? Number(last[2]) : null, log })
    })
  })
}

const runs: Run[] = []
for (let i = 1; i <= runCount; i++) {
  const run = await cleanRun(i)
  runs.push(run)
  console.log(`[bench] lần ${i}: ${run.seconds} s, mã thoát ${run.exit}, ${run.passed ?? '?'} passed, ${run.failed ?? '?'} failed`)
}
const sorted = runs.map((r) => r.seconds).sort((a, b) => a - b)
console.log(
  JSON.stringify({
    commit,
    files: values.files ?? null,
    testFiles: files.length || null,
    seconds: runs.map((r) => r.seconds),
    medianS: sorted[Math.floor(sorted.length / 2)],
    passed: runs.map((r) => r.passed),
    failed: runs.map((r) => r.failed),
    exit: runs.map((r) => r.exit),
  }),
)
