/**
 * Posting feedback under load, optionally with a kill -9 of the server in the middle and a restart, then checking
 * that nothing acknowledged was lost: every code answered 2xx is stored exactly once, nothing else was stored (with
 * no kill), and SQLite's integrity check passes. Used by scripts/bench/feedback-load.ts (200 clients, 60 s) and by
 * tests/integration/crash-recovery.test.ts (a short version in CI).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import net from 'node:net'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { rssMiB } from './process-memory.ts'
import { ensureServerBundle, SERVER_ARGS } from '../../lib/server-bundle.ts'

const ROOT = path.resolve(import.meta.dirname, '../../..')
/** How long a client keeps sending a submission again when its answer does not come (covers a restart). */
const RETRY_FOR_MS = 90_000

export interface LoadOptions {
  dataDir: string
  clients: number
  seconds: number
  /** kill -9 the server this many seconds in, then start it again */
  killAt?: number
  env?: Record<string, string>
}

export interface LoadReport {
  /** requests sent, retries included */
  requests: number
  /** requests that were a retry of a submission whose answer did not come */
  retries: number
  /** submissions answered 2xx (a retried one counts once) */
  acknowledged: number
  /** submissions given up on: refused, or no answer within RETRY_FOR_MS */
  failed: number
  reqPerSec: number
  p50ms: number
  p99ms: number
  restartSeconds: number | null
  /** with a kill: whether the restarted server took a submission */
  acceptedAfterRestart: boolean | null
  /** requests that got no 2xx, by reason (HTTP status or network error code), retried ones included */
  failures: Record<string, number>
  stored: number
  lost: string[]
  duplicates: number
  storedNotAcknowledged: number
  integrity: string
  rssAtRestMb: number
  rssPeakMb: number
}

export function serverEnv(dataDir: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, 'cms.db')}`,
    SITE_DIST: path.join(dataDir, 'site'),
    PAYLOAD_SECRET: 'bench-secret',
    NEXT_TELEMETRY_DISABLED: '1',
    DISABLE_PAYLOAD_HMR: 'true',
    SITE_REBUILD: 'off',
    HOST: '127.0.0.1',
    FEEDBACK_RATE_PER_MINUTE: '100000',
    FEEDBACK_RATE_PER_DAY: '10000000',
  }
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })

/** Migrations and the production seed (the themes), as production runs them before the server. */
export function prepare(dataDir: string, env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx/esm', path.join(ROOT, 'scripts/seed.ts')], {
      cwd: ROOT,
      env: { ...process.env, ...serverEnv(dataDir), ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let err = ''
    child.stderr.on('data', (d) => (err += d))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed: ${code}\n${err}`))))
  })
}

export interface Running {
  child: ChildProcess
  url: string
  stderr: () => string
}

export async function startServe(dataDir: string, port: number, env: Record<string, string>): Promise<Running> {
  // the server as production runs it (scripts/lib/server-bundle.ts)
  await ensureServerBundle()
  const child = spawn(process.execPath, SERVER_ARGS, {
    cwd: ROOT,
    env: { ...process.env, ...serverEnv(dataDir), PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-8000)))
  const url = `http://127.0.0.1:${port}`
  for (const until = Date.now() + 180_000; ;) {
    if (child.exitCode !== null) throw new Error(`Máy chủ đã thoát:\n${stderr}`)
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { child, url, stderr: () => stderr }
    if (Date.now() > until) throw new Error(`Máy chủ không sẵn sàng:\n${stderr}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

const rssMb = rssMiB

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : 0)

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const env = options.env ?? {}
  const port = await freePort()
  let server = await startServe(options.dataDir, port, env)
  await new Promise((r) => setTimeout(r, 2000))
  const rssAtRestMb = rssMb(server.child.pid)
  let rssPeakMb = rssAtRestMb
  const acknowledged: string[] = []
  const latencies: number[] = []
  let requests = 0
  let failed = 0
  let retries = 0
  let restartSeconds: number | null = null
  let acceptedAfterRestart: boolean | null = null
  const failures: Record<string, number> = {}
  const started = Date.now()
  const end = started + options.seconds * 1000
  const sampler = setInterval(() => {
    try {
      rssPeakMb = Math.max(rssPeakMb, rssMb(server.child.pid))
    } catch {
      // the process is gone (killed)
    }
  }, 500)

  /**
   * One submission as a careful client sends it: with an idempotency key, and sent again with the same key when the
   * answer does not come (a timeout, a reset, the server down while it restarts), for up to RETRY_FOR_MS. A retry of
   * a submission the server had stored is answered with its first code, so a slow answer costs no duplicate.
   * Returns the code when it was answered 2xx.
   */
  const post = async (subject: string): Promise<string | null> => {
    const key = randomUUID()
    const body = JSON.stringify({
      kind: 'gop-y',
      subject,
      message: 'Nội dung góp ý gửi khi đo tải của máy chủ, đủ dài để hợp lệ.',
      name: 'Người đo tải',
      email: 'do-tai@example.com',
      consent: true,
    })
    const t0 = performance.now()
    for (let attempt = 0; ; attempt++) {
      requests++
      if (attempt > 0) retries++
      try {
        const res = await fetch(`${server.url}/gop-y/gui/`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': key },
          body,
          signal: AbortSignal.timeout(30_000),
        })
        const answer = (await res.json().catch(() => ({}))) as { code?: string }
        if (res.status >= 200 && res.status < 300 && answer.code) {
          acknowledged.push(answer.code)
          latencies.push(performance.now() - t0)
          return answer.code
        }
        failures[`HTTP ${res.status}`] = (failures[`HTTP ${res.status}`] ?? 0) + 1
        failed++
        return null
      } catch (err) {
        const e = err as Error & { cause?: { code?: string } }
        const reason = e.cause?.code ?? e.name
        failures[reason] = (failures[reason] ?? 0) + 1
        if (performance.now() - t0 > RETRY_FOR_MS) {
          failed++
          return null
        }
        await new Promise((r) => setTimeout(r, 250 * Math.min(attempt + 1, 4)))
      }
    }
  }
  const client = async (n: number) => {
    for (let i = 0; Date.now() < end; i++) await post(`Góp ý tải ${n}-${i}`)
  }
  const killer = (async () => {
    if (options.killAt === undefined) return
    await new Promise((r) => setTimeout(r, options.killAt! * 1000))
    server.child.kill('SIGKILL')
    await new Promise((r) => server.child.once('exit', r))
    const t0 = Date.now()
    server = await startServe(options.dataDir, port, env)
    restartSeconds = (Date.now() - t0) / 1000
    acceptedAfterRestart = (await post('Góp ý sau khi khởi động lại')) !== null
  })()
  await Promise.all([...Array.from({ length: options.clients }, (_, n) => client(n)), killer])
  const elapsed = (Date.now() - started) / 1000
  clearInterval(sampler)
  const db = createClient({ url: `file:${path.join(options.dataDir, 'cms.db')}` })
  // what was answered in a flood may still wait in the intake queue (cms/src/collections/Feedback/intake.ts): the
  // server stores it before it is stopped (a build from before the queue has no such table)
  const queued = async () =>
    Number((await db.execute('SELECT count(*) AS n FROM feedback_intake').catch(() => ({ rows: [{ n: 0 }] }))).rows[0]!.n)
  for (const until = Date.now() + 180_000; (await queued()) > 0 && Date.now() < until;) await new Promise((r) => setTimeout(r, 250))
  const exited = new Promise((r) => server.child.once('exit', r))
  server.child.kill('SIGTERM')
  await exited

  try {
    const integrity = String((await db.execute('PRAGMA integrity_check')).rows[0][0])
    const rows = (await db.execute('SELECT code FROM feedback')).rows.map((r) => String(r.code))
    const stored = new Set(rows)
    const acked = new Set(acknowledged)
    latencies.sort((a, b) => a - b)
    return {
      requests,
      retries,
      acknowledged: acknowledged.length,
      failed,
      reqPerSec: Math.round((acknowledged.length / elapsed) * 10) / 10,
      p50ms: Math.round(percentile(latencies, 0.5)),
      p99ms: Math.round(percentile(latencies, 0.99)),
      restartSeconds,
      acceptedAfterRestart,
      failures,
      stored: rows.length,
      lost: acknowledged.filter((c) => !stored.has(c)),
      duplicates: rows.length - stored.size + (acknowledged.length - acked.size),
      storedNotAcknowledged: rows.filter((c) => !acked.has(c)).length,
      integrity,
      rssAtRestMb,
      rssPeakMb,
    }
  } finally {
    db.close()
  }
}
