/**
 * How fast the server refuses a client over its limit (the 429 path, the one a flood drives), issue 14 §4: a fresh
 * data folder, the real server with the feedback limit at 1 a minute, one accepted post, then `clients` concurrent
 * posters for `seconds`. Used by scripts/bench/rate-limit.ts and scripts/bench/all.ts.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { prepare, serverEnv } from './feedback-load.ts'
import { ensureServerBundle, SERVER_ARGS } from '../../lib/server-bundle.ts'

const ROOT = path.resolve(import.meta.dirname, '../../..')

export interface RateLimitReport {
  requests: number
  reqS: number
  p50Ms: number
  p99Ms: number
  statuses: Record<number, number>
  /** feedback stored (must be 1: the first post) */
  stored: number
  ok: boolean
}

export async function measureRateLimit(clients: number, seconds: number): Promise<RateLimitReport> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-bench-429-'))
  const port = 20000 + Math.floor(Math.random() * 20000)
  const env = { FEEDBACK_RATE_PER_MINUTE: '1', FEEDBACK_RATE_PER_DAY: '1000' }
  const body = JSON.stringify({
    kind: 'gop-y',
    subject: 'Góp ý về bữa ăn bán trú',
    message: 'Đề nghị nhà trường công khai thực đơn bán trú hằng tuần cho phụ huynh được biết.',
    name: 'Lê Văn Tâm',
    phone: '0987 654 321',
    consent: true,
  })
  const url = `http://127.0.0.1:${port}`
  const post = () => fetch(`${url}/gop-y/gui/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })

  await prepare(dataDir, env)
  // the server as production runs it (scripts/lib/server-bundle.ts)
  await ensureServerBundle()
  const child = spawn(process.execPath, SERVER_ARGS, {
    cwd: ROOT,
    env: { ...process.env, ...serverEnv(dataDir), ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  try {
    for (
      const until = Date.now() + 180_000;
      !(await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      ));
    ) {
      if (Date.now() > until || child.exitCode !== null) throw new Error('Máy chủ không sẵn sàng.')
      await new Promise((r) => setTimeout(r, 200))
    }
    const first = await post()
    if (first.status !== 201) throw new Error(`Lần gửi đầu: ${first.status}`)
    for (let i = 0; i < 50; i++) await (await post()).arrayBuffer() // warm-up
    const latencies: number[] = []
    const statuses: Record<number, number> = {}
    const end = Date.now() + seconds * 1000
    const started = Date.now()
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (Date.now() < end) {
          const t = performance.now()
          const res = await post()
          await res.arrayBuffer()
          latencies.push(performance.now() - t)
          statuses[res.status] = (statuses[res.status] ?? 0) + 1
        }
      }),
    )
    const elapsed = (Date.now() - started) / 1000
    latencies.sort((a, b) => a - b)
    const pct = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))])
    const db = createClient({ url: `file:${path.join(dataDir, 'cms.db')}` })
    const stored = Number((await db.execute('select count(*) as n from feedback')).rows[0].n)
    db.close()
    return {
      requests: latencies.length,
      reqS: Math.round(latencies.length / elapsed),
      p50Ms: pct(0.5),
      p99Ms: pct(0.99),
      statuses,
      stored,
      ok: stored === 1 && Object.keys(statuses).join() === '429',
    }
  } finally {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
