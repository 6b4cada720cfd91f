import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { type Mailbox, sentTo, smtpEnv, startMailbox } from '../helpers/smtp'
import ExcelJS from 'exceljs'
import { urgentQueue } from '../../cms/src/collections/UrgentReports/queue'
import { departmentReportData } from '../../cms/src/reports/department'
import { reportHtml } from '../../cms/src/reports/print'
import { reportWorkbook } from '../../cms/src/reports/xlsx'

/**
 * Urgent reports (báo cáo đột xuất, plan IV.2) as a school and an editor use them, through the Local API with the
 * school's and the editor's own access, the e-mails on a real SMTP server.
 */
let box: Mailbox
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let f: Awaited<ReturnType<typeof createFixtures>>

const as = (user: unknown) => ({ overrideAccess: false, user: user as never, depth: 0 })
const incident = {
  title: 'Học sinh bị ngộ độc sau bữa ăn bán trú',
  occurredAt: '2026-11-30T05:30:00.000Z',
  place: 'Nhà ăn bán trú, điểm trường chính',
  description: 'Sau bữa trưa, 12 học sinh lớp 2 có biểu hiện đau bụng, buồn nôn; nhà trường đưa các em đến trạm y tế xã.',
  affected: '12 học sinh lớp 2A, 2B',
  actionsTaken: 'Đưa học sinh đi khám, lưu mẫu thức ăn, báo cha mẹ học sinh và trạm y tế.',
  socialInvolved: true,
}

beforeAll(async () => {
  box = await startMailbox()
  Object.assign(process.env, smtpEnv(box), { PUBLIC_URL: 'https://gd.example.vn' })
  ctx = await freshPayload('urgent-reports')
  payload = ctx.payload
  f = await createFixtures(payload)
  await payload.updateGlobal({
    slug: 'site-settings',
    overrideAccess: true,
    data: { orgName: 'Phòng GD&ĐT (kiểm thử)', crisisContacts: [{ email: 'khung-hoang@test.example', name: 'Phó trưởng phòng' }] },
  })
})
afterAll(async () => {
  await ctx?.close()
  await box?.close()
})

describe('an urgent report', () => {
  it('is filed by a school for itself (whatever school it names), and editors and crisis contacts are e-mailed at once', async () => {
    const doc = await payload.create({ collection: 'urgent-reports', ...as(f.schoolUserA), data: { ...incident, school: f.schoolB.id } })
    expect(doc.school).toBe(f.schoolA.id)
    expect(doc.acknowledged).toBe(false)
    for (const to of ['editor@test.example', 'admin@test.example', 'khung-hoang@test.example']) {
      const mail = await box.waitFor((m) => sentTo(to)(m) && (m.subject ?? '').includes('[Báo cáo đột xuất]'))
      expect(mail.subject).toBe(`[Báo cáo đột xuất] ${f.schoolA.name}: ${incident.title}`)
      expect(mail.text).toContain('mạng xã hội')
      expect(mail.text).toContain(`https://gd.example.vn/admin/collections/urgent-reports/${doc.id}`)
    }
  })

  it('is read by its school and the department only', async () => {
    const mine = await payload.find({ collection: 'urgent-reports', ...as(f.schoolUserA) })
    expect(mine.totalDocs).toBe(1)
    const other = await payload.find({ collection: 'urgent-reports', ...as(f.schoolUserB) })
    expect(other.totalDocs).toBe(0)
    expect((await payload.find({ collection: 'urgent-reports', ...as(f.editor) })).totalDocs).toBe(1)
  })

  it('an editor acknowledges it and links the feedback about the same incident; the school can no longer change it', async () => {
    const [doc] = (await payload.find({ collection: 'urgent-reports', overrideAccess: true, depth: 0 })).docs
    const feedback = await payload.create({
      collection: 'feedback',
      overrideAccess: true,
      data: {
        kind: 'phan-anh',
        subject: 'Con tôi đau bụng sau bữa trưa ở trường',
        message: 'Đề nghị nhà trường kiểm tra bếp ăn bán trú.',
        name: 'Phụ huynh',
        consent: true,
      } as never,
    })
    const acked = await payload.update({
      collection: 'urgent-reports',
      id: doc.id,
      ...as(f.editor),
      data: { acknowledged: true, relatedFeedback: [feedback.id] },
    })
    expect(acked.acknowledged).toBe(true)
    expect(acked.acknowledgedAt).toBeTruthy()
    expect(acked.acknowledgedBy).toBe(f.editor.id)
    expect(acked.relatedFeedback).toEqual([feedback.id])
    await expect(
      payload.update({ collection: 'urgent-reports', id: doc.id, ...as(f.schoolUserA), data: { title: 'Sửa lại' } }),
    ).rejects.toThrow(/không sửa được nữa/)
    expect((await payload.findByID({ collection: 'urgent-reports', id: doc.id, overrideAccess: true })).title).toBe(incident.title)
  })

  it('refuses a report without what happened, in Vietnamese, and stores nothing', async () => {
    const before = (await payload.count({ collection: 'urgent-reports', overrideAccess: true })).totalDocs
    await expect(
      payload.create({ collection: 'urgent-reports', ...as(f.schoolUserA), data: { ...incident, description: '' } as never }),
    ).rejects.toThrow()
    expect((await payload.count({ collection: 'urgent-reports', overrideAccess: true })).totalDocs).toBe(before)
  })
})

const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<<>>\n%%EOF\n', 'latin1')
const upload = (user: unknown, data: Buffer, name: string, mimetype = 'application/pdf') =>
  payload.create({ collection: 'report-files', ...as(user), data: {}, file: { data, name, mimetype, size: data.length } })
/** What the editors' first screen lists at the top (components/UrgentQueue.tsx renders this list): not yet acknowledged. */
const editorsTop = async () => JSON.stringify(await urgentQueue(payload))

describe('an urgent report from filing to the department report', () => {
  let reportId: number
  let fileId: number
  it('a school attaches its photo or scan (PDF, JPG, PNG only, in Vietnamese otherwise) and files; the editors are mailed', async () => {
    await expect(upload(f.schoolUserA, Buffer.from('MZ\x90\x00 not a document'), 'virus.pdf')).rejects.toThrow(
      'Chỉ chấp nhận tệp PDF hoặc ảnh JPG, PNG',
    )
    const file = await upload(f.schoolUserA, pdf, 'bien-ban.pdf')
    expect(file.school).toBe(f.schoolA.id)
    fileId = file.id
    const doc = await payload.create({
      collection: 'urgent-reports',
      ...as(f.schoolUserA),
      data: {
        ...incident,
        school: f.schoolA.id,
        title: 'Clip học sinh đánh nhau lan truyền trên mạng',
        occurredAt: '2026-10-05T02:00:00.000Z',
        attachments: [file.id],
      },
    })
    reportId = doc.id
    expect(doc.attachments).toEqual([file.id])
    await box.waitFor((m) => sentTo('khung-hoang@test.example')(m) && (m.subject ?? '').includes('Clip học sinh đánh nhau'))
  })

  it('heads the editor’s first screen until an editor marks it "Đã nắm thông tin" (who and when kept), then leaves it', async () => {
    const top = await urgentQueue(payload)
    expect(top[0]).toMatchObject({
      id: reportId,
      title: 'Clip học sinh đánh nhau lan truyền trên mạng',
      school: f.schoolA.name,
      media: 'mạng xã hội',
    })
    const acked = await payload.update({ collection: 'urgent-reports', id: reportId, ...as(f.editor), data: { acknowledged: true } })
    expect(acked.acknowledgedBy).toBe(f.editor.id)
    expect(Date.now() - new Date(acked.acknowledgedAt!).getTime()).toBeLessThan(60_000)
    expect(await editorsTop()).not.toContain('Clip học sinh đánh nhau')
  })

  it('another school reads neither the report nor its attachment, and cannot attach another school’s file', async () => {
    await expect(payload.findByID({ collection: 'urgent-reports', id: reportId, ...as(f.schoolUserB) })).rejects.toThrow()
    await expect(payload.findByID({ collection: 'report-files', id: fileId, ...as(f.schoolUserB) })).rejects.toThrow()
    expect((await payload.find({ collection: 'report-files', ...as(f.schoolUserB) })).totalDocs).toBe(0)
    expect((await payload.find({ collection: 'report-files', ...as(f.schoolUserA) })).totalDocs).toBe(1)
    await expect(
      payload.create({ collection: 'urgent-reports', ...as(f.schoolUserB), data: { ...incident, attachments: [fileId] } as never }),
    ).rejects.toThrow()
    // and a school cannot link feedback, press items or statements (the department's links)
    const feedbackId = (await payload.find({ collection: 'feedback', overrideAccess: true, limit: 1 })).docs[0].id
    const own = await payload.create({
      collection: 'urgent-reports',
      ...as(f.schoolUserB),
      data: { ...incident, school: f.schoolB.id, occurredAt: '2026-12-01T01:00:00.000Z', relatedFeedback: [feedbackId] },
    })
    expect(own.relatedFeedback ?? []).toEqual([])
  })

  it('an editor links the press item and the statement about it; the press item shows the report back (join)', async () => {
    const press = await payload.create({
      collection: 'press-mentions',
      overrideAccess: true,
      data: {
        title: 'Mạng xã hội lan truyền clip học sinh đánh nhau',
        channel: 'mang-xa-hoi',
        outlet: 'Trang X',
        publishedAt: '2026-10-05T05:00:00.000Z',
        tone: 'tieu-cuc',
      } as never,
    })
    const theme = (await payload.find({ collection: 'themes', overrideAccess: true, limit: 1 })).docs[0]
    const statement = await payload.create({
      collection: 'articles',
      overrideAccess: true,
      data: { title: 'Thông cáo về sự việc học sinh đánh nhau', pressRelease: true, themes: [theme.id], _status: 'draft' } as never,
      draft: true,
    })
    await payload.update({
      collection: 'urgent-reports',
      id: reportId,
      ...as(f.editor),
      data: { relatedPress: [press.id], relatedStatements: [statement.id] },
    })
    const back = await payload.findByID({ collection: 'press-mentions', id: press.id, ...as(f.editor) })
    expect((back.urgentReports?.docs ?? []).map((d) => (typeof d === 'object' ? d.id : d))).toEqual([reportId])
  })

  it('is in the department report of the period it happened in: the print section and the sheet count it', async () => {
    const dept = await payload.create({
      collection: 'department-reports',
      overrideAccess: true,
      data: { periodType: 'quy', year: 2026, quarter: 4 } as never,
    })
    const data = (await departmentReportData(payload, dept.id, new Date('2026-12-31T10:00:00Z')))!
    expect(data.urgent.map((u) => u.title)).toEqual(['Clip học sinh đánh nhau lan truyền trên mạng', incident.title, incident.title])
    expect(data.urgent[0]).toMatchObject({ school: f.schoolA.name, media: 'mạng xã hội', links: { feedback: 0, press: 1, statements: 1 } })
    const html = reportHtml(data)
    expect(html).toContain('các trường gửi <strong>3</strong> báo cáo đột xuất')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await reportWorkbook(data)) as never)
    const sheet = wb.getWorksheet('Báo cáo đột xuất')!
    expect(sheet.getRow(1).getCell(2).value).toBe(3)
    expect(sheet.getRow(3).getCell(3).value).toBe('Clip học sinh đánh nhau lan truyền trên mạng')
    const q3 = await payload.create({
      collection: 'department-reports',
      overrideAccess: true,
      data: { periodType: 'quy', year: 2026, quarter: 3 } as never,
    })
    expect((await departmentReportData(payload, q3.id))!.urgent).toEqual([])
  })
})
