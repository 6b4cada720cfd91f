import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { type Mailbox, sentTo, smtpEnv, startMailbox } from '../helpers/smtp'
import { sendReportReminders } from '../../cms/src/collections/ReportDeadlines/reminders'
import { dueForSchool } from '../../cms/src/collections/ReportDeadlines/due'
import { missingSchools } from '../../cms/src/reports/missing'
import { periodFromQuery } from '../../cms/src/reports/periodQuery'
import { jobsConfig } from '../../cms/src/jobs'

/**
 * Reporting cycles (plan IV.2) as the department and a school use them: deadlines per period, what a school sees as
 * due, the reminders (before the due date and after it, once per school and kind) on a real SMTP server, the
 * "who has not sent" list for any period, and the signed scan (PDF only). Every date is given, never today's.
 */
let box: Mailbox
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let f: Awaited<ReturnType<typeof createFixtures>>
const as = (user: unknown) => ({ overrideAccess: false, user: user as never, depth: 0 })
const at = (iso: string) => new Date(iso)
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<<>>\n%%EOF\n', 'latin1')
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')
/** The promise fails with this Vietnamese text, in its message or in its field errors (a ValidationError). */
async function refused(p: Promise<unknown>, text: string) {
  const err = (await p.then(
    () => null,
    (e: unknown) => e,
  )) as { message?: string; data?: { errors?: { message?: string }[] } } | null
  expect(err, 'phải bị từ chối').not.toBeNull()
  expect([err?.message, ...(err?.data?.errors ?? []).map((e) => e.message)].join(' | ')).toContain(text)
}
const upload = (user: unknown, data: Buffer, name: string, mimetype: string) =>
  payload.create({ collection: 'report-files', ...as(user), data: {}, file: { data, name, mimetype, size: data.length } })

beforeAll(async () => {
  box = await startMailbox()
  Object.assign(process.env, smtpEnv(box), { PUBLIC_URL: 'https://gd.example.vn' })
  ctx = await freshPayload('reporting-cycles')
  payload = ctx.payload
  f = await createFixtures(payload)
})
afterAll(async () => {
  await ctx?.close()
  await box?.close()
})

describe('the department sets the cycle and each period’s due date', () => {
  it('an editor sets a monthly deadline and a half-year one; an incomplete period or a second deadline for a period is refused in Vietnamese', async () => {
    const oct = await payload.create({
      collection: 'report-deadlines',
      ...as(f.editor),
      data: { periodType: 'thang', year: 2026, month: 10, dueDate: '2026-11-05T05:00:00.000Z', remindDaysBefore: 3 },
    })
    expect(oct.title).toBe('Báo cáo dư luận tháng 10 năm 2026')
    const h2 = await payload.create({
      collection: 'report-deadlines',
      ...as(f.editor),
      data: { periodType: 'nua-nam', year: 2026, half: 2, dueDate: '2026-12-20T05:00:00.000Z', remindDaysBefore: 5 },
    })
    expect(h2.periodKey).toBe('2026-H2')
    expect(h2.title).toBe('Báo cáo dư luận 6 tháng cuối năm 2026')
    await refused(
      payload.create({
        collection: 'report-deadlines',
        ...as(f.editor),
        data: { periodType: 'nua-nam', year: 2026, dueDate: '2026-12-20T05:00:00.000Z' } as never,
      }),
      'Vui lòng chọn 6 tháng đầu năm (1) hoặc cuối năm (2).',
    )
    await refused(
      payload.create({
        collection: 'report-deadlines',
        ...as(f.editor),
        data: { periodType: 'thang', year: 2026, month: 10, dueDate: '2026-11-06T05:00:00.000Z' } as never,
      }),
      'Đã có hạn gửi báo cáo tháng 10 năm 2026',
    )
    await expect(
      payload.create({
        collection: 'report-deadlines',
        ...as(f.schoolUserA),
        data: { periodType: 'thang', year: 2026, month: 9, dueDate: '2026-10-05T05:00:00.000Z' } as never,
      }),
    ).rejects.toThrow()
  })

  it('a school sees on its first screen what is due and when, and whether it has sent it', async () => {
    const due = await dueForSchool(payload, f.schoolUserA as never, at('2026-11-02T03:00:00Z'))
    expect(due.map((d) => [d.label, d.dueDay, d.when, d.report])).toEqual([
      ['tháng 10 năm 2026', '2026-11-05', 'còn 3 ngày', null],
      ['6 tháng cuối năm 2026', '2026-12-20', 'còn 48 ngày', null],
    ])
    const after = await dueForSchool(payload, f.schoolUserA as never, at('2026-11-07T03:00:00Z'))
    expect(after[0]).toMatchObject({ label: 'tháng 10 năm 2026', when: 'quá hạn 2 ngày' })
    // without any deadline in reach (long after), the previous quarter, as before
    const later = await dueForSchool(payload, f.schoolUserA as never, at('2027-05-01T03:00:00Z'))
    expect(later).toEqual([{ label: 'quý I năm 2027', dueDay: null, when: '', report: null }])
  })
})

describe('reminders to the schools that have not sent', () => {
  it('none before the window; N days before, each school without a sent report is mailed once, a school that sent is not', async () => {
    await payload.create({
      collection: 'opinion-reports',
      ...as(f.schoolUserB),
      data: { periodType: 'thang', year: 2026, month: 10, summary: 'Ổn định.', state: 'da-gui' } as never,
    })
    expect(await sendReportReminders(payload, at('2026-11-01T01:00:00Z'))).toEqual([])
    const sent = await sendReportReminders(payload, at('2026-11-02T01:00:00Z'))
    expect(sent).toEqual([{ school: f.schoolA.id, periodKey: '2026-T10', kind: 'truoc-han' }])
    const mail = await box.waitFor((m) => sentTo('truong-a@test.example')(m) && (m.subject ?? '').startsWith('[Nhắc gửi báo cáo]'))
    expect(mail.subject).toBe('[Nhắc gửi báo cáo] Báo cáo dư luận tháng 10 năm 2026: hạn 05/11/2026')
    expect(mail.text).toContain('https://gd.example.vn/admin/collections/opinion-reports/create')
    expect(box.mails.some((m) => sentTo('truong-b@test.example')(m) && (m.subject ?? '').includes('báo cáo]'))).toBe(false)
    // the next day's run (and the due day's) sends nothing more: recorded on the deadline
    expect(await sendReportReminders(payload, at('2026-11-03T01:00:00Z'))).toEqual([])
    expect(await sendReportReminders(payload, at('2026-11-05T01:00:00Z'))).toEqual([])
    const [deadline] = (
      await payload.find({ collection: 'report-deadlines', where: { periodKey: { equals: '2026-T10' } }, overrideAccess: true, depth: 0 })
    ).docs
    expect(deadline.remindersSent?.map((r) => [r.school, r.kind, r.sentAt])).toEqual([
      [f.schoolA.id, 'truoc-han', '2026-11-02T01:00:00.000Z'],
    ])
  })

  it('on the day after the due date, the school that still has not sent gets the overdue reminder, once', async () => {
    const sent = await sendReportReminders(payload, at('2026-11-06T00:30:00Z'))
    expect(sent).toEqual([{ school: f.schoolA.id, periodKey: '2026-T10', kind: 'qua-han' }])
    const mail = await box.waitFor((m) => sentTo('truong-a@test.example')(m) && (m.subject ?? '').startsWith('[Quá hạn báo cáo]'))
    expect(mail.text).toContain('Đã quá hạn gửi báo cáo tình hình dư luận xã hội tháng 10 năm 2026 (hạn ngày 05/11/2026)')
    expect(await sendReportReminders(payload, at('2026-11-07T00:30:00Z'))).toEqual([])
    // a week later nothing more is sent for this period
    expect(await sendReportReminders(payload, at('2026-11-20T00:30:00Z'))).toEqual([])
  })

  it('runs daily as a task of the job queue (under the job runner’s lease)', () => {
    const task = jobsConfig.tasks?.find((t) => t.slug === 'report-reminders')
    expect(task?.schedule?.[0]?.cron).toBe('0 0 0 * * *')
  })
})

describe('who has not sent, for any period the editor picks', () => {
  it('reads the picked period from the first screen’s form, with a Vietnamese message for an incomplete one', async () => {
    const now = at('2026-11-10T03:00:00Z')
    expect(periodFromQuery({}, now)).toEqual({ period: { periodType: 'quy', year: 2026, quarter: 3 }, problem: null })
    const oct = periodFromQuery({ ky: 'thang', nam: '2026', so: '10' }, now)
    expect(oct.problem).toBeNull()
    expect((await missingSchools(payload, oct.period)).map((s) => s.id)).toEqual([f.schoolA.id])
    const h2 = periodFromQuery({ ky: 'nua-nam', nam: '2026', so: '2' }, now)
    expect((await missingSchools(payload, h2.period)).map((s) => s.id).sort()).toEqual([f.schoolA.id, f.schoolB.id].sort())
    expect(periodFromQuery({ ky: 'quy', nam: '2026', so: '7' }, now).problem).toBe('Vui lòng chọn quý báo cáo (1–4).')
    expect(periodFromQuery({ ky: 'tuan', nam: '2026' }, now).problem).toMatch(/^Vui lòng chọn loại kỳ báo cáo/)
  })
})

describe('the signed, stamped scan', () => {
  it('a school attaches its PDF scan to its report; a photo is refused in Vietnamese and nothing is stored', async () => {
    const photo = await upload(f.schoolUserA, png, 'anh.png', 'image/png')
    await refused(
      payload.create({
        collection: 'opinion-reports',
        ...as(f.schoolUserA),
        data: { periodType: 'thang', year: 2026, month: 10, summary: 'Ổn định.', state: 'da-gui', signedScan: photo.id } as never,
      }),
      'Bản scan có chữ ký, đóng dấu phải là tệp PDF',
    )
    expect(
      (await payload.count({ collection: 'opinion-reports', where: { school: { equals: f.schoolA.id } }, overrideAccess: true })).totalDocs,
    ).toBe(0)
    const scan = await upload(f.schoolUserA, pdf, 'bao-cao-ky.pdf', 'application/pdf')
    const report = await payload.create({
      collection: 'opinion-reports',
      ...as(f.schoolUserA),
      data: { periodType: 'thang', year: 2026, month: 10, summary: 'Ổn định.', state: 'da-gui', signedScan: scan.id } as never,
    })
    expect(report.signedScan).toBe(scan.id)
    // another school can neither read the scan nor attach it
    await expect(payload.findByID({ collection: 'report-files', id: scan.id, ...as(f.schoolUserB) })).rejects.toThrow()
    // once sent, the month is no longer missing and no reminder goes out
    expect(await sendReportReminders(payload, at('2026-11-06T00:30:00Z'))).toEqual([])
  })

  it('a non-document upload and an oversized one get a Vietnamese error', async () => {
    await expect(upload(f.editor, Buffer.from('<html>hi</html>'), 'x.pdf', 'application/pdf')).rejects.toThrow(
      'Chỉ chấp nhận tệp PDF hoặc ảnh JPG, PNG',
    )
    const big = Buffer.concat([pdf.subarray(0, 9), Buffer.alloc(10 * 1024 * 1024 + 1, 0x20), pdf.subarray(9)])
    await expect(upload(f.editor, big, 'to.pdf', 'application/pdf')).rejects.toThrow('tối đa 10 MB')
  })

  it('the department report carries its scan (an editor’s PDF)', async () => {
    const scan = await upload(f.editor, pdf, 'bao-cao-phong.pdf', 'application/pdf')
    expect(scan.school ?? null).toBeNull()
    const dept = await payload.create({
      collection: 'department-reports',
      ...as(f.editor),
      data: { periodType: 'nua-nam', year: 2026, half: 2, signedScan: scan.id } as never,
    })
    expect(dept.title).toBe('Báo cáo tình hình dư luận xã hội 6 tháng cuối năm 2026')
    expect(dept.signedScan).toBe(scan.id)
  })
})
