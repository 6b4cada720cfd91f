/**
 * Intake under load: `POST /gop-y/gui/` (each body different) beside Payload's own REST create of the same feedback,
 * on one fresh server (autocannon, 50 connections, lib/http-load.ts), then the check that every 2xx was stored and
 * none twice, once the intake queue (cms/src/collections/Feedback/intake.ts) has stored the flood. Used by all.ts and by intake.ts (this benchmark alone).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { freePort, prepare, startServe } from './feedback-load.ts'
import { type HttpLoad, httpLoad } from './http-load.ts'
import { memorySampler } from './process-memory.ts'

export interface IntakeFigures {
  intake: HttpLoad
  restCreate: HttpLoad
  intakeReqS: number
  intakeP99Ms: number
  restCreateReqS: number
  intakeRatioToRestCreate: number
  /** submissions answered but still in the intake queue when the load stopped, and how long they took to be stored */
  intakeQueuedAtEnd: number
  intakeDrainS: number
  /** every 2xx stored (requests in flight when a load stops may be stored without their answer) */
  intakeNoneLost: boolean
  intakeNoDuplicate: boolean
  cmsPeakRssMiB: number
}

export async function measureIntake(): Promise<IntakeFigures> {
  const admin = { ADMIN_EMAIL: 'bench@example.edu.vn', ADMIN_PASSWORD: 'Do-Hieu-Nang@2026' }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-bench-intake-'))
  await prepare(dir, admin)
  // as in production behind nginx (one proxy, which sets X-Forwarded-For) with the default per-address limits: the
  // flood is of citizens, each from their own address (with one address and the limits lifted instead, the limits'
  // counts would hold thousands of rows per address, which the limits themselves never allow)
  const server = await startServe(dir, await freePort(), { TRUST_PROXY: '1', FEEDBACK_RATE_PER_MINUTE: '5', FEEDBACK_RATE_PER_DAY: '500' })
  try {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: admin.ADMIN_EMAIL, password: admin.ADMIN_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    let n = 0
    const feedback = () =>
      JSON.stringify({
        kind: 'gop-y',
        subject: `Góp ý đo tải số ${++n}`,
        message: 'Nội dung góp ý gửi khi đo tải của máy chủ, đủ dài để hợp lệ.',
        name: 'Người đo tải',
        email: 'do-tai@example.com',
        consent: true,
      })
    const json = { 'content-type': 'application/json' }
    const rest = { ...json, authorization: `JWT ${token}` }
    const citizen = () => ({ ...json, 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` })
    // each path warmed by 20 requests first (the code loaded and compiled on its first use is not measured)
    for (let i = 0; i < 20; i++) {
      const probe = await fetch(`${server.url}/api/feedback`, { method: 'POST', headers: rest, body: feedback() })
      if (probe.status !== 201) throw new Error(`REST create: ${probe.status} ${await probe.text()}`)
      const post = await fetch(`${server.url}/gop-y/gui/`, { method: 'POST', headers: citizen(), body: feedback() })
      if (post.status !== 201) throw new Error(`Tiếp nhận: ${post.status} ${await post.text()}`)
    }
    const memory = memorySampler(() => server.child.pid)
    const intake = await httpLoad({
      url: `${server.url}/gop-y/gui/`,
      method: 'POST',
      headers: json,
      requests: [{ setupRequest: (req) => ({ ...req, body: feedback(), headers: citizen() }) }],
    })
    // the flood's submissions still in the intake queue are stored before anything else is measured
    const db = createClient({ url: `file:${path.join(dir, 'cms.db')}` })
    const drainStarted = Date.now()
    // (a build from before the queue has no such table: nothing waits)
    const waiting = async () =>
      Number((await db.execute('SELECT count(*) AS n FROM feedback_intake').catch(() => ({ rows: [{ n: 0 }] }))).rows[0]!.n)
    const queuedAtEnd = await waiting()
    while ((await waiting()) > 0) {
      if (Date.now() - drainStarted > 600_000) throw new Error('Hàng chờ tiếp nhận chưa hết sau 10 phút')
      await new Promise((r) => setTimeout(r, 250))
    }
    const intakeDrainS = Number(((Date.now() - drainStarted) / 1000).toFixed(1))
    const restCreate = await httpLoad({
      url: `${server.url}/api/feedback`,
      method: 'POST',
      headers: rest,
      requests: [{ setupRequest: (req) => ({ ...req, body: feedback() }) }],
    })
    memory.stop()
    const rows = (await db.execute('SELECT count(*) AS n, count(DISTINCT subject) AS d FROM feedback')).rows[0]
    db.close()
    return {
      intake,
      restCreate,
      intakeReqS: intake.reqS,
      intakeP99Ms: intake.p99Ms,
      restCreateReqS: restCreate.reqS,
      intakeRatioToRestCreate: Number((intake.reqS / restCreate.reqS).toFixed(3)),
      intakeQueuedAtEnd: queuedAtEnd,
      intakeDrainS,
      intakeNoneLost: Number(rows.n) >= 40 + intake.statuses['2xx'] + restCreate.statuses['2xx'],
      intakeNoDuplicate: rows.n === rows.d,
      cmsPeakRssMiB: memory.peaks().selfMiB,
    }
  } finally {
    const exited = new Promise((r) => server.child.once('exit', r))
    server.child.kill('SIGTERM')
    await exited
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
