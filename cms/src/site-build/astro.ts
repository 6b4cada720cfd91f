import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroRunRequest } from './astro-runner'
import { takeBuildLock } from './build-lock'
import { CONTENT_CACHE_DIR, SITE_SOURCE_DIR } from './paths'
import { SITE_ENV } from '@gd/shared/site-build-contract'
import { processAlive } from '../utilities/processAlive'
import { helperEnv } from './helper-env'
import { siteCodeFingerprint } from './code-fingerprint'

/**
 * Runs `astro build` of the site folder. Astro writes its prerender bundle under its working folder (.astro/.prerender)
 * when the output folder lies outside it, as every build's does: each build's process works in a folder of its own,
 * site/.astro/runs/<host>-<server pid>-<random> (its cacheDir too), removed when it exits, so builds of different
 * sites run side by side; two builds of one site take turns (build-lock.ts: across processes, a dead holder's lock
 * taken over at once, a wait reported through onWait). A dead server's leftover folders are removed by the next.
 *
 * The build runs in a process of its own (./astro-runner.ts), one per build. After a build, warmAstro() starts the
 * next one's process, which loads Astro, bundles the site's code and waits: a rebuild then skips Node's start, that
 * loading and the bundling (at 5,000 articles the Astro step of a one-article edit, 2.0–4.5 s, became 1.3–2.2 s). It is
 * not used for a build of other code (the fingerprint of ./code-fingerprint.ts, taken as it starts). The waiting process
 * holds nothing of the server's, keeps no script alive (unreferenced) and exits when the server does.
 */
const RUNNER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'astro-runner.ts')
const RUNS_DIR = path.join(SITE_SOURCE_DIR, '.astro', 'runs')

/** Removes the working folders of this host's servers that are gone (killed before their builds' processes exited). */
function removeLeftoverRuns(): void {
  let names: string[]
  try {
    names = fs.readdirSync(RUNS_DIR)
  } catch {
    return
  }
  const host = os.hostname()
  for (const name of names) {
    const m = /^(.+)-(\d+)-[^-]+$/.exec(name)
    if (m && m[1] === host && Number(m[2]) !== process.pid && !processAlive(Number(m[2])))
      fs.rmSync(path.join(RUNS_DIR, name), { recursive: true, force: true })
  }
}

interface Runner {
  child: ChildProcess
  /** what it printed before its build was asked for (Astro's account of the bundling) */
  early: string[]
  /** the fingerprint of the site's code it bundled (./code-fingerprint.ts), taken as it started */
  code: Promise<string>
}

let waiting: Runner | null = null

function startRunner(): Runner {
  removeLeftoverRuns()
  fs.mkdirSync(RUNS_DIR, { recursive: true })
  const workDir = fs.mkdtempSync(path.join(RUNS_DIR, `${os.hostname()}-${process.pid}-`))
  const child = spawn(process.execPath, [RUNNER, SITE_SOURCE_DIR, workDir], {
    cwd: workDir,
    // the content cache's folder, which it reads ahead (./astro-runner.ts)
    env: helperEnv({ NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', [SITE_ENV.cacheDir]: CONTENT_CACHE_DIR }),
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  const runner: Runner = { child, early: [], code: siteCodeFingerprint().catch(() => '') }
  const keep = (d: Buffer) => runner.early.push(d.toString())
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  // a waiting process that fails to start or dies is simply not used
  child.on('error', () => undefined)
  child.once('exit', () => {
    if (waiting === runner) waiting = null
    fs.rmSync(workDir, { recursive: true, force: true })
  })
  return runner
}

/** Held back from keeping the server (or a script that built once) alive while it waits; taken back for a build. */
function hold(child: ChildProcess, alive: boolean): void {
  for (const handle of [child, child.channel, child.stdout, child.stderr]) {
    if (handle && 'ref' in handle && 'unref' in handle) (alive ? handle.ref : handle.unref).call(handle)
  }
}

/** Starts the process of the next build, if none waits. */
export function warmAstro(): void {
  if (waiting && waiting.child.exitCode === null && waiting.child.connected) return
  waiting = startRunner()
  hold(waiting.child, false)
}

/** The waiting process, unless it is gone or bundled other code than the build's (a change to the site's sources since). */
async function takeRunner(code: string): Promise<Runner> {
  let runner = waiting && waiting.child.exitCode === null && waiting.child.connected ? waiting : null
  waiting = null
  if (runner && (await runner.code) !== code) {
    runner.child.kill()
    runner = null
  }
  runner ??= startRunner()
  hold(runner.child, true)
  return runner
}

export async function runAstro(
  env: NodeJS.ProcessEnv,
  onOutput: (chunk: string) => void,
  onWait: (message: string) => void = (m) => console.warn(`[build] ${m}`),
  code?: string,
): Promise<void> {
  const release = await takeBuildLock((message) => {
    onOutput(`[khóa build] ${message}\n`)
    onWait(message)
  })
  try {
    const { child, early } = await takeRunner(code ?? (await siteCodeFingerprint()))
    await new Promise<void>((resolve, reject) => {
      child.stdout!.removeAllListeners('data')
      child.stderr!.removeAllListeners('data')
      for (const chunk of early) onOutput(chunk)
      child.stdout!.on('data', (d: Buffer) => onOutput(d.toString()))
      child.stderr!.on('data', (d: Buffer) => onOutput(d.toString()))
      child.on('error', reject)
      // 'close': everything it printed has been read
      child.on('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`astro kết thúc với mã ${code ?? signal}`))))
      const request: AstroRunRequest = { env }
      child.send(request, (err) => err && reject(err))
    })
  } finally {
    await release()
  }
}
