import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { submitFeedback } from '../../cms/src/collections/Feedback/submit'
import { RECEIVED_FIELDS } from '../../cms/src/collections/Feedback/asReceived'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'

/**
 * What a citizen sent is kept exactly as received (issue 11): through the API with access applied, no role — admin,
 * editor or school — changes the subject, message, name, e-mail, phone, kind, sender group, consents or the draft a
 * comment is on. Staff still triage the item in the same save, and still record a phoned-in item with all fields.
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let f: Awaited<ReturnType<typeof createFixtures>>
let id: number

const as = (user: unknown) => ({ overrideAccess: false, user: user as never, depth: 0 })
const SENT = {
  kind: 'phan-anh' as const,
  subject: 'Phản ánh về nhà vệ sinh điểm trường lẻ',
  message: 'Nhà vệ sinh của điểm trường lẻ bị hỏng nhiều tuần chưa sửa chữa, các cháu phải về nhà.',
  name: 'Lê Thị Thu',
  senderGroup: 'cha-me-hoc-sinh' as const,
  email: 'thu.le@example.com',
  phone: '0912345678',
  consent: true,
  publishAnswer: true,
  showName: false,
}
const FORGED = {
  kind: 'gop-y',
  subject: 'Tiêu đề đã bị sửa',
  message: 'Nội dung đã bị sửa cho nhẹ đi.',
  name: 'Tên khác',
  senderGroup: 'khac',
  email: 'khac@example.com',
  phone: '0987654321',
  consent: false,
  publishAnswer: false,
  showName: true,
}
const stored = async () => payload.findByID({ collection: 'feedback', id, overrideAccess: true, depth: 0 })

beforeAll(async () => {
  ctx = await freshPayload('as-received')
  payload = ctx.payload
  f = await createFixtures(payload)
  const code = await submitFeedback(payload, SENT)
  id = (await payload.find({ collection: 'feedback', where: { code: { equals: code } }, overrideAccess: true })).docs[0].id
})
afterAll(async () => ctx?.close())

describe('the citizen’s submission is kept as received', () => {
  it('covers every field the public form sends', () => {
    expect([...RECEIVED_FIELDS].sort()).toEqual([...Object.keys(SENT), 'consultation'].sort())
  })

  for (const role of ['admin', 'editor'] as const) {
    it(`an ${role} cannot change it, while the same save still triages the item`, async () => {
      const status = role === 'admin' ? 'dang-xu-ly' : 'da-tiep-nhan'
      await payload.update({ collection: 'feedback', id, ...as(f[role]), data: { ...FORGED, status } as never })
      const after = await stored()
      expect(after.status).toBe(status)
      for (const [k, v] of Object.entries(SENT)) expect({ [k]: after[k as keyof typeof after] }).toEqual({ [k]: v })
    })
  }

  it('nor can an editor point a citizen’s item at a draft for comment', async () => {
    const draft = await payload.create({
      collection: 'consultations',
      overrideAccess: true,
      draft: true,
      data: { title: 'Dự thảo kiểm thử', summary: 'Nội bộ.', _status: 'draft' } as never,
    })
    await payload.update({ collection: 'feedback', id, ...as(f.editor), data: { consultation: draft.id } })
    expect((await stored()).consultation ?? null).toBeNull()
  })

  it('a school cannot reach it at all', async () => {
    await expect(payload.update({ collection: 'feedback', id, ...as(f.schoolUserA), data: FORGED as never })).rejects.toThrow()
    expect((await stored()).subject).toBe(SENT.subject)
  })

  it('staff still record an item received by phone with every field', async () => {
    const doc = await payload.create({
      collection: 'feedback',
      ...as(f.editor),
      data: { ...SENT, subject: 'Phụ huynh gọi điện hỏi lịch tựu trường', source: 'dien-thoai' } as never,
    })
    expect(doc).toMatchObject({ subject: 'Phụ huynh gọi điện hỏi lịch tựu trường', name: SENT.name, phone: SENT.phone })
  })
})
