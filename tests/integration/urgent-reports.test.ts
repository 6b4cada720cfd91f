import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { type Mailbox, sentTo, smtpEnv, startMailbox } from '../helpers/smtp'

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
