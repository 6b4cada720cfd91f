import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { feedbackQueue } from '../../cms/src/collections/Feedback/queue'
import { monthOf } from '@gd/shared/report-periods'
import { feedbackStatistics, type FeedbackStatistics, keyFigures } from '../../cms/src/reports/statistics'
import { createFixtures } from '../helpers/fixtures'
import { loginTokens } from '../helpers/auth'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * The statistics dashboard's figures (issue 4 §5): a known set of feedback items, every figure checked against what
 * is stored, by hand. Holidays for the fixture: only 2025-03-10 (a Monday), so the working days are easy to count.
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let f: Awaited<ReturnType<typeof createFixtures>>
let t2: { id: number }
let server: TestServer | undefined
const o = { overrideAccess: true, depth: 0 } as const
const RANGE = { from: '2025-01-01', to: '2025-03-31' }

type Item = {
  key: string
  receivedAt: string
  kind: string
  theme?: 'T1' | 'T2'
  school?: 'A' | 'B'
  source: string
  status: string
  ackAt?: string
  answeredAt?: string
  rating?: number
  /** Who is speaking, as the form or the editor recorded it. */
  group?: string
}
// Hà Nội times (+07:00). Working days counted after the day of receipt up to the day of the event.
const ITEMS: Item[] = [
  // Mon 06/01 → ack Wed 08/01 = 2; answered Mon 13/01 = 5 (7, 8, 9, 10, 13)
  {
    key: 'A',
    group: 'cha-me-hoc-sinh',
    receivedAt: '2025-01-06T09:00:00+07:00',
    kind: 'gop-y',
    theme: 'T1',
    school: 'A',
    source: 'website',
    status: 'da-tra-loi',
    ackAt: '2025-01-08T10:00:00+07:00',
    answeredAt: '2025-01-13T15:00:00+07:00',
    rating: 5,
  },
  // Fri 10/01 → ack Mon 13/01 = 1; answered Mon 20/01 = 6 (13–17, 20)
  {
    key: 'B',
    group: 'cha-me-hoc-sinh',
    receivedAt: '2025-01-10T16:00:00+07:00',
    kind: 'phan-anh',
    theme: 'T2',
    school: 'B',
    source: 'dien-thoai',
    status: 'da-dong',
    ackAt: '2025-01-13T08:00:00+07:00',
    answeredAt: '2025-01-20T09:00:00+07:00',
    rating: 3,
  },
  // Mon 03/02 → ack Tue 04/02 = 1; open, long past its answer deadline: overdue
  {
    key: 'C',
    group: 'giao-vien',
    receivedAt: '2025-02-03T08:00:00+07:00',
    kind: 'kien-nghi',
    theme: 'T1',
    source: 'thu-dien-tu',
    status: 'dang-xu-ly',
    ackAt: '2025-02-04T08:00:00+07:00',
  },
  // Fri 07/03, still "mới": no acknowledgement, overdue
  { key: 'D', receivedAt: '2025-03-07T09:00:00+07:00', kind: 'cau-hoi', school: 'A', source: 'website', status: 'moi' },
  // Fri 07/03 → "không xử lý" Tue 11/03 = 1 (Mon 10/03 is a holiday); closed, not overdue
  {
    key: 'E',
    group: 'bao-chi',
    receivedAt: '2025-03-07T10:00:00+07:00',
    kind: 'gop-y',
    theme: 'T2',
    school: 'A',
    source: 'hoi-nghi-tiep-cong-dan',
    status: 'khong-xu-ly',
    ackAt: '2025-03-11T10:00:00+07:00',
  },
  // Mon 31/03 23:00 Hà Nội (16:00 UTC) is inside the range → ack Wed 02/04 = 2; answered Fri 04/04 = 4
  {
    key: 'F',
    group: 'hoc-sinh',
    receivedAt: '2025-03-31T23:00:00+07:00',
    kind: 'phan-anh',
    theme: 'T1',
    school: 'B',
    source: 'website',
    status: 'da-tra-loi',
    ackAt: '2025-04-02T09:00:00+07:00',
    answeredAt: '2025-04-04T09:00:00+07:00',
  },
  // outside the range: 31/12/2024 and 01/04/2025 00:30 Hà Nội (still 31/03 in UTC)
  {
    key: 'X',
    group: 'nguoi-dan',
    receivedAt: '2024-12-31T20:00:00+07:00',
    kind: 'gop-y',
    theme: 'T1',
    school: 'A',
    source: 'website',
    status: 'moi',
    rating: 1,
  },
  {
    key: 'Y',
    receivedAt: '2025-04-01T00:30:00+07:00',
    kind: 'gop-y',
    theme: 'T1',
    school: 'A',
    source: 'website',
    status: 'moi',
    rating: 1,
  },
]

beforeAll(async () => {
  ctx = await freshPayload('feedback-statistics')
  payload = ctx.payload
  f = await createFixtures(payload)
  t2 = await payload.create({
    ...o,
    collection: 'themes',
    data: { name: 'Công tác thi đua, khen thưởng', slug: 'thi-dua', order: 8, year: 2024, status: 'dang-ap-dung' },
  })
  await payload.updateGlobal({
    ...o,
    slug: 'site-settings',
    data: { orgName: 'Phòng Giáo dục và Đào tạo huyện Kim Thành', holidays: [{ date: '2025-03-10', name: 'Ngày nghỉ kiểm thử' }] } as never,
  })
  for (const it of ITEMS) {
    const doc = await payload.create({
      ...o,
      collection: 'feedback',
      data: {
        receivedAt: new Date(it.receivedAt).toISOString(),
        kind: it.kind,
        theme: it.theme === 'T1' ? f.theme.id : it.theme === 'T2' ? t2.id : null,
        school: it.school === 'A' ? f.schoolA.id : it.school === 'B' ? f.schoolB.id : null,
        source: it.source,
        senderGroup: it.group ?? null,
        subject: `Ý kiến thống kê ${it.key}`,
        message: 'Nội dung ý kiến dùng cho thống kê.',
        name: 'Người dân',
        consent: true,
      } as never,
    })
    // what staff and the triage hook would have stored over time, written straight to the database (no hooks)
    const history = [{ kind: 'status', status: 'moi', at: new Date(it.receivedAt).toISOString() }]
    if (it.ackAt)
      history.push({
        kind: 'status',
        status: it.status === 'khong-xu-ly' ? 'khong-xu-ly' : 'da-tiep-nhan',
        at: new Date(it.ackAt).toISOString(),
      })
    if (it.answeredAt) history.push({ kind: 'status', status: 'da-tra-loi', at: new Date(it.answeredAt).toISOString() })
    await payload.db.updateOne({
      collection: 'feedback',
      id: doc.id,
      data: {
        ...(doc as unknown as Record<string, unknown>),
        status: it.status,
        statusHistory: history.map((h, i) => ({ ...h, id: `${String(doc.id).padStart(8, '0')}${String(i).padStart(16, '0')}` })),
        answeredAt: it.answeredAt ? new Date(it.answeredAt).toISOString() : null,
      },
    })
    // a citizen's rating, as the lookup page stores it: apart from the item, with its kind, theme and month of receipt
    if (it.rating)
      await payload.create({
        ...o,
        collection: 'feedback-ratings',
        data: { score: it.rating, kind: it.kind as never, theme: doc.theme as number | null, month: monthOf(it.receivedAt) },
      })
  }
}, 120_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

const counts = (rows: { key: string; count: number }[]) => Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r.key, r.count]))

function expectFixtureFigures(s: FeedbackStatistics) {
  expect(s.from).toBe(RANGE.from)
  expect(s.to).toBe(RANGE.to)
  expect(s.total).toBe(6)
  expect(s.byMonth.map((r) => [r.key, r.count])).toEqual([
    ['2025-01', 2],
    ['2025-02', 1],
    ['2025-03', 3],
  ])
  expect(counts(s.byKind)).toEqual({ 'gop-y': 2, 'phan-anh': 2, 'kien-nghi': 1, 'cau-hoi': 1 })
  expect(counts(s.byTheme)).toEqual({ [String(f.theme.id)]: 3, [String(t2.id)]: 2, '': 1 })
  expect(counts(s.bySchool)).toEqual({ [String(f.schoolA.id)]: 3, [String(f.schoolB.id)]: 2, '': 1 })
  expect(counts(s.bySource)).toEqual({ website: 3, 'dien-thoai': 1, 'thu-dien-tu': 1, 'hoi-nghi-tiep-cong-dan': 1 })
  expect(counts(s.byStatus)).toEqual({ 'da-tra-loi': 2, 'da-dong': 1, 'dang-xu-ly': 1, moi: 1, 'khong-xu-ly': 1 })
  expect(s.bySchool.find((r) => r.key === String(f.schoolA.id))?.label).toBe(f.schoolA.name)
  // acknowledgement: 2, 1, 1, 1, 2 → 1; answer: 5, 6, 4 → 5
  expect(s.acknowledgedCount).toBe(5)
  expect(s.medianDaysToAcknowledge).toBe(1)
  expect(s.answeredCount).toBe(3)
  expect(s.medianDaysToAnswer).toBe(5)
  expect(s.overdue).toBe(2)
  expect(counts(s.byPriority)).toEqual({ false: 6 })
  // who is speaking: A, B parents; C a teacher; E the press; F a pupil; D did not say (X is outside the range)
  expect(counts(s.bySenderGroup)).toEqual({ 'cha-me-hoc-sinh': 2, 'giao-vien': 1, 'bao-chi': 1, 'hoc-sinh': 1, '': 1 })
  expect(s.bySenderGroup.find((r) => r.key === 'bao-chi')?.label).toBe('Báo chí')
  expect(s.draftComments).toBe(0)
  expect(s.ratingCount).toBe(2)
  expect(s.ratingAverage).toBe(4)
}

describe('feedback statistics', () => {
  it('every figure equals what is stored (Local API)', async () => {
    expectFixtureFigures(await feedbackStatistics(payload, RANGE))
  })

  it('counts as overdue exactly the items the worklist flags "Quá hạn", an item still "mới" past its acknowledgement deadline included', async () => {
    const stored = async (key: string) =>
      (await payload.find({ ...o, collection: 'feedback', where: { subject: { equals: `Ý kiến thống kê ${key}` } } }))
        .docs[0] as unknown as { code: string; acknowledgeBy: string; answerBy: string }
    const c = await stored('C')
    const d = await stored('D')
    // between D's acknowledgement deadline and its answer deadline: D is late to be acknowledged, not yet to be answered
    const now = new Date((Date.parse(d.acknowledgeBy) + Date.parse(d.answerBy)) / 2)
    expect(now.getTime()).toBeLessThan(Date.parse(d.answerBy))
    expect(now.getTime()).toBeGreaterThan(Date.parse(c.answerBy))
    const s = await feedbackStatistics(payload, RANGE, now)
    const flagged = (await feedbackQueue(payload, now)).filter((i) => i.state === 'overdue')
    const inRange = new Set(
      (await payload.find({ ...o, collection: 'feedback', pagination: false, where: { subject: { like: 'Ý kiến thống kê' } } })).docs
        .filter((x) => x.receivedAt >= '2024-12-31T17:00:00.000Z' && x.receivedAt < '2025-03-31T17:00:00.000Z')
        .map((x) => x.code),
    )
    const flaggedInRange = flagged.filter((i) => inRange.has(i.code))
    expect(flaggedInRange.map((i) => [i.code, i.deadline]).sort()).toEqual(
      [
        [c.code, 'answer'],
        [d.code, 'acknowledge'],
      ].sort(),
    )
    expect(s.overdue).toBe(flaggedInRange.length)
    expect(s.overdue).toBe(2)
    // before either deadline of D, only C is overdue
    const early = new Date(Date.parse(d.acknowledgeBy) - 3_600_000)
    expect((await feedbackStatistics(payload, RANGE, early)).overdue).toBe(
      (await feedbackQueue(payload, early)).filter((i) => i.state === 'overdue' && inRange.has(i.code)).length,
    )
    expect((await feedbackStatistics(payload, RANGE, early)).overdue).toBe(1)
  })

  it('the counts add up to what a plain query of the range finds', async () => {
    const s = await feedbackStatistics(payload, RANGE)
    const { totalDocs } = await payload.count({
      collection: 'feedback',
      overrideAccess: true,
      where: {
        and: [
          { receivedAt: { greater_than_equal: '2024-12-31T17:00:00.000Z' } },
          { receivedAt: { less_than: '2025-03-31T17:00:00.000Z' } },
        ],
      },
    })
    expect(s.total).toBe(totalDocs)
    for (const group of ['cha-me-hoc-sinh', 'giao-vien', 'bao-chi', 'hoc-sinh'])
      expect(s.bySenderGroup.find((r) => r.key === group)?.count, group).toBe(
        (
          await payload.count({
            collection: 'feedback',
            overrideAccess: true,
            where: {
              and: [
                { receivedAt: { greater_than_equal: '2024-12-31T17:00:00.000Z' } },
                { receivedAt: { less_than: '2025-03-31T17:00:00.000Z' } },
                { senderGroup: { equals: group } },
              ],
            },
          })
        ).totalDocs,
      )
    for (const rows of [s.byMonth, s.byKind, s.byTheme, s.bySchool, s.bySource, s.byStatus, s.byPriority, s.bySenderGroup])
      expect(rows.reduce((a, r) => a + r.count, 0)).toBe(totalDocs)
  })

  it('an empty range has zero counts and no medians', async () => {
    const s = await feedbackStatistics(payload, { from: '2023-01-01', to: '2023-01-31' })
    expect(s.total).toBe(0)
    expect(s.medianDaysToAcknowledge).toBeNull()
    expect(s.medianDaysToAnswer).toBeNull()
    expect(s.overdue).toBe(0)
    expect(s.ratingAverage).toBeNull()
  })

  it('refuses a malformed range', async () => {
    await expect(feedbackStatistics(payload, { from: '2025-02-30', to: '2025-03-01' })).rejects.toThrow(/không hợp lệ/)
    await expect(feedbackStatistics(payload, { from: '2025-13-01', to: '2025-14-01' })).rejects.toThrow(/không hợp lệ/)
    await expect(feedbackStatistics(payload, { from: '2025-03-01', to: '2025-02-01' })).rejects.toThrow(/không hợp lệ/)
  })
})

describe('GET /api/feedback/thong-ke and /admin/thong-ke over HTTP', () => {
  const tokens: Record<string, string> = {}
  beforeAll(async () => {
    server = await startServer(ctx.dataDir)
    Object.assign(
      tokens,
      await loginTokens(server.url, { editor: 'editor@test.example', admin: 'admin@test.example', school: 'truong-a@test.example' }),
    )
  }, 180_000)
  const url = () => `${server!.url}/api/feedback/thong-ke?from=${RANGE.from}&to=${RANGE.to}`

  it('gives staff the same figures as the Local API', async () => {
    for (const who of ['editor', 'admin']) {
      const res = await fetch(url(), { headers: { authorization: `JWT ${tokens[who]}` } })
      expect(res.status).toBe(200)
      const body = (await res.json()) as FeedbackStatistics
      expectFixtureFigures(body)
      expect(body).toEqual(JSON.parse(JSON.stringify(await feedbackStatistics(payload, RANGE))))
    }
  })

  it('refuses anonymous people and school users with 403 and no figures', async () => {
    for (const headers of [{}, { authorization: `JWT ${tokens.school}` }] as Record<string, string>[]) {
      const res = await fetch(url(), { headers })
      expect(res.status).toBe(403)
      const body = (await res.json()) as Record<string, unknown>
      expect(body.total).toBeUndefined()
      expect(String(body.error)).toMatch(/Chỉ cán bộ/)
    }
  })

  it('answers 400 in Vietnamese for a malformed range', async () => {
    const res = await fetch(`${server!.url}/api/feedback/thong-ke?from=2025-13-01&to=2025-03-01`, {
      headers: { authorization: `JWT ${tokens.editor}` },
    })
    expect(res.status).toBe(400)
    const bad = await fetch(`${server!.url}/api/feedback/thong-ke?from=2025-03-01&to=2025-02-01`, {
      headers: { authorization: `JWT ${tokens.editor}` },
    })
    expect(bad.status).toBe(400)
    expect(String(((await res.json()) as { error: string }).error)).toMatch(/không hợp lệ/)
  })

  it('the admin view shows the figures to an editor, and nothing to a school user', async () => {
    const page = async (token: string) =>
      (
        await fetch(`${server!.url}/admin/thong-ke?from=${RANGE.from}&to=${RANGE.to}`, {
          headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'none' },
        })
      ).text()
    const editor = await page(tokens.editor)
    expect(editor).toContain('Thống kê ý kiến người dân')
    expect(editor).toContain('Số ý kiến theo kênh tiếp nhận')
    // the key figures, with the labels the department's report also uses
    for (const k of keyFigures(await feedbackStatistics(payload, RANGE))) expect(editor).toContain(k.label)
    expect(editor).toContain('Bảng số liệu')
    expect(editor).toContain(f.schoolA.name)
    const school = await page(tokens.school)
    expect(school).not.toContain('Bảng số liệu')
    expect(school).not.toContain('Số ý kiến theo')
    expect(school).not.toContain(f.schoolB.name)
    expect(school).toContain('Chỉ cán bộ của Phòng')
    const dashboard = await (
      await fetch(`${server!.url}/admin`, { headers: { cookie: `payload-token=${tokens.editor}`, 'sec-fetch-site': 'none' } })
    ).text()
    expect(dashboard).toContain('href="/admin/thong-ke"')
  })

  it('"Tải Excel" gives the page’s figures for the range, each equal to what is stored; "Xem bản in" the same tables', async () => {
    const get = (kind: string, token: string, range = `from=${RANGE.from}&to=${RANGE.to}`) =>
      fetch(`${server!.url}/api/feedback/thong-ke/${kind}?${range}`, { headers: { authorization: `JWT ${token}` } })
    const res = await get('excel', tokens.editor)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('spreadsheetml')
    expect(decodeURIComponent(String(res.headers.get('content-disposition')).split("UTF-8''")[1])).toBe(
      'Thống kê ý kiến người dân 01-01-2025 đến 31-03-2025.xlsx',
    )
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await res.arrayBuffer()) as never)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Thống kê', 'Báo chí, mạng xã hội'])
    const rows: unknown[][] = []
    // empty rows too: each table ends with one
    wb.getWorksheet('Thống kê')!.eachRow({ includeEmpty: true }, (r) => rows.push((r.values as unknown[]).slice(1)))
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1]
    /** The rows of the table titled `title`: from its header to the next empty row, as label → count. */
    const section = (title: string) => {
      const at = rows.findIndex((r) => r[0] === title)
      expect(at, title).toBeGreaterThan(-1)
      const out: Record<string, unknown> = {}
      for (const r of rows.slice(at + 2)) {
        if (r.length === 0 || r[0] === undefined) break
        out[String(r[0])] = r[1]
      }
      return out
    }
    expect(rows.some((r) => r[0] === 'Thống kê ý kiến người dân từ 01/01/2025 đến 31/03/2025')).toBe(true)
    // by hand, from the fixture (see ITEMS): six items, medians 1 and 5 working days, two overdue, ratings 5 and 3
    expect(value('Tổng số ý kiến tiếp nhận')).toBe(6)
    expect(value('Số ngày làm việc trung vị từ khi nhận đến khi tiếp nhận')).toBe(1)
    expect(value('Số ngày làm việc trung vị từ khi nhận đến khi trả lời')).toBe(5)
    expect(value('Số ý kiến quá hạn (tiếp nhận hoặc trả lời) chưa giải quyết xong')).toBe(2)
    expect(value('Mức độ hài lòng trung bình (thang 1–5)')).toBe(4)
    expect(section('Số ý kiến theo tháng')).toEqual({ 'Tháng 1/2025': 2, 'Tháng 2/2025': 1, 'Tháng 3/2025': 3 })
    expect(section('Số ý kiến theo trường')).toMatchObject({ [f.schoolA.name]: 3, [f.schoolB.name]: 2 })
    const byKind = section('Số ý kiến theo loại')
    expect(Object.values(byKind).reduce((a: number, n) => a + Number(n), 0)).toBe(6)
    expect(byKind).toMatchObject({ 'Góp ý': 2, 'Phản ánh': 2, 'Kiến nghị': 1 })
    // every table of the page, row for row, equals the stored figures the page itself shows
    const s = await feedbackStatistics(payload, RANGE)
    for (const [title, list] of [
      ['Số ý kiến theo tháng', s.byMonth],
      ['Số ý kiến theo lĩnh vực', s.byTheme],
      ['Số ý kiến theo loại', s.byKind],
      ['Số ý kiến theo kênh tiếp nhận', s.bySource],
      ['Số ý kiến theo đối tượng gửi', s.bySenderGroup],
      ['Số ý kiến theo trạng thái', s.byStatus],
      ['Số ý kiến theo trường', s.bySchool],
    ] as const)
      expect(section(title), title).toEqual(Object.fromEntries(list.map((r) => [r.label, r.count])))
    // each table adds up to what a plain count of the stored items in the range finds
    const { totalDocs } = await payload.count({
      collection: 'feedback',
      overrideAccess: true,
      where: {
        and: [
          { receivedAt: { greater_than_equal: '2024-12-31T17:00:00.000Z' } },
          { receivedAt: { less_than: '2025-03-31T17:00:00.000Z' } },
        ],
      },
    })
    expect(Object.values(section('Số ý kiến theo trạng thái')).reduce((a: number, n) => a + Number(n), 0)).toBe(totalDocs)

    const print = await get('ban-in', tokens.admin)
    expect(print.status).toBe(200)
    expect(print.headers.get('content-type')).toContain('text/html')
    const html = await print.text()
    expect(html).toContain('Ý kiến nhận từ 01/01/2025 đến 31/03/2025')
    for (const k of keyFigures(s)) expect(html).toContain(k.label)
    expect(html).toMatch(/data-figure="total"><th scope="row">Tổng số ý kiến tiếp nhận<\/th><td class="num">6</)
    expect(html).toContain(`<tr><td>${f.schoolA.name}</td><td class="num">3</td></tr>`)
    expect(html).not.toContain('<script')

    // another range gives other figures: the exports follow the page's range, not a fixed one
    const empty = await get('excel', tokens.editor, 'from=2023-01-01&to=2023-01-31')
    const wb2 = new ExcelJS.Workbook()
    await wb2.xlsx.load((await empty.arrayBuffer()) as never)
    let total: unknown
    wb2.getWorksheet('Thống kê')!.eachRow((r) => {
      if (r.getCell(1).value === 'Tổng số ý kiến tiếp nhận') total = r.getCell(2).value
    })
    expect(total).toBe(0)

    // the same guard as the page: 403 for a school and for anonymous people, 400 in Vietnamese for a bad range
    for (const kind of ['excel', 'ban-in']) {
      expect((await get(kind, tokens.school)).status).toBe(403)
      expect((await fetch(`${server!.url}/api/feedback/thong-ke/${kind}`)).status).toBe(403)
      const bad = await get(kind, tokens.editor, 'from=2025-03-01&to=2025-02-01')
      expect(bad.status).toBe(400)
      expect(await bad.text()).toMatch(/không hợp lệ/)
    }
  })

  it('the page offers both exports for its range as buttons, and no raw-data link', async () => {
    const html = await (
      await fetch(`${server!.url}/admin/thong-ke?from=${RANGE.from}&to=${RANGE.to}`, {
        headers: { cookie: `payload-token=${tokens.editor}`, 'sec-fetch-site': 'none' },
      })
    ).text()
    expect(html).toMatch(/href="\/api\/feedback\/thong-ke\/excel\?from=2025-01-01&amp;to=2025-03-31"[^>]*>Tải Excel</)
    expect(html).toMatch(/href="\/api\/feedback\/thong-ke\/ban-in\?from=2025-01-01&amp;to=2025-03-31"[^>]*>Xem bản in</)
    expect(html).not.toMatch(/JSON/)
  })
})
