import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { generateReferenceCode } from '@gd/shared/reference-code'
import { recordRating } from '../../cms/src/collections/FeedbackRatings'
import { departmentReportData } from '../../cms/src/reports/department'
import { missingSchools } from '../../cms/src/reports/missing'
import { type Period, periodDays, periodLabel, periodRange, previousQuarter } from '@gd/shared/report-periods'
import { feedbackStatistics } from '../../cms/src/reports/statistics'
import { createFixtures } from '../helpers/fixtures'
import { deadlinesAtReceipt } from '@gd/shared/feedback-deadlines'
import { feedbackSettings } from '../../cms/src/globals/SiteSettings/feedbackSettings'
import { pressQueue } from '../../cms/src/collections/PressMentions/queue'
import { pressFigures } from '../../cms/src/reports/press'
import { loginTokens } from '../helpers/auth'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/** Schools' public-opinion reports, "who has not filed", and the department's report with its exports (plan IV.1–2). */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let f: Awaited<ReturnType<typeof createFixtures>>
let schoolC: { id: number; name: string }
let reportA: number
let reportId: number
let server: TestServer | undefined

const P: Period = { periodType: 'quy', year: 2025, quarter: 2 }
const as = (user: unknown) => ({ overrideAccess: false, user: user as never, depth: 0 })
const o = { overrideAccess: true, depth: 0 } as const
/** The refusal's whole text: the message and, for a validation error, each field's Vietnamese message. */
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => '',
    (e: { message: string; data?: { errors?: { message: string }[] } }) =>
      [e.message, ...(e.data?.errors ?? []).map((x) => x.message)].join(' | '),
  )

beforeAll(async () => {
  ctx = await freshPayload('opinion-reports')
  payload = ctx.payload
  f = await createFixtures(payload)
  schoolC = await payload.create({
    ...o,
    collection: 'schools',
    data: { name: 'Trường Mầm non Đồng Cẩm', level: 'mam-non', commune: 'Đồng Cẩm', demo: true },
  })
  await payload.updateGlobal({
    ...o,
    slug: 'site-settings',
    data: {
      orgName: 'Phòng Giáo dục và Đào tạo huyện Kim Thành',
      parentBody: 'Ủy ban nhân dân huyện Kim Thành',
      holidays: [
        { date: '2025-04-30', name: 'Ngày Chiến thắng' },
        { date: '2025-05-01', name: 'Ngày Quốc tế Lao động' },
      ],
    } as never,
  })
})
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe("a school's opinion report", () => {
  it('the school files a draft for its own school only, then submits it', async () => {
    const draft = await payload.create({
      collection: 'opinion-reports',
      ...as(f.schoolUserA),
      data: {
        school: f.schoolB.id,
        ...P,
        summary: 'Phụ huynh đồng tình với dạy học hai buổi/ngày.',
        issues: [{ issue: 'Khoản thu đầu năm', handling: 'Đã công khai tại họp phụ huynh.' }],
      } as never,
    })
    reportA = draft.id
    expect(draft.school).toBe(f.schoolA.id)
    expect(draft.state).toBe('nhap')
    expect(draft.periodKey).toBe('2025-Q2')
    expect(draft.submittedAt ?? null).toBeNull()
    const sent = await payload.update({ collection: 'opinion-reports', id: reportA, ...as(f.schoolUserA), data: { state: 'da-gui' } })
    expect(sent.state).toBe('da-gui')
    expect(sent.submittedAt).toBeTruthy()
  })

  it('cannot be edited by the school once submitted', async () => {
    await expect(
      payload.update({ collection: 'opinion-reports', id: reportA, ...as(f.schoolUserA), data: { summary: 'Sửa sau khi gửi' } }),
    ).rejects.toThrow(/không thể sửa/)
    await expect(
      payload.update({ collection: 'opinion-reports', id: reportA, ...as(f.schoolUserA), data: { state: 'nhap' } }),
    ).rejects.toThrow(/không thể sửa/)
    const stored = await payload.findByID({ ...o, collection: 'opinion-reports', id: reportA })
    expect(stored.summary).toBe('Phụ huynh đồng tình với dạy học hai buổi/ngày.')
    expect(stored.state).toBe('da-gui')
  })

  it('is not visible to another school; editors read all', async () => {
    const seen = await payload.find({ collection: 'opinion-reports', ...as(f.schoolUserB) })
    expect(seen.docs.map((d) => d.id)).not.toContain(reportA)
    await expect(payload.findByID({ collection: 'opinion-reports', id: reportA, ...as(f.schoolUserB) })).rejects.toThrow()
    await expect(
      payload.update({ collection: 'opinion-reports', id: reportA, ...as(f.schoolUserB), data: { summary: 'x' } }),
    ).rejects.toThrow()
    const editor = await payload.find({ collection: 'opinion-reports', ...as(f.editor) })
    expect(editor.docs.map((d) => d.id)).toContain(reportA)
    await expect(payload.delete({ collection: 'opinion-reports', id: reportA, ...as(f.editor) })).rejects.toThrow()
  })

  it('refuses a second report for the same school and period, in Vietnamese, and stores nothing', async () => {
    const before = (await payload.count({ ...o, collection: 'opinion-reports' })).totalDocs
    expect(
      await refusal(
        payload.create({ collection: 'opinion-reports', ...as(f.schoolUserA), data: { ...P, summary: 'Bản thứ hai' } as never }),
      ),
    ).toMatch(/Trường đã có báo cáo dư luận quý II năm 2025/)
    expect(
      await refusal(
        payload.create({
          collection: 'opinion-reports',
          ...as(f.editor),
          data: { school: f.schoolA.id, ...P, summary: 'Bản thứ hai' } as never,
        }),
      ),
    ).toMatch(/đã có báo cáo/)
    expect((await payload.count({ ...o, collection: 'opinion-reports' })).totalDocs).toBe(before)
    // another period is fine
    const other = await payload.create({
      collection: 'opinion-reports',
      ...as(f.schoolUserA),
      data: { periodType: 'thang', year: 2025, month: 4, summary: 'Tháng 4' } as never,
    })
    expect(other.periodKey).toBe('2025-T04')
  })

  it('an editor can reopen a sent report; the school corrects it and sends it again', async () => {
    const reopened = await payload.update({ collection: 'opinion-reports', id: reportA, ...as(f.editor), data: { state: 'nhap' } })
    expect(reopened.state).toBe('nhap')
    expect(reopened.submittedAt ?? null).toBeNull()
    const corrected = await payload.update({
      collection: 'opinion-reports',
      id: reportA,
      ...as(f.schoolUserA),
      data: { incidents: 'Không có.', state: 'da-gui' },
    })
    expect(corrected.state).toBe('da-gui')
    expect(corrected.incidents).toBe('Không có.')
    expect(corrected.submittedAt).toBeTruthy()
  })

  it('refuses an incomplete period in Vietnamese', async () => {
    expect(
      await refusal(
        payload.create({
          collection: 'opinion-reports',
          ...as(f.schoolUserB),
          data: { periodType: 'quy', year: 2025, summary: 'Thiếu quý' } as never,
        }),
      ),
    ).toMatch(/Vui lòng chọn quý báo cáo/)
  })
})

describe('who has not filed', () => {
  it('lists exactly the schools without a submitted report for the period', async () => {
    // school B has only a draft: it has not filed; school C has nothing
    await payload.create({ collection: 'opinion-reports', ...as(f.schoolUserB), data: { ...P, summary: 'Bản nháp của trường B' } as never })
    expect((await missingSchools(payload, P)).map((s) => s.id).sort()).toEqual([f.schoolB.id, schoolC.id].sort())
    // a monthly report does not count for the quarter, and the month has its own list
    expect((await missingSchools(payload, { periodType: 'thang', year: 2025, month: 4 })).map((s) => s.id).sort()).toEqual(
      [f.schoolA.id, f.schoolB.id, schoolC.id].sort(),
    )
    await payload.update({
      collection: 'opinion-reports',
      where: { school: { equals: f.schoolB.id } },
      ...as(f.schoolUserB),
      data: { state: 'da-gui' },
    })
    expect((await missingSchools(payload, P)).map((s) => s.name)).toEqual([schoolC.name])
  })
})

// the known set: [kind, status, theme?, school?, received at (Hà Nội)] and, by position, what staff did (below)
type Item = ['gop-y' | 'phan-anh' | 'kien-nghi' | 'cau-hoi', string, 'theme' | null, 'A' | 'B' | null, string]
const ITEMS: Item[] = [
  ['gop-y', 'moi', 'theme', 'A', '2025-04-01T00:00:00+07:00'],
  ['gop-y', 'da-tra-loi', null, 'A', '2025-04-15T09:00:00+07:00'],
  ['phan-anh', 'dang-xu-ly', 'theme', 'B', '2025-05-02T10:00:00+07:00'],
  ['phan-anh', 'da-tra-loi', 'theme', null, '2025-05-20T14:30:00+07:00'],
  ['kien-nghi', 'da-dong', null, 'B', '2025-06-10T08:00:00+07:00'],
  ['cau-hoi', 'moi', 'theme', 'A', '2025-06-30T23:59:00+07:00'],
  ['cau-hoi', 'da-tiep-nhan', null, null, '2025-06-05T16:00:00+07:00'],
  // outside the quarter, on both edges
  ['gop-y', 'moi', 'theme', 'A', '2025-03-31T23:59:00+07:00'],
  ['phan-anh', 'moi', null, 'B', '2025-07-01T00:00:00+07:00'],
]
/**
 * Items 3 and 4 name a sensitive topic (priority at receipt); item 5 is raised by hand. Acknowledged / answered at
 * (Hà Nội), in working days after receipt (30/4 and 1/5 are holidays): 2: 1 and 5; 3: 1; 4: 0 and 3; 5: 2 and 5;
 * 7: 1 → medians 1 and 5. Ratings 4, 5 and 2 → 3,67. Open: 1, 3, 6, 7, all past their deadline today (1 and 6
 * still "mới": the acknowledgement's).
 */
const SUBJECT: Record<number, string> = { 3: 'Phản ánh bạo lực học đường tại trường', 4: 'Nghi ngộ độc thực phẩm sau bữa trưa bán trú' }
const HANDLED: Record<number, { ackAt?: string; answeredAt?: string; rating?: number }> = {
  2: { ackAt: '2025-04-16T08:00:00+07:00', answeredAt: '2025-04-22T10:00:00+07:00', rating: 4 },
  3: { ackAt: '2025-05-05T08:00:00+07:00' },
  4: { ackAt: '2025-05-20T16:00:00+07:00', answeredAt: '2025-05-23T09:00:00+07:00', rating: 5 },
  5: { ackAt: '2025-06-12T08:00:00+07:00', answeredAt: '2025-06-17T09:00:00+07:00', rating: 2 },
  7: { ackAt: '2025-06-06T08:00:00+07:00' },
}
const codes: string[] = []
const RAISED = 'Nhiều phụ huynh cùng kiến nghị'

describe("the department's figures", () => {
  it('equal what is stored, count by count', async () => {
    for (const [i, [kind, status, theme, school, at]] of ITEMS.entries()) {
      const n = i + 1
      const doc = await payload.create({
        ...o,
        collection: 'feedback',
        data: {
          code: generateReferenceCode(),
          status,
          receivedAt: new Date(at).toISOString(),
          kind,
          theme: theme ? f.theme.id : undefined,
          school: school === 'A' ? f.schoolA.id : school === 'B' ? f.schoolB.id : undefined,
          subject: SUBJECT[n] ?? `Ý kiến số ${n}`,
          message: 'Nội dung ý kiến kiểm thử số liệu báo cáo.',
          name: 'Nguyễn Văn A',
          consent: true,
          answer: 'Nội dung trả lời kiểm thử.',
        } as never,
      })
      codes[n] = doc.code
      // item 5: an editor raises the priority by hand, with a reason (the triage hook records it)
      if (n === 5)
        await payload.update({ collection: 'feedback', id: doc.id, ...as(f.editor), data: { priority: true, priorityReason: RAISED } })
      // what staff did over time, written straight to the database (no hooks); the priority entries are kept
      const h = HANDLED[n] ?? {}
      const stored = (await payload.findByID({ ...o, collection: 'feedback', id: doc.id })) as unknown as Record<string, unknown> & {
        statusHistory: { kind: string }[]
      }
      const history: Record<string, unknown>[] = [{ kind: 'status', status: 'moi', at: new Date(at).toISOString() }]
      if (h.ackAt) history.push({ kind: 'status', status: 'da-tiep-nhan', at: new Date(h.ackAt).toISOString() })
      if (h.answeredAt) history.push({ kind: 'status', status: 'da-tra-loi', at: new Date(h.answeredAt).toISOString() })
      history.push(
        ...stored.statusHistory
          .filter((e) => e.kind === 'priority')
          .map(({ kind, status: s, at: t, note }: Record<string, unknown>) => ({ kind, status: s, at: t, note })),
      )
      await payload.db.updateOne({
        collection: 'feedback',
        id: doc.id,
        data: {
          ...stored,
          statusHistory: history.map((e, k) => ({ ...e, id: `${String(doc.id).padStart(8, '0')}${String(k).padStart(16, '0')}` })),
          answeredAt: h.answeredAt ? new Date(h.answeredAt).toISOString() : null,
        },
      })
      // the citizen's rating, as the lookup page records it (apart from the item, anonymously)
      if (h.rating) expect(await recordRating(payload, doc.code, { score: h.rating, comment: null })).toBe(true)
    }
    const fig = await feedbackStatistics(payload, periodDays(P))
    const { start, end } = periodRange(P)
    const inPeriod = [{ receivedAt: { greater_than_equal: start.toISOString() } }, { receivedAt: { less_than: end.toISOString() } }]
    const stored = async (extra: Record<string, unknown>[] = []) =>
      (await payload.count({ ...o, collection: 'feedback', where: { and: [...inPeriod, ...extra] as never } })).totalDocs

    expect(periodDays(P)).toEqual({ from: '2025-04-01', to: '2025-06-30' })
    expect(fig.total).toBe(7)
    expect(fig.total).toBe(await stored())
    for (const row of fig.byKind) expect([row.key, row.count]).toEqual([row.key, await stored([{ kind: { equals: row.key } }])])
    expect(Object.fromEntries(fig.byKind.map((r) => [r.key, r.count]))).toEqual({ 'gop-y': 2, 'phan-anh': 2, 'kien-nghi': 1, 'cau-hoi': 2 })
    for (const row of fig.byStatus) expect([row.key, row.count]).toEqual([row.key, await stored([{ status: { equals: row.key } }])])
    expect(Object.fromEntries(fig.byStatus.filter((r) => r.count).map((r) => [r.key, r.count]))).toEqual({
      moi: 2,
      'da-tiep-nhan': 1,
      'dang-xu-ly': 1,
      'da-tra-loi': 2,
      'da-dong': 1,
    })
    for (const row of fig.byTheme)
      expect([row.key, row.count]).toEqual([
        row.key,
        await stored([row.key ? { theme: { equals: Number(row.key) } } : { theme: { exists: false } }]),
      ])
    expect(fig.byTheme.map((r) => [r.label, r.count])).toEqual([
      [f.theme.name, 4],
      ['Chưa xác định lĩnh vực', 3],
    ])
    for (const row of fig.bySchool)
      expect([row.key, row.count]).toEqual([
        row.key,
        await stored([row.key ? { school: { equals: Number(row.key) } } : { school: { exists: false } }]),
      ])
    expect(fig.bySchool.map((r) => [r.label, r.count])).toEqual([
      [f.schoolA.name, 3],
      [f.schoolB.name, 2],
      ['Không gắn với trường cụ thể', 2],
    ])
    expect(fig.byMonth.map((r) => [r.key, r.count])).toEqual([
      ['2025-04', 2],
      ['2025-05', 2],
      ['2025-06', 3],
    ])
    for (const row of fig.byPriority)
      expect([row.key, row.count]).toEqual([row.key, await stored([{ priority: { equals: row.key === 'true' } }])])
    expect(fig.byPriority.map((r) => [r.label, r.count])).toEqual([
      ['Ưu tiên', 3],
      ['Thông thường', 4],
    ])
    for (const row of fig.bySource) expect([row.key, row.count]).toEqual([row.key, await stored([{ source: { equals: row.key } }])])
    expect(fig.bySource.find((r) => r.key === 'website')?.count).toBe(7)
    for (const rows of [fig.byKind, fig.byStatus, fig.byTheme, fig.bySchool, fig.byMonth, fig.byPriority, fig.bySource])
      expect(rows.reduce((n, r) => n + r.count, 0)).toBe(7)
    expect([fig.medianDaysToAcknowledge, fig.acknowledgedCount, fig.medianDaysToAnswer, fig.answeredCount]).toEqual([1, 5, 5, 3])
    expect([fig.ratingAverage, fig.ratingCount]).toEqual([3.67, 3])
    expect(fig.overdue).toBe(4)
  })
})

describe('press and social-network monitoring (plan IV.1)', () => {
  let negative: { id: number; respondBy?: string | null; createdAt: string }
  it('an editor logs items; a negative one needing a response gets the feedback answer deadline, whatever was sent', async () => {
    negative = (await payload.create({
      ...as(f.editor),
      collection: 'press-mentions',
      data: {
        title: 'Phụ huynh phản ánh trên mạng về khoản thu đầu năm',
        channel: 'mang-xa-hoi',
        outlet: 'Nhóm Cha mẹ học sinh Kim Thành',
        url: 'https://example.com/bai-viet/1',
        publishedAt: '2025-05-20T02:00:00.000Z',
        school: f.schoolB.id,
        theme: f.theme.id,
        tone: 'tieu-cuc',
        needsResponse: true,
        respondBy: '2099-01-01T00:00:00.000Z',
      } as never,
    })) as never
    const { holidays, days } = await feedbackSettings(payload)
    expect(negative.respondBy).toBe(deadlinesAtReceipt(negative.createdAt, holidays, days).answerBy)
    const positive = await payload.create({
      ...as(f.editor),
      collection: 'press-mentions',
      data: {
        title: 'Báo điện tử đưa tin về Ngày hội đọc sách',
        channel: 'bao-chi',
        outlet: 'Báo Hải Dương',
        publishedAt: '2025-04-23T02:00:00.000Z',
        tone: 'tich-cuc',
      } as never,
    })
    expect(positive.respondBy ?? null).toBeNull()
  })

  it('refuses a link that is not http(s), in Vietnamese, and stores nothing', async () => {
    const before = (await payload.count({ ...o, collection: 'press-mentions' })).totalDocs
    const why = await refusal(
      payload.create({
        ...as(f.editor),
        collection: 'press-mentions',
        data: {
          title: 'Tin thử',
          channel: 'bao-chi',
          outlet: 'Báo X',
          publishedAt: '2025-05-01T00:00:00.000Z',
          tone: 'trung-lap',
          url: 'javascript:alert(1)',
        } as never,
      }),
    )
    expect(why).toContain('Đường dẫn phải bắt đầu bằng http:// hoặc https://.')
    expect((await payload.count({ ...o, collection: 'press-mentions' })).totalDocs).toBe(before)
  })

  it('is for staff only: a school account can neither log nor read items', async () => {
    expect(
      await refusal(
        payload.create({
          ...as(f.schoolUserA),
          collection: 'press-mentions',
          data: { title: 'x', channel: 'bao-chi', outlet: 'y', publishedAt: '2025-05-01T00:00:00.000Z', tone: 'tich-cuc' } as never,
        }),
      ),
    ).not.toBe('')
    expect(await refusal(payload.find({ ...as(f.schoolUserA), collection: 'press-mentions' }))).not.toBe('')
  })

  it("heads the editors' worklist once due soon or overdue, and leaves it when a response is recorded", async () => {
    const later = new Date(new Date(negative.respondBy!).getTime() + 86_400_000)
    expect((await pressQueue(payload, later)).map((i) => [i.id, i.state])).toEqual([[negative.id, 'overdue']])
    expect(await pressQueue(payload, new Date(negative.createdAt))).toEqual([])
    const answered = await payload.update({
      ...as(f.editor),
      collection: 'press-mentions',
      id: negative.id,
      data: { response: 'Phòng đã làm việc với nhà trường, công khai các khoản thu theo quy định.' },
    })
    expect(answered.respondedAt).toBeTruthy()
    expect(answered.respondBy).toBe(negative.respondBy)
    expect(await pressQueue(payload, later)).toEqual([])
  })

  it("is counted by tone, channel, theme and outlet in the department's report for its period", async () => {
    const p = await pressFigures(payload, periodDays(P), [])
    expect(p.total).toBe(2)
    expect(p.byTone.map((r) => [r.key, r.count])).toEqual([
      ['tich-cuc', 1],
      ['trung-lap', 0],
      ['tieu-cuc', 1],
    ])
    expect(p.byChannel.map((r) => [r.key, r.count])).toEqual([
      ['bao-chi', 1],
      ['mang-xa-hoi', 1],
    ])
    expect(p.byOutlet.map((r) => r.label).sort()).toEqual(['Báo Hải Dương', 'Nhóm Cha mẹ học sinh Kim Thành'])
    expect(p.byTheme.find((r) => r.label === f.theme.name)?.count).toBe(1)
    expect([p.needingResponse, p.overdue, p.negative.length]).toEqual([1, 0, 1])
    expect(p.negative[0].response).toContain('công khai các khoản thu')
    expect(await pressFigures(payload, { from: '2025-07-01', to: '2025-09-30' }, [])).toMatchObject({ total: 0 })
  })
})

describe("the department's report data", () => {
  it('takes its figures from the dashboard statistics, lists the priority items with their handling and the open ones with their deadline', async () => {
    const report = await payload.create({
      ...o,
      collection: 'department-reports',
      data: {
        ...P,
        number: '15/BC-PGDĐT',
        place: 'Kim Thành',
        date: '2025-07-05T03:00:00.000Z',
        narrative: 'Dư luận cơ bản đồng thuận.',
      } as never,
    })
    reportId = report.id
    const now = new Date()
    const data = (await departmentReportData(payload, reportId, now))!
    expect(data.figures).toEqual(await feedbackStatistics(payload, periodDays(P), now))
    expect(data.generatedAt).toBe(now.toISOString())

    expect(data.priorityItems.map((i) => i.code)).toEqual([codes[3], codes[4], codes[5]])
    expect(data.priorityItems.map((i) => i.priorityReason)).toEqual([
      'Chủ đề nhạy cảm: bạo lực học đường',
      'Chủ đề nhạy cảm: ngộ độc thực phẩm',
      `Đánh dấu ưu tiên: ${RAISED}`,
    ])
    const [p3, p4, p5] = data.priorityItems
    expect(p3.handling).toMatch(/^Chưa giải quyết xong \(đang xử lý\); quá hạn trả lời, hạn \d{2}\/\d{2}\/2025$/)
    expect(p4.handling).toBe('Đã trả lời ngày 23/05/2025: Nội dung trả lời kiểm thử.')
    expect(p5.handling).toBe('Đã trả lời ngày 17/06/2025: Nội dung trả lời kiểm thử. (đã đóng)')
    expect([p3.status, p4.status, p5.status]).toEqual(['Đang xử lý', 'Đã trả lời', 'Đã đóng'])
    expect([p3.school, p3.theme]).toEqual([f.schoolB.name, f.theme.name])
    // nothing personal in the lists
    expect(JSON.stringify([data.priorityItems, data.openItems])).not.toContain('Nguyễn Văn A')

    expect(new Set(data.openItems.map((i) => i.code))).toEqual(new Set([codes[1], codes[3], codes[6], codes[7]]))
    const byCode = new Map(data.openItems.map((i) => [i.code, i]))
    expect(byCode.get(codes[1])?.deadline).toBe('Quá hạn tiếp nhận')
    expect(byCode.get(codes[6])?.deadline).toBe('Quá hạn tiếp nhận')
    expect(byCode.get(codes[3])?.deadline).toBe('Quá hạn trả lời')
    expect(byCode.get(codes[7])?.deadline).toBe('Quá hạn trả lời')
    expect(data.openItems.filter((i) => i.overdue)).toHaveLength(data.figures.overdue)
    expect(data.figures.overdue).toBe(4)
  })

  it('at an earlier instant, the overdue count still equals the items flagged overdue in the list', async () => {
    // 1 July 2025: item 6 (received 30/6 late evening) is still within its acknowledgement deadline
    const then = new Date('2025-07-01T09:00:00+07:00')
    const data = (await departmentReportData(payload, reportId, then))!
    const six = data.openItems.find((i) => i.code === codes[6])!
    expect(six.overdue).toBe(false)
    expect(six.deadline).toBe('Trong hạn')
    expect(data.openItems.at(-1)?.code).toBe(codes[6])
    expect(
      data.openItems
        .filter((i) => i.overdue)
        .map((i) => i.code)
        .sort(),
    ).toEqual([codes[1], codes[3], codes[7]].sort())
    expect(data.figures.overdue).toBe(3)
    expect(data.figures).toEqual(await feedbackStatistics(payload, periodDays(P), then))
  })
})

describe("the department's report over HTTP", () => {
  const tokens: Record<string, string> = {}
  beforeAll(async () => {
    expect((await payload.findByID({ ...o, collection: 'department-reports', id: reportId })).title).toBe(
      'Báo cáo tình hình dư luận xã hội quý II năm 2025',
    )
    server = await startServer(ctx.dataDir)
    Object.assign(tokens, await loginTokens(server.url, { editor: 'editor@test.example', school: 'truong-a@test.example' }))
  }, 240_000)

  it('the XLSX export reads back with the expected sheets and numbers', async () => {
    const res = await fetch(`${server!.url}/api/department-reports/${reportId}/xlsx`, {
      headers: { authorization: `JWT ${tokens.editor}` },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('spreadsheetml')
    const cd = res.headers.get('content-disposition') ?? ''
    expect(cd).toMatch(/^attachment; filename="Bao cao du luan quy II nam 2025\.xlsx"; filename\*=UTF-8''/)
    expect(decodeURIComponent(cd.split("UTF-8''")[1])).toBe('Báo cáo dư luận quý II năm 2025.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await res.arrayBuffer()) as never)
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Theo lĩnh vực',
      'Theo trường',
      'Ý kiến ưu tiên',
      'Chưa giải quyết xong',
      'Báo cáo các trường',
      'Báo chí, mạng xã hội',
      'Báo cáo đột xuất',
    ])
    const press = wb.getWorksheet('Báo chí, mạng xã hội')!
    expect(press.getRow(1).values).toEqual([undefined, 'Tổng số tin', 2])
    expect(press.getRow(2).values).toEqual([undefined, 'Tin tiêu cực cần phản hồi', 1])
    const pairs = (name: string) => {
      const out = new Map<string, unknown>()
      wb.getWorksheet(name)!.eachRow((row) => {
        const [, a, b] = row.values as unknown[]
        if (typeof a === 'string' && !out.has(a)) out.set(a, b)
      })
      return out
    }
    const summary = pairs('Tổng hợp')
    expect(summary.get('Tổng số ý kiến tiếp nhận')).toBe(7)
    expect(summary.get('Góp ý')).toBe(2)
    expect(summary.get('Phản ánh')).toBe(2)
    expect(summary.get('Kiến nghị')).toBe(1)
    expect(summary.get('Câu hỏi')).toBe(2)
    expect(summary.get('Tháng 6/2025')).toBe(3)
    expect(summary.get('Đã gửi báo cáo')).toBe(2)
    expect(summary.get('Chưa gửi báo cáo')).toBe(1)
    expect(summary.has(schoolC.name)).toBe(true)
    // the dashboard's key figures, as numbers, with the dashboard's labels
    expect(summary.get('Số ngày làm việc trung vị từ khi nhận đến khi tiếp nhận')).toBe(1)
    expect(summary.get('Số ngày làm việc trung vị từ khi nhận đến khi trả lời')).toBe(5)
    expect(summary.get('Số ý kiến quá hạn (tiếp nhận hoặc trả lời) chưa giải quyết xong')).toBe(4)
    expect(summary.get('Mức độ hài lòng trung bình (thang 1–5)')).toBe(3.67)
    expect(summary.get('Ưu tiên')).toBe(3)
    expect(summary.get('Thông thường')).toBe(4)
    expect(summary.get('Trang thông tin điện tử')).toBe(7)
    expect(summary.get('Số ý kiến ưu tiên')).toBe(3)
    expect(summary.get('Số ý kiến chưa giải quyết xong')).toBe(4)
    expect(String(summary.get('Số liệu tính đến'))).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)
    /** A list sheet as objects keyed by its header row (row 2). */
    const listed = (name: string) => {
      const rows: Record<string, unknown>[] = []
      let head: string[] = []
      wb.getWorksheet(name)!.eachRow((row, n) => {
        const cells = (row.values as unknown[]).slice(1)
        if (n === 2) head = cells.map(String)
        else if (n > 2) rows.push(Object.fromEntries(head.map((h, i) => [h, cells[i]])))
      })
      return rows
    }
    const priority = listed('Ý kiến ưu tiên')
    expect(priority.map((r) => r['Mã'])).toEqual([codes[3], codes[4], codes[5]])
    expect(priority.map((r) => r['Ngày nhận'])).toEqual(['02/05/2025', '20/05/2025', '10/06/2025'])
    expect(priority[0]['Lý do ưu tiên']).toBe('Chủ đề nhạy cảm: bạo lực học đường')
    expect(priority[2]['Lý do ưu tiên']).toBe(`Đánh dấu ưu tiên: ${RAISED}`)
    expect(priority[1]['Kết quả xử lý']).toBe('Đã trả lời ngày 23/05/2025: Nội dung trả lời kiểm thử.')
    expect(priority[0]['Trường']).toBe(f.schoolB.name)
    const open = listed('Chưa giải quyết xong')
    expect(new Set(open.map((r) => r['Mã']))).toEqual(new Set([codes[1], codes[3], codes[6], codes[7]]))
    expect(open.filter((r) => String(r['Tình trạng thời hạn']).startsWith('Quá hạn'))).toHaveLength(4)
    expect(open.find((r) => r['Mã'] === codes[1])?.['Tình trạng thời hạn']).toBe('Quá hạn tiếp nhận')
    expect(open.find((r) => r['Mã'] === codes[3])?.['Ưu tiên']).toBe('Có')
    for (const r of open) expect(String(r['Hạn'])).toMatch(/^\d{2}\/\d{2}\/2025$/)
    expect(JSON.stringify([priority, open])).not.toContain('Nguyễn Văn A')
    const themes = pairs('Theo lĩnh vực')
    expect(themes.get(f.theme.name)).toBe(4)
    expect(themes.get('Tổng cộng')).toBe(7)
    const schools = pairs('Theo trường')
    expect(schools.get(f.schoolA.name)).toBe(3)
    expect(schools.get(f.schoolB.name)).toBe(2)
    const reports = pairs('Báo cáo các trường')
    expect(reports.has(f.schoolA.name)).toBe(true)
    expect(reports.get(schoolC.name)).toBe('Chưa gửi')
  })

  it('the print page is in the administrative style with the organisation, the Quốc hiệu, the period and the figures', async () => {
    const res = await fetch(`${server!.url}/api/department-reports/${reportId}/print`, {
      headers: { authorization: `JWT ${tokens.editor}` },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    const html = await res.text()
    expect(html).toContain('<html lang="vi">')
    expect(html).toContain('Phòng Giáo dục và Đào tạo huyện Kim Thành')
    expect(html).toContain('Ủy ban nhân dân huyện Kim Thành')
    expect(html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(html).toContain('Độc lập - Tự do - Hạnh phúc')
    expect(html).toContain('Số: 15/BC-PGDĐT')
    expect(html).toContain('Kim Thành, ngày 05 tháng 07 năm 2025')
    expect(html).toContain('quý II năm 2025')
    expect(html).toContain('tiếp nhận <strong>7</strong> ý kiến')
    expect(html).toContain('VI. Thông tin trên báo chí, mạng xã hội')
    expect(html).toContain('ghi nhận <strong>2</strong> tin trên báo chí, mạng xã hội')
    // the dashboard's key figures, in vi-VN notation
    const figure = (key: string) =>
      html.match(new RegExp(`<tr data-figure="${key}"><th scope="row">([^<]+)</th><td class="num">([^<]+)</td></tr>`))?.slice(1)
    expect(figure('medianDaysToAcknowledge')).toEqual(['Số ngày làm việc trung vị từ khi nhận đến khi tiếp nhận', '1 (trên 5 ý kiến)'])
    expect(figure('medianDaysToAnswer')).toEqual(['Số ngày làm việc trung vị từ khi nhận đến khi trả lời', '5 (trên 3 ý kiến)'])
    expect(figure('overdue')).toEqual(['Số ý kiến quá hạn (tiếp nhận hoặc trả lời) chưa giải quyết xong', '4'])
    expect(figure('ratingAverage')).toEqual(['Mức độ hài lòng trung bình (thang 1–5)', '3,67 (3 đánh giá)'])
    expect(html).toContain('<tr><td>Ưu tiên</td><td class="num">3</td></tr>')
    // the priority items and how each was handled
    const section = (id: string) =>
      html.slice(html.indexOf(`<section id="${id}">`), html.indexOf('</section>', html.indexOf(`<section id="${id}">`)))
    const priority = section('uu-tien')
    expect(priority).toContain('<h2>III. Ý kiến ưu tiên (nhạy cảm, khẩn cấp) và kết quả xử lý</h2>')
    expect([...priority.matchAll(/<tr data-code="([^"]+)">/g)].map((m) => m[1])).toEqual([codes[3], codes[4], codes[5]])
    expect(priority).toContain(
      `<tr data-code="${codes[4]}"><td>${codes[4]}</td><td>20/05/2025</td><td>Nghi ngộ độc thực phẩm sau bữa trưa bán trú</td>`,
    )
    expect(priority).toContain('<td>Đã trả lời ngày 23/05/2025: Nội dung trả lời kiểm thử.</td>')
    expect(priority).toContain(`<td>Đánh dấu ưu tiên: ${RAISED}</td>`)
    // the open and overdue items
    const open = section('chua-xu-ly')
    expect(open).toContain('<h2>IV. Ý kiến chưa giải quyết xong và quá hạn</h2>')
    expect(open).toContain('Còn <strong>4</strong> ý kiến nhận trong kỳ chưa giải quyết xong, trong đó <strong>4</strong> ý kiến quá hạn.')
    expect(new Set([...open.matchAll(/<tr data-code="([^"]+)">/g)].map((m) => m[1]))).toEqual(
      new Set([codes[1], codes[3], codes[6], codes[7]]),
    )
    expect(open).toMatch(
      new RegExp(
        `<tr data-code="${codes[1]}"><td>${codes[1]}</td><td>01/04/2025</td><td>Ý kiến số 1</td><td>Mới</td><td>\\d{2}/\\d{2}/2025</td><td>Quá hạn tiếp nhận</td><td></td></tr>`,
      ),
    )
    expect(html).not.toContain('Nguyễn Văn A')
    expect(html).toContain('<h2>V. Báo cáo của các trường</h2>')
    expect(html).toContain('<tr><td>Góp ý</td><td class="num">2</td></tr>')
    expect(html).toContain(`<tr><td>${f.theme.name}</td><td class="num">4</td></tr>`)
    expect(html).toContain('Dư luận cơ bản đồng thuận.')
    expect(html).toContain('Phụ huynh đồng tình với dạy học hai buổi/ngày.')
    expect(html).toContain('@media print')
  })

  it("the editors' dashboard lists who has not filed for the previous quarter; a school's does not", async () => {
    const label = periodLabel(previousQuarter(new Date()))
    const page = async (token: string) =>
      (await fetch(`${server!.url}/admin`, { headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'none' } })).text()
    const editor = await page(tokens.editor)
    expect(editor).toContain(`Chưa gửi báo cáo dư luận ${label}`)
    for (const name of [f.schoolA.name, f.schoolB.name, schoolC.name]) expect(editor).toContain(name)
    expect(await page(tokens.school)).not.toContain('Chưa gửi báo cáo dư luận')
  })

  it('an unknown report is 404 for staff', async () => {
    for (const kind of ['xlsx', 'print']) {
      const res = await fetch(`${server!.url}/api/department-reports/999999/${kind}`, {
        headers: { authorization: `JWT ${tokens.editor}` },
      })
      expect(res.status).toBe(404)
      expect(await res.text()).toBe('Không tìm thấy báo cáo.')
    }
  })

  it('anonymous visitors and school accounts get 403', async () => {
    for (const kind of ['xlsx', 'print']) {
      expect((await fetch(`${server!.url}/api/department-reports/${reportId}/${kind}`)).status).toBe(403)
      expect(
        (await fetch(`${server!.url}/api/department-reports/${reportId}/${kind}`, { headers: { authorization: `JWT ${tokens.school}` } }))
          .status,
      ).toBe(403)
    }
  })
})
