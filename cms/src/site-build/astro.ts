import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroRunRequest } from './astro-runner'
import { takeBuildLock } from './build-lock'
import { SITE_SOURCE_DIR } from './paths'

/**
 * Runs `astro build` in the site folder. Astro keeps its prerender bundle in site/.astro/.prerender whatever the
 * output folder, so two builds at once (a rebuild and a preview, or two servers on one checkout) would overwrite
 * each other's: every Astro build takes the build lock first (build-lock.ts: across processes, a dead holder's
 * lock taken over at once, a wait reported through onWait).
 *
 * The build runs in a process of its own (./astro-runner.ts), one per build. After a build, warmAstro() starts the
 * next one's process, which loads Astro and waits: a rebuild then skips Node's start and that loading (about a
 * second at 5,000 articles, of a five-second Astro step). The waiting process holds nothing of the server's, keeps
 * no script alive (unreferenced) and exits when the server does.
 */
const RUNNER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'astro-runner.ts')

interface Runner {
  child: ChildProcess
  /** what it printed before its build was asked for (nothing, normally) */
  early: string[]
}

let waiting: Runner | null = null

function startRunner(): Runner {
  const child = spawn(process.execPath, [RUNNER], {
    cwd: SITE_SOURCE_DIR,
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  const runner: Runner = { child, early: [] }
  const keep = (d: Buffer) => runner.early.push(d.toString())
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  // a waiting process that fails to start or dies is simply not used
  child.on('error', () => undefined)
  child.once('exit', () => {
    if (waiting === runner) waiting = null
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

function takeRunner(): Runner {
  const runner = waiting && waiting.child.exitCode === null && waiting.child.connected ? waiting : startRunner()
  waiting = null
  hold(runner.child, true)
  return runner
}

export async function runAstro(
  env: NodeJS.ProcessEnv,
  onOutput: (chunk: string) => void,
  onWait: (message: string) => void = (m) => console.warn(`[build] ${m}`),
): Promise<void> {
  const release = await takeBuildLock((message) => {
    onOutput(`[khóa build] ${message}\n`)
    onWait(message)
  })
  try {
    const { child, early } = takeRunner()
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
