import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { missingSchools } from '../../cms/src/reports/missing'
import { formatDate, formatDateTime } from '@gd/shared/dates'
import { monthOf, previousQuarter } from '@gd/shared/report-periods'
import { seed } from '../../cms/src/seed/index'
import { freshPayload } from '../helpers/payload'

/**
 * The demo seed's opinion reports: some schools filed for the previous quarter, others did not; a draft report of the
 * department; the reporting cycle's due dates and two urgent reports.
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
const now = new Date('2026-11-28T03:00:00Z')
const o = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  ctx = await freshPayload('opinion-reports-seed')
  payload = ctx.payload
  await seed(payload, { demoUsers: false, now })
})
afterAll(async () => {
  await ctx?.close()
})

describe('the demo opinion reports', () => {
  it('some schools filed for the previous quarter, the others are listed as missing', async () => {
    const period = previousQuarter(now)
    const reports = (
      await payload.find({ ...o, collection: 'opinion-reports', where: { periodKey: { equals: '2026-Q3' } }, pagination: false })
    ).docs
    const sent = reports.filter((r) => r.state === 'da-gui')
    expect(sent.length).toBe(2)
    expect(reports.length).toBe(3)
    const schools = (await payload.count({ ...o, collection: 'schools' })).totalDocs
    const missing = await missingSchools(payload, period)
    expect(missing.length).toBe(schools - 2)
    expect(missing.length).toBeGreaterThan(0)
    const sentIds = new Set(sent.map((r) => r.school))
    expect(missing.some((s) => sentIds.has(s.id))).toBe(false)
    const drafts = (await payload.find({ ...o, collection: 'department-reports', where: { periodKey: { equals: '2026-Q3' } } })).docs
    expect(drafts.length).toBe(1)
    expect(drafts[0].place).toBe('Kim Thành')
  })

  it('sets the cycle’s due dates around its "now" and files two urgent reports, the newer with its minutes attached', async () => {
    const deadlines = (await payload.find({ ...o, collection: 'report-deadlines', sort: 'dueDate', pagination: false })).docs
    expect(deadlines.map((d) => [d.periodKey, formatDate(d.dueDate)])).toEqual([
      ['2026-Q3', '05/10/2026'],
      ['2026', '15/12/2026'],
      ['2026-Q4', '05/01/2027'],
    ])
    const urgent = (await payload.find({ ...o, depth: 1, collection: 'urgent-reports', sort: '-occurredAt', pagination: false })).docs
    expect(urgent).toHaveLength(2)
    expect(formatDateTime(urgent[0].occurredAt)).toBe('27/11/2026 15:30') // the day before "now", Hà Nội time
    expect((urgent[0].school as { name: string }).name).toBe('Trường Mầm non Phú Thái')
    expect(urgent[0].attachments).toHaveLength(1)
    expect((urgent[0].attachments![0] as { mimeType: string }).mimeType).toBe('application/pdf')
    expect(monthOf(urgent[1].occurredAt)).toMatch(/^2026-0[789]$/) // in the previous quarter
    expect(urgent.every((u) => !u.acknowledged)).toBe(true) // no demo editor here to acknowledge the older one
  })

  it('running the seed again adds nothing', async () => {
    const again = await seed(payload, { demoUsers: false, now })
    expect(again.created).toEqual({})
    expect((await payload.count({ ...o, collection: 'opinion-reports' })).totalDocs).toBe(3)
    expect((await payload.count({ ...o, collection: 'department-reports' })).totalDocs).toBe(1)
    expect((await payload.count({ ...o, collection: 'report-deadlines' })).totalDocs).toBe(3)
    expect((await payload.count({ ...o, collection: 'urgent-reports' })).totalDocs).toBe(2)
    expect((await payload.count({ ...o, collection: 'report-files' })).totalDocs).toBe(1)
  })
})
