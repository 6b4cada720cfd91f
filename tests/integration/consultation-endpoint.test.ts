import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { feedbackQueue } from '../../cms/src/collections/Feedback/queue'
import { feedbackStatistics } from '../../cms/src/reports/statistics'
import { tinyPdf } from '../helpers/office-files'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * Comments on drafts for comment (POST /du-thao/<slug>/gop-y/) over HTTP against the real server, on a fresh
 * SQLite file: a comment is one feedback item linked to its draft; bad input, the honeypot, a closed or unknown
 * draft are refused in Vietnamese and store nothing; past the rate limit, 429.
 */
let server: TestServer
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let openId: number

const DAY = 86_400_000
const OPEN = 'du-thao-ke-hoach-tuyen-sinh-lop-6'
const CLOSED = 'du-thao-quy-che-phoi-hop'
const UPCOMING = 'du-thao-sap-mo'
const ENDED = 'du-thao-dong-som'
const HIDDEN = 'du-thao-chua-cong-bo'

const valid = {
  section: 'Điều 3, khoản 2',
  message: 'Đề nghị bổ sung tuyến xe đưa đón cho học sinh ở xa trường hơn 5 km.',
  name: 'Phạm Thị Dung',
  email: 'dung.pham@example.com',
  consent: 'on',
}

const path = (slug: string) => `/du-thao/${slug}/gop-y/`
const form = (slug: string, body: Record<string, string>) =>
  fetch(`${server.url}${path(slug)}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body).toString(),
  })
const json = (slug: string, body: unknown, raw?: string) =>
  fetch(`${server.url}${path(slug)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: raw ?? JSON.stringify(body),
  })
const stored = async () => (await payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs

beforeAll(async () => {
  ctx = await freshPayload('consultation')
  payload = ctx.payload
  const o = { overrideAccess: true } as const
  const file = await payload.create({
    ...o,
    collection: 'files',
    data: { title: 'Dự thảo (PDF)' },
    file: { data: tinyPdf(), name: 'du-thao.pdf', mimetype: 'application/pdf', size: 1 },
  })
  const now = Date.now()
  const draft = (slug: string, opens: number, closes: number, extra: Record<string, unknown> = {}) =>
    payload.create({
      ...o,
      collection: 'consultations',
      data: {
        title: `Dự thảo ${slug}`,
        slug,
        summary: 'Lấy ý kiến về dự thảo.',
        status: 'dang-lay-y-kien' as const,
        draftFile: file.id,
        opensAt: new Date(now + opens * DAY).toISOString(),
        closesAt: new Date(now + closes * DAY).toISOString(),
        _status: 'published',
        ...extra,
      },
    })
  openId = (await draft(OPEN, -5, 25)).id
  await draft(CLOSED, -60, -30)
  await draft(UPCOMING, 5, 30)
  await draft(ENDED, -5, 25, { status: 'da-ket-thuc' })
  await payload.create({
    ...o,
    collection: 'consultations',
    draft: true,
    data: {
      title: 'Chưa công bố',
      slug: HIDDEN,
      summary: 'Nội bộ.',
      status: 'dang-lay-y-kien',
      draftFile: file.id,
      opensAt: new Date(now - DAY).toISOString(),
      closesAt: new Date(now + DAY).toISOString(),
      _status: 'draft',
    },
  })
  server = await startServer(ctx.dataDir, { FEEDBACK_RATE_PER_MINUTE: '1000', FEEDBACK_RATE_PER_DAY: '1000' })
})
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('a valid comment', () => {
  it('from the no-JS form is stored once, linked to its draft, and answered 303 to the confirmation with its code', async () => {
    const before = await stored()
    const res = await form(OPEN, valid)
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    expect(location.startsWith('/du-thao/da-gui/?ma=')).toBe(true)
    const code = new URL(location, server.url).searchParams.get('ma')!
    expect(code).toMatch(/^GY-\d{4}-[2-9A-HJKMNP-TV-Z]{5}$/)
    expect(await stored()).toBe(before + 1)
    const { docs } = await payload.find({ collection: 'feedback', where: { code: { equals: code } }, overrideAccess: true, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      kind: 'gop-y',
      status: 'moi',
      consultation: openId,
      name: 'Phạm Thị Dung',
      consent: true,
      publishAnswer: false,
    })
    expect(docs[0].subject).toBe(`Góp ý dự thảo: Dự thảo ${OPEN} — Điều 3, khoản 2`)
    const page = await fetch(`${server.url}${location}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(code)
    const draft = await payload.findByID({ collection: 'consultations', id: openId, overrideAccess: false })
    expect(draft.commentCount).toBe(1)
  })

  it('as JSON gets 201 with the code', async () => {
    const before = await stored()
    const res = await json(OPEN, { ...valid, consent: true, section: '' })
    expect(res.status).toBe(201)
    const body = await res.json()
    expect(body).toMatchObject({ ok: true })
    expect(body.code).toMatch(/^GY-/)
    expect(await stored()).toBe(before + 1)
  })
})

describe('refused in Vietnamese with a 4xx, nothing stored', () => {
  const cases: [string, () => Promise<Response>, number, RegExp][] = [
    ['missing fields (form)', () => form(OPEN, { consent: 'on' }), 400, /Vui lòng nhập nội dung/],
    ['missing fields (JSON)', () => json(OPEN, {}), 400, /Vui lòng nhập họ và tên/],
    ['wrong types', () => json(OPEN, { ...valid, message: 42, consent: true }), 400, /Nội dung phải là văn bản/],
    ['a message too short', () => form(OPEN, { ...valid, message: 'Đồng ý.' }), 400, /cần ít nhất 20 ký tự/],
    ['a 10 KB section', () => form(OPEN, { ...valid, section: 'Dieu '.repeat(2000) }), 400, /không được dài quá 200 ký tự/],
    [
      'script tags',
      () => form(OPEN, { ...valid, message: '<script>alert(document.cookie)</script> và nội dung thêm cho đủ dài' }),
      400,
      /không được chứa thẻ HTML/,
    ],
    ['neither e-mail nor phone', () => json(OPEN, { ...valid, email: '', consent: true }), 400, /thư điện tử hoặc số điện thoại/],
    ['an invalid phone', () => form(OPEN, { ...valid, phone: '12345' }), 400, /Số điện thoại không đúng/],
    ['no consent', () => form(OPEN, { ...valid, consent: '' }), 400, /Vui lòng đồng ý/],
    ['the honeypot filled', () => form(OPEN, { ...valid, website: 'http://spam.example' }), 400, /Không gửi được góp ý/],
    ['an unknown field', () => json(OPEN, { ...valid, consent: true, consultation: '999' }), 400, /trường không hợp lệ/],
    [
      'prototype-pollution keys',
      () => json(OPEN, null, `{"__proto__":{"x":1},${JSON.stringify({ ...valid, consent: true }).slice(1)}`),
      400,
      /trường không hợp lệ/,
    ],
    ['malformed JSON', () => json(OPEN, null, '{"message": "x",'), 400, /không đúng định dạng/],
    ['a JSON array', () => json(OPEN, [valid]), 400, /không hợp lệ/],
    [
      'another content type',
      () => fetch(`${server.url}${path(OPEN)}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'xin chào' }),
      415,
      /Chỉ nhận biểu mẫu hoặc JSON/,
    ],
    ['a body past the limit', () => form(OPEN, { ...valid, message: 'a'.repeat(25_000) }), 413, /quá lớn/],
    ['a closed draft', () => form(CLOSED, valid), 409, /đã hết thời hạn lấy ý kiến/],
    ['a closed draft (JSON)', () => json(CLOSED, { ...valid, consent: true }), 409, /đã hết thời hạn lấy ý kiến/],
    ['a draft not open yet', () => form(UPCOMING, valid), 409, /chưa mở lấy ý kiến/],
    ['a draft ended early', () => form(ENDED, valid), 409, /đã kết thúc lấy ý kiến/],
    ['an unpublished draft', () => form(HIDDEN, valid), 404, /Không tìm thấy|không tìm thấy/i],
    ['an unknown draft', () => json('khong-co-du-thao-nay', { ...valid, consent: true }), 404, /Không tìm thấy dự thảo/],
    ['a malformed slug', () => json('..%2F..%2Fetc', { ...valid, consent: true }), 404, /./],
  ]
  it.each(cases)('%s', async (_label, send, status, message) => {
    const before = await stored()
    const res = await send()
    expect(res.status).toBe(status)
    expect(await res.text()).toMatch(message)
    expect(await stored()).toBe(before)
  })

  it('the form comes back with an error summary, field messages and what was typed', async () => {
    const res = await form(OPEN, { ...valid, email: 'sai-dinh-dang', section: 'Điều "5" & <b>' })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    const html = await res.text()
    expect(html).toMatch(/<title>Lỗi: /)
    expect(html).toContain('role="alert"')
    expect(html).toContain('href="#f-email"')
    expect(html).toContain('value="sai-dinh-dang"')
    expect(html).toContain('Phạm Thị Dung')
    expect(html).toContain('Điều &quot;5&quot; &amp; &lt;b&gt;')
    expect(html).toContain(`action="${path(OPEN)}"`)
    expect(html).toContain('href="/chinh-sach-bao-ve-du-lieu-ca-nhan/"')
  })

  it('the confirmation echoes only a well-formed code', async () => {
    const res = await fetch(`${server.url}/du-thao/da-gui/?ma=%3Cscript%3E`, { redirect: 'manual' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/du-thao/')
  })
})

describe('a comment is not a complaint', () => {
  it('has no deadline, is never due soon or overdue, and stays out of the feedback figures, counted apart', async () => {
    const comments = (
      await payload.find({ collection: 'feedback', where: { consultation: { exists: true } }, overrideAccess: true, depth: 0 })
    ).docs
    expect(comments.length).toBeGreaterThan(0)
    for (const c of comments) {
      expect(c.acknowledgeBy ?? null, c.code).toBeNull()
      expect(c.answerBy ?? null, c.code).toBeNull()
    }
    // a citizen's feedback sent beside them does get its deadlines
    const complaint = await payload.create({
      collection: 'feedback',
      overrideAccess: true,
      data: {
        kind: 'phan-anh',
        subject: 'Phản ánh về xe đưa đón',
        message: 'Xe đưa đón học sinh thường xuyên đến muộn.',
        name: 'Lê Văn An',
        consent: true,
      } as never,
    })
    expect(complaint.answerBy).toBeTruthy()
    // a year from now every open complaint is overdue; no comment is
    const later = new Date(Date.now() + 365 * DAY)
    const queue = await feedbackQueue(payload, later)
    expect(queue.map((i) => i.code)).toContain(complaint.code)
    for (const c of comments) expect(queue.map((i) => i.code)).not.toContain(c.code)
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
    const s = await feedbackStatistics(payload, { from: today, to: today }, later)
    const all = (await payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs
    expect(s.draftComments).toBe(comments.length)
    expect(s.total).toBe(all - comments.length)
    expect(s.overdue).toBe(s.total)
    expect(s.byKind.reduce((a, r) => a + r.count, 0)).toBe(s.total)
  })

  it('the draft keeps the consent version its senders agreed to', async () => {
    const c = (await payload.find({ collection: 'feedback', where: { consultation: { exists: true } }, overrideAccess: true, depth: 0 }))
      .docs[0]
    expect(c.consentVersion).toBe('2026-01-luat-91-2025')
    expect(c.consentText).toContain('Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15')
  })
})

describe('the per-IP rate limit', () => {
  it('answers 429 in Vietnamese past the limit and stores nothing more', async () => {
    await server.stop()
    // the counts are kept in the database (shared by CMS processes): the earlier tests' posts would count too
    await payload.delete({ collection: 'rate-limit-hits', where: { id: { exists: true } }, overrideAccess: true })
    server = await startServer(ctx.dataDir, { FEEDBACK_RATE_PER_MINUTE: '2', FEEDBACK_RATE_PER_DAY: '30' })
    const before = await stored()
    const statuses = []
    // each a different comment (the same one sent again is answered with its first code, not stored twice)
    for (let i = 0; i < 4; i++) statuses.push((await json(OPEN, { ...valid, message: `${valid.message} (${i})`, consent: true })).status)
    expect(statuses).toEqual([201, 201, 429, 429])
    expect(await stored()).toBe(before + 2)
    const res = await form(OPEN, valid)
    expect(res.status).toBe(429)
    expect(res.headers.get('ratelimit')).toBeTruthy()
    expect(await res.text()).toMatch(/quá nhiều góp ý trong một phút/)
    expect(await stored()).toBe(before + 2)
  })
})
