import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { submitFeedback } from '../../cms/src/collections/Feedback/submit'
import { CONSENT_TEXT, CONSENT_VERSION } from '@gd/shared/feedback-form'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { type Mailbox, sentTo, smtpEnv, startMailbox } from '../helpers/smtp'

/** Feedback triage through the Local API: statuses and their history, answers, deadlines, early warning, e-mails. */
let box: Mailbox
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let f: Awaited<ReturnType<typeof createFixtures>>

const CRISIS = 'khung-hoang@test.example'
const as = (user: unknown) => ({ overrideAccess: false, user: user as never, depth: 0 })
const byCode = async (code: string) =>
  (await payload.find({ collection: 'feedback', where: { code: { equals: code } }, overrideAccess: true, depth: 0 })).docs[0]
const input = (over: Record<string, unknown> = {}) => ({
  kind: 'phan-anh' as const,
  subject: 'Phản ánh về sổ liên lạc điện tử',
  message: 'Sổ liên lạc điện tử của lớp con tôi không cập nhật điểm kiểm tra giữa kỳ đã hai tuần nay.',
  name: 'Nguyễn Thị Hoa',
  email: 'hoa.nguyen@example.com',
  phone: '0912345678',
  consent: true,
  ...over,
})

beforeAll(async () => {
  box = await startMailbox()
  Object.assign(process.env, smtpEnv(box), { PUBLIC_URL: 'https://gd.example.vn' })
  ctx = await freshPayload('triage')
  payload = ctx.payload
  f = await createFixtures(payload)
  await payload.updateGlobal({
    slug: 'site-settings',
    overrideAccess: true,
    data: {
      orgName: 'Phòng Giáo dục và Đào tạo Kiểm Thử',
      holidays: [
        { date: '2026-09-01', name: 'Nghỉ Quốc khánh' },
        { date: '2026-09-02', name: 'Quốc khánh' },
      ],
      crisisContacts: [{ email: CRISIS, name: 'Người phát ngôn' }],
    },
  })
})
afterAll(async () => {
  await ctx?.close()
  await box?.close()
})

describe('a public submission', () => {
  let code: string
  it('is stored with its channel, the consent text and version, one history entry and deadlines across a holiday', async () => {
    // Friday 28/08/2026 10:00 in Hà Nội; 01/09 and 02/09 are holidays, weekends never count
    code = await submitFeedback(payload, input(), new Date('2026-08-28T03:00:00Z'))
    const doc = await byCode(code)
    expect(doc).toMatchObject({
      status: 'moi',
      source: 'website',
      consentText: CONSENT_TEXT,
      consentVersion: CONSENT_VERSION,
      priority: false,
    })
    expect(doc.statusHistory).toHaveLength(1)
    expect(doc.statusHistory![0]).toMatchObject({ kind: 'status', status: 'moi', at: '2026-08-28T03:00:00.000Z' })
    expect(doc.statusHistory![0].by ?? null).toBeNull()
    // day 1 = Mon 31/08, then 03/09 … : 10th working day Tue 15/09, 15th Tue 22/09 (end of day, UTC+7)
    expect(doc.acknowledgeBy).toBe('2026-09-15T16:59:59.999Z')
    expect(doc.answerBy).toBe('2026-09-22T16:59:59.999Z')
  })

  it('is acknowledged by e-mail with its code and the lookup link', async () => {
    const mail = await box.waitFor((m) => sentTo('hoa.nguyen@example.com')(m) && (m.subject ?? '').includes(code))
    expect(mail.subject).toBe(`[${code}] Đã tiếp nhận ý kiến của ông/bà`)
    expect(mail.text).toContain(`Mã tham chiếu: ${code}`)
    expect(mail.text).toContain('https://gd.example.vn/tra-cuu/')
    expect(mail.text).toContain('22/09/2026')
    expect(mail.text).toContain('Phòng Giáo dục và Đào tạo Kiểm Thử')
  })

  it('moves through the statuses; each change writes one history entry with who and when, never more', async () => {
    const { id } = await byCode(code)
    await payload.update({ collection: 'feedback', id, ...as(f.editor), data: { status: 'da-tiep-nhan', assignee: f.editor.id } })
    await payload.update({ collection: 'feedback', id, ...as(f.editor), data: { internalNotes: 'Đã gọi điện cho nhà trường.' } })
    await payload.update({ collection: 'feedback', id, ...as(f.admin), data: { status: 'dang-xu-ly' } })
    await payload.update({
      collection: 'feedback',
      id,
      ...as(f.admin),
      data: { status: 'dang-xu-ly', internalNotes: 'Chờ nhà trường báo cáo.' },
    })
    const doc = await payload.findByID({ collection: 'feedback', id, overrideAccess: true, depth: 0 })
    const statuses = doc.statusHistory!.filter((h) => h.kind === 'status')
    expect(statuses.map((h) => h.status)).toEqual(['moi', 'da-tiep-nhan', 'dang-xu-ly'])
    expect(statuses.map((h) => h.by ?? null)).toEqual([null, f.editor.id, f.admin.id])
    for (const h of doc.statusHistory!) expect(Date.parse(h.at!)).not.toBeNaN()
    expect(doc.assignee).toBe(f.editor.id)
    // giving it to an officer is a step of its own, by whom, naming the officer (the assignee saved again: nothing)
    expect(doc.statusHistory!.filter((h) => h.kind === 'assignee')).toEqual([
      expect.objectContaining({ status: 'da-tiep-nhan', by: f.editor.id, note: `Giao cho ${f.editor.name}` }),
    ])
    expect(doc.statusHistory).toHaveLength(4)
  })

  it('the history, the code and the deadlines cannot be edited by hand', async () => {
    const { id, acknowledgeBy } = await byCode(code)
    await payload.update({
      collection: 'feedback',
      id,
      ...as(f.admin),
      data: {
        statusHistory: [{ kind: 'status', status: 'da-dong', at: new Date().toISOString() }],
        code: 'GY-2026-ZZZZZ',
        acknowledgeBy: '2030-01-01T00:00:00.000Z',
      } as never,
    })
    const doc = await payload.findByID({ collection: 'feedback', id, overrideAccess: true, depth: 0 })
    expect(doc.statusHistory!.map((h) => h.status)).toEqual(['moi', 'da-tiep-nhan', 'da-tiep-nhan', 'dang-xu-ly'])
    expect(doc.code).toBe(code)
    expect(doc.acknowledgeBy).toBe(acknowledgeBy)
  })

  it('cannot become "đã trả lời" without an answer; with one it records who and when and mails the answer', async () => {
    const { id } = await byCode(code)
    await expect(payload.update({ collection: 'feedback', id, ...as(f.editor), data: { status: 'da-tra-loi' } })).rejects.toThrow()
    const err = await payload
      .update({ collection: 'feedback', id, ...as(f.editor), data: { status: 'da-tra-loi', answer: '   ' } })
      .catch((e) => e)
    expect(JSON.stringify(err.data ?? err.message)).toContain('Vui lòng nhập nội dung trả lời')
    expect((await byCode(code)).status).toBe('dang-xu-ly')
    const before = Date.now()
    const doc = await payload.update({
      collection: 'feedback',
      id,
      ...as(f.editor),
      data: { status: 'da-tra-loi', answer: 'Nhà trường đã cập nhật điểm lên sổ liên lạc điện tử ngày 05/09/2026.' },
    })
    expect(doc.answeredBy).toBe(f.editor.id)
    expect(Date.parse(doc.answeredAt!)).toBeGreaterThanOrEqual(before - 1000)
    expect(doc.statusHistory!.filter((h) => h.kind === 'status').map((h) => h.status)).toEqual([
      'moi',
      'da-tiep-nhan',
      'dang-xu-ly',
      'da-tra-loi',
    ])
    const mail = await box.waitFor((m) => sentTo('hoa.nguyen@example.com')(m) && (m.subject ?? '').startsWith(`[${code}] Trả lời`))
    expect(mail.text).toContain('Nhà trường đã cập nhật điểm lên sổ liên lạc điện tử ngày 05/09/2026.')
  })

  it('forwarding needs the body it goes to, and "không xử lý" a reason', async () => {
    const other = await submitFeedback(payload, input({ email: undefined }))
    const { id } = await byCode(other)
    await expect(
      payload.update({ collection: 'feedback', id, ...as(f.editor), data: { status: 'chuyen-co-quan-tham-quyen' } }),
    ).rejects.toThrow()
    const fwd = await payload.update({
      collection: 'feedback',
      id,
      ...as(f.editor),
      data: { status: 'chuyen-co-quan-tham-quyen', forwardedTo: 'Ủy ban nhân dân xã Kim Thành' },
    })
    expect(fwd.status).toBe('chuyen-co-quan-tham-quyen')
    expect(fwd.statusHistory!.at(-1)).toMatchObject({
      status: 'chuyen-co-quan-tham-quyen',
      note: 'Chuyển đến: Ủy ban nhân dân xã Kim Thành',
    })
    const spam = await byCode(await submitFeedback(payload, input({ email: undefined })))
    await expect(
      payload.update({ collection: 'feedback', id: spam.id, ...as(f.editor), data: { status: 'khong-xu-ly' } }),
    ).rejects.toThrow()
    const done = await payload.update({
      collection: 'feedback',
      id: spam.id,
      ...as(f.editor),
      data: { status: 'khong-xu-ly', rejectReason: 'trung-lap', rejectNote: `Trùng với ${code}.` },
    })
    expect(done.rejectReason).toBe('trung-lap')
    expect(done.statusHistory!.at(-1)).toMatchObject({ status: 'khong-xu-ly', note: `Trùng lặp: Trùng với ${code}.` })
  })
})

describe('staff record items received elsewhere', () => {
  it('an editor creates one (phone call): it gets a code, the deadlines and a history entry by the editor', async () => {
    const doc = await payload.create({
      collection: 'feedback',
      ...as(f.editor),
      data: {
        kind: 'cau-hoi',
        source: 'dien-thoai',
        subject: 'Hỏi về lịch tựu trường',
        message: 'Phụ huynh gọi điện hỏi lịch tựu trường năm học mới.',
        name: 'Phụ huynh',
        phone: '0987654321',
        consent: true,
      } as never,
    })
    expect(doc.code).toMatch(/^GY-\d{4}-[2-9A-HJKMNP-TV-Z]{5}$/)
    expect(doc.source).toBe('dien-thoai')
    expect(doc.answerBy).toBeTruthy()
    expect(doc.statusHistory![0]).toMatchObject({ status: 'moi', by: f.editor.id })
  })

  it('nobody else can create through the API', async () => {
    const data = {
      kind: 'gop-y',
      subject: 'Không được tạo',
      message: 'Nội dung không được tạo qua API.',
      name: 'X',
      consent: true,
    } as never
    await expect(payload.create({ collection: 'feedback', overrideAccess: false, data })).rejects.toThrow()
    await expect(payload.create({ collection: 'feedback', ...as(f.schoolUserA), data })).rejects.toThrow()
  })
})

describe('early warning on sensitive topics', () => {
  it('"DANH NHAU" (no tones, capitals) matches "đánh nhau": priority, topics recorded, the crisis contacts are mailed at once', async () => {
    const code = await submitFeedback(
      payload,
      input({
        subject: 'HOC SINH DANH NHAU TRUOC CONG TRUONG',
        message: 'Chiều nay có hai nhóm học sinh tụ tập trước cổng trường, cần xử lý sớm.',
      }),
    )
    const doc = await byCode(code)
    expect(doc.priority).toBe(true)
    expect(doc.priorityTopics).toBe('đánh nhau')
    const mail = await box.waitFor((m) => sentTo(CRISIS)(m) && (m.subject ?? '').includes(code))
    expect(mail.subject).toBe(`[Cảnh báo sớm] ${code}: đánh nhau`)
    expect(mail.text).toContain(`https://gd.example.vn/admin/collections/feedback/${doc.id}`)
    const first = (await payload.find({ collection: 'feedback', ...as(f.editor), limit: 1, sort: ['-priority', '-receivedAt'] })).docs[0]
    expect(first.priority).toBe(true)
  })

  it('a word that merely contains a topic does not match ("tài năng" holds "tai nan")', async () => {
    const code = await submitFeedback(
      payload,
      input({
        subject: 'Khen ngợi học sinh tài năng',
        message: 'Đề nghị khen thưởng các em học sinh tài năng của trường trong năm học vừa qua.',
      }),
    )
    const doc = await byCode(code)
    expect(doc.priority).toBe(false)
    expect(doc.priorityTopics ?? null).toBeNull()
    expect(box.mails.some((m) => sentTo(CRISIS)(m) && (m.subject ?? '').includes(code))).toBe(false)
  })

  it('editors raise or clear priority by hand only with a reason, recorded in the history', async () => {
    const code = await submitFeedback(
      payload,
      input({ subject: 'Phản ánh về nhà vệ sinh', message: 'Nhà vệ sinh của điểm trường lẻ bị hỏng nhiều tuần chưa sửa chữa.' }),
    )
    const { id } = await byCode(code)
    const err = await payload.update({ collection: 'feedback', id, ...as(f.editor), data: { priority: true } }).catch((e) => e)
    expect(JSON.stringify(err.data ?? err.message)).toContain('Vui lòng ghi lý do đánh dấu ưu tiên')
    const raised = await payload.update({
      collection: 'feedback',
      id,
      ...as(f.editor),
      data: { priority: true, priorityReason: 'Báo địa phương đang quan tâm.' },
    })
    expect(raised.priority).toBe(true)
    expect(raised.priorityReason ?? null).toBeNull()
    // a reason does not carry over to the next change
    await expect(payload.update({ collection: 'feedback', id, ...as(f.editor), data: { priority: false } })).rejects.toThrow()
    const entry = raised.statusHistory!.at(-1)!
    expect(entry).toMatchObject({ kind: 'priority', by: f.editor.id, note: 'Đánh dấu ưu tiên: Báo địa phương đang quan tâm.' })
    await expect(
      payload.update({ collection: 'feedback', id, ...as(f.editor), data: { priority: false, priorityReason: '' } }),
    ).rejects.toThrow()
    const cleared = await payload.update({
      collection: 'feedback',
      id,
      ...as(f.editor),
      data: { priority: false, priorityReason: 'Đã xử lý xong.' },
    })
    expect(cleared.priority).toBe(false)
    expect(cleared.statusHistory!.filter((h) => h.kind === 'priority')).toHaveLength(2)
    expect(cleared.statusHistory!.filter((h) => h.kind === 'status')).toHaveLength(1)
  })
})

describe("the editors' worklist", () => {
  it('lists priority and overdue items, priority first', async () => {
    const { feedbackQueue } = await import('../../cms/src/collections/Feedback/queue')
    const old = await submitFeedback(payload, input({ email: undefined, subject: 'Ý kiến cũ quá hạn' }), new Date('2026-01-05T03:00:00Z'))
    const items = await feedbackQueue(payload, new Date('2026-11-27T03:00:00Z'))
    expect(items[0].priority).toBe(true)
    const overdue = items.find((i) => i.code === old)!
    expect(overdue).toMatchObject({ state: 'overdue', deadline: 'acknowledge' })
    const shown = await payload.findByID({ collection: 'feedback', id: overdue.id, ...as(f.editor) })
    expect(shown.deadlineState).toBe('Quá hạn tiếp nhận')
    expect(items.some((i) => i.status === 'da-tra-loi')).toBe(false)
  })
})

describe('e-mail never fails the save', () => {
  it('with the mail server gone, a submission and an answer are still stored', async () => {
    await box.close()
    box = undefined as never
    const code = await submitFeedback(payload, input({ subject: 'HOC SINH DANH NHAU O SAN TRUONG' }))
    const doc = await byCode(code)
    expect(doc.priority).toBe(true)
    const answered = await payload.update({
      collection: 'feedback',
      id: doc.id,
      ...as(f.editor),
      data: { status: 'da-tra-loi', answer: 'Nhà trường đã xử lý vụ việc.' },
    })
    expect(answered.status).toBe('da-tra-loi')
  })
})
