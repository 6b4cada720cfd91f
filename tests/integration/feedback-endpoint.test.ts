import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/** The public feedback endpoint over HTTP against the real server, on a fresh SQLite file. */
let server: TestServer
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let schoolId: number | string

const valid = {
  kind: 'phan-anh',
  theme: 'chuyen-doi-so',
  subject: 'Phản ánh về sổ liên lạc điện tử',
  message: 'Sổ liên lạc điện tử của lớp con tôi không cập nhật điểm kiểm tra giữa kỳ đã hai tuần nay.',
  name: 'Phạm Thị Dung',
  email: 'dung.pham@example.com',
  consent: 'on',
}

const form = (body: Record<string, string>) =>
  fetch(`${server.url}/gop-y/gui/`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body).toString(),
  })
const json = (body: unknown, raw?: string) =>
  fetch(`${server.url}/gop-y/gui/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw ?? JSON.stringify(body) })
const stored = async () => (await payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs

beforeAll(async () => {
  ctx = await freshPayload('feedback')
  payload = ctx.payload
  await payload.create({
    collection: 'themes',
    overrideAccess: true,
    data: { name: 'Chuyển đổi số, ứng dụng công nghệ thông tin', slug: 'chuyen-doi-so', order: 7, year: 2024, status: 'dang-ap-dung' },
  })
  schoolId = (
    await payload.create({
      collection: 'schools',
      overrideAccess: true,
      data: { name: 'Trường THCS Phú Thái', level: 'thcs', commune: 'Phú Thái' },
    })
  ).id
  server = await startServer(ctx.dataDir, { FEEDBACK_RATE_PER_MINUTE: '1000', FEEDBACK_RATE_PER_DAY: '1000' })
})
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('a valid submission', () => {
  it('from the no-JS form is stored once and answered 303 to the confirmation with its code', async () => {
    const before = await stored()
    const res = await form({ ...valid, school: String(schoolId), publishAnswer: 'on' })
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    const code = new URL(location, server.url).searchParams.get('ma')!
    expect(location.startsWith('/gop-y/da-gui/?ma=')).toBe(true)
    expect(code).toMatch(/^GY-\d{4}-[2-9A-HJKMNP-TV-Z]{5}$/)
    expect(await stored()).toBe(before + 1)
    const { docs } = await payload.find({ collection: 'feedback', where: { code: { equals: code } }, overrideAccess: true, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      status: 'moi',
      kind: 'phan-anh',
      name: 'Phạm Thị Dung',
      school: schoolId,
      publishAnswer: true,
      consent: true,
    })
    const page = await fetch(`${server.url}${location}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(code)
  })

  it('as JSON gets 201 with the code', async () => {
    const before = await stored()
    const res = await json({ ...valid, consent: true })
    expect(res.status).toBe(201)
    const body = await res.json()
    expect(body.ok).toBe(true)
    expect(body.code).toMatch(/^GY-/)
    expect(await stored()).toBe(before + 1)
  })
})

describe('who is speaking (the sender group, optional)', () => {
  const groupOf = async (code: string) =>
    (await payload.find({ collection: 'feedback', where: { code: { equals: code } }, overrideAccess: true, depth: 0 })).docs[0]?.senderGroup
  it('is stored as chosen on the form, and left empty when not chosen', async () => {
    const chosen = await form({ ...valid, senderGroup: 'cha-me-hoc-sinh' })
    expect(chosen.status).toBe(303)
    expect(await groupOf(new URL(chosen.headers.get('location')!, server.url).searchParams.get('ma')!)).toBe('cha-me-hoc-sinh')
    const none = await form({ ...valid, senderGroup: '' })
    expect(none.status).toBe(303)
    expect(await groupOf(new URL(none.headers.get('location')!, server.url).searchParams.get('ma')!)).toBeNull()
  })
  it('is stored as sent in JSON, and left empty when absent', async () => {
    const withGroup = await json({ ...valid, consent: true, senderGroup: 'bao-chi' })
    expect(withGroup.status).toBe(201)
    expect(await groupOf((await withGroup.json()).code)).toBe('bao-chi')
    const without = await json({ ...valid, consent: true })
    expect(without.status).toBe(201)
    expect(await groupOf((await without.json()).code)).toBeNull()
  })
  it('keeps its choice when the form comes back with errors, next to the privacy notice link', async () => {
    const res = await form({ ...valid, subject: 'x', senderGroup: 'giao-vien' })
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain('<option value="giao-vien" selected>Giáo viên</option>')
    expect(html).toContain('href="/chinh-sach-bao-ve-du-lieu-ca-nhan/"')
    expect(html).toContain('Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15')
  })
})

describe('a retried or double-clicked submission is stored once (same code)', () => {
  const unique = (tag: string) => ({ ...valid, subject: `Phản ánh về sổ liên lạc điện tử (${tag})` })
  const codeOf = (res: Response) => new URL(res.headers.get('location')!, server.url).searchParams.get('ma')
  const withSubject = async (subject: string) =>
    (await payload.count({ collection: 'feedback', where: { subject: { equals: subject } }, overrideAccess: true })).totalDocs

  it('the no-JS form sent twice answers both with the first code and stores one item', async () => {
    const body = unique('gửi lại')
    const first = await form(body)
    const again = await form(body)
    expect([first.status, again.status]).toEqual([303, 303])
    expect(codeOf(again)).toBe(codeOf(first))
    expect(await withSubject(body.subject)).toBe(1)
  })

  it('five identical posts at once (a double click, a client retrying) store one item under one code', async () => {
    const body = { ...unique('cùng lúc'), consent: true }
    const answers = await Promise.all(Array.from({ length: 5 }, () => json(body)))
    expect(answers.map((r) => r.status)).toEqual([201, 201, 201, 201, 201])
    const codes = new Set(await Promise.all(answers.map(async (r) => (await r.json()).code)))
    expect(codes.size).toBe(1)
    expect(await withSubject(body.subject)).toBe(1)
  })

  it('a different message is a different submission', async () => {
    const a = await json({ ...unique('khác'), consent: true })
    const b = await json({ ...unique('khác'), message: `${valid.message} Xin cảm ơn.`, consent: true })
    expect((await a.json()).code).not.toBe((await b.json()).code)
  })

  it('a client that names its submission (Idempotency-Key) gets the same code for its retry, and a new key a new item', async () => {
    const post = (key: string, body: unknown) =>
      fetch(`${server.url}/gop-y/gui/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(body),
      })
    const body = { ...unique('khóa'), consent: true }
    const first = await (await post('a1b2c3', body)).json()
    const retry = await (await post('a1b2c3', { ...body, message: `${valid.message} (gửi lại)` })).json()
    expect(retry.code).toBe(first.code)
    const another = await (await post('d4e5f6', body)).json()
    expect(another.code).not.toBe(first.code)
    expect(await withSubject(body.subject)).toBe(2)
  })

  it('staff recording an item with a code already taken get a fresh code, not an error', async () => {
    const taken = (await payload.find({ collection: 'feedback', limit: 1, overrideAccess: true, depth: 0 })).docs[0].code
    const doc = await payload.create({
      collection: 'feedback',
      overrideAccess: true,
      data: {
        code: taken,
        kind: 'gop-y',
        subject: 'Ghi nhận qua điện thoại',
        message: 'Nội dung ghi nhận qua đường dây nóng.',
        name: 'Người gọi',
        source: 'dien-thoai',
      } as never,
    })
    expect(doc.code).toMatch(/^GY-\d{4}-/)
    expect(doc.code).not.toBe(taken)
  })
})

describe('bad input is answered 4xx in Vietnamese and stores nothing', () => {
  const cases: [string, () => Promise<Response>, number, RegExp][] = [
    ['missing fields (form)', () => form({ kind: 'gop-y', consent: 'on' }), 400, /Vui lòng nhập tiêu đề/],
    ['missing fields (JSON)', () => json({}), 400, /Vui lòng nhập nội dung/],
    ['wrong types', () => json({ ...valid, subject: 42, consent: true }), 400, /Tiêu đề phải là văn bản/],
    ['a 10 KB subject', () => form({ ...valid, subject: 'Tieu de '.repeat(1280) }), 400, /không được dài quá 200 ký tự/],
    [
      'script tags',
      () => form({ ...valid, message: '<script>alert(document.cookie)</script> và nội dung dài thêm' }),
      400,
      /không được chứa thẻ HTML/,
    ],
    ['an invalid e-mail', () => json({ ...valid, email: 'dung@@example', consent: true }), 400, /Thư điện tử không đúng định dạng/],
    ['no consent', () => form({ ...valid, consent: '' }), 400, /Vui lòng đồng ý/],
    ['the honeypot filled', () => form({ ...valid, website: 'http://spam.example' }), 400, /Không gửi được ý kiến/],
    [
      'prototype-pollution keys',
      () =>
        json(
          null,
          `{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}},${JSON.stringify({ ...valid, consent: true }).slice(1)}`,
        ),
      400,
      /trường không hợp lệ/,
    ],
    ['an unknown field', () => json({ ...valid, consent: true, status: 'da-tra-loi' }), 400, /trường không hợp lệ/],
    ['an unknown school', () => json({ ...valid, consent: true, school: '999999' }), 400, /Trường học không hợp lệ/],
    [
      'an unknown sender group (form)',
      () => form({ ...valid, senderGroup: 'quan-chuc' }),
      400,
      /Vui lòng chọn một trong các nhóm người gửi/,
    ],
    ['an unknown sender group (JSON)', () => json({ ...valid, consent: true, senderGroup: 7 }), 400, /nhóm người gửi/],
    ['malformed JSON', () => json(null, '{"kind": "gop-y",'), 400, /không đúng định dạng/],
    ['a JSON array', () => json([valid]), 400, /không hợp lệ/],
    [
      'another content type',
      () => fetch(`${server.url}/gop-y/gui/`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'xin chào' }),
      415,
      /Chỉ nhận biểu mẫu hoặc JSON/,
    ],
    ['a body past the limit', () => form({ ...valid, message: 'a'.repeat(25_000) }), 413, /quá lớn/],
  ]
  it.each(cases)('%s', async (_label, send, status, message) => {
    const before = await stored()
    const res = await send()
    expect(res.status).toBe(status)
    expect(await res.text()).toMatch(message)
    expect(await stored()).toBe(before)
  })

  it('the form comes back with an error summary, field messages and what was typed', async () => {
    const res = await form({ ...valid, email: 'sai-dinh-dang', subject: 'Tiêu đề "có ngoặc" & <b>' })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    const html = await res.text()
    expect(html).toMatch(/<title>Lỗi: /)
    expect(html).toContain('role="alert"')
    expect(html).toContain('href="#f-email"')
    expect(html).toContain('id="f-email-error"')
    expect(html).toContain('value="sai-dinh-dang"')
    expect(html).toContain('Phạm Thị Dung')
    expect(html).toContain('Tiêu đề &quot;có ngoặc&quot; &amp; &lt;b&gt;')
    expect(html).not.toContain('<b>"')
  })
})

describe('the confirmation page', () => {
  it('echoes only a well-formed code, escaped', async () => {
    const res = await fetch(`${server.url}/gop-y/da-gui/?ma=%3Cscript%3E`, { redirect: 'manual' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/gop-y/')
  })
})

describe('the health check', () => {
  it('answers 200 when the database answers', async () => {
    const res = await fetch(`${server.url}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok' })
  })
})
