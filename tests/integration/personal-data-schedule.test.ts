import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * The retention runs by itself: Payload's scheduler in the server queues the 'anonymise-feedback' task on its cron
 * (FEEDBACK_RETENTION_CRON, here every second instead of daily) and the job queue (JOBS_CRON) runs it.
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let server: TestServer

const MONTH = 30 * 24 * 3600_000

beforeAll(async () => {
  ctx = await freshPayload('retention-schedule')
  payload = ctx.payload
  await createFixtures(payload)
  await payload.updateGlobal({
    slug: 'site-settings',
    overrideAccess: true,
    data: { orgName: 'Phòng GD&ĐT (kiểm thử)', retentionMonths: 12 },
  })
  server = await startServer(ctx.dataDir, { JOBS_CRON: '* * * * * *', FEEDBACK_RETENTION_CRON: '* * * * * *' })
}, 240_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('the scheduled retention task', () => {
  it('anonymises an old closed item without anyone calling it, and leaves an open one', async () => {
    const data = (status: string) => ({
      status,
      receivedAt: new Date(Date.now() - 14 * MONTH).toISOString(),
      kind: 'gop-y',
      subject: 'Góp ý cũ',
      message: 'Nội dung góp ý cũ đủ dài.',
      name: 'Hoàng Văn Lâu',
      email: 'lau@example.com',
      phone: '0903 111 222',
      consent: true,
    })
    const closed = await payload.create({ collection: 'feedback', overrideAccess: true, data: data('da-dong') as never })
    const open = await payload.create({ collection: 'feedback', overrideAccess: true, data: data('da-tiep-nhan') as never })
    const read = (id: number) => payload.findByID({ collection: 'feedback', id, overrideAccess: true, depth: 0 })
    const deadline = Date.now() + 40_000
    while (Date.now() < deadline && !(await read(closed.id)).anonymisedAt) await new Promise((r) => setTimeout(r, 500))
    const d = await read(closed.id)
    expect(d.anonymisedAt).toBeTruthy()
    expect(d.name).toBe('Đã ẩn danh')
    expect(d.email ?? null).toBeNull()
    expect(d.phone ?? null).toBeNull()
    expect(d.status).toBe('da-dong')
    expect((await read(open.id)).name).toBe('Hoàng Văn Lâu')
    // the task writes its audit entry after the items it anonymised (personalData.ts: runRetention): wait for it too
    const auditEntries = () => payload.find({ collection: 'audit-log', where: { action: { equals: 'anonymised' } }, overrideAccess: true })
    let audit = await auditEntries()
    while (Date.now() < deadline && audit.docs.length === 0) {
      await new Promise((r) => setTimeout(r, 250))
      audit = await auditEntries()
    }
    expect(audit.docs[0]?.userEmail).toBe('hệ thống')
  }, 60_000)
})
