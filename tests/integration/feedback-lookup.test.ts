import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { submitFeedback } from '../../cms/src/collections/Feedback/submit'
import { createFixtures } from '../helpers/fixtures'
import { loginToken } from '../helpers/auth'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/** The status lookup /tra-cuu/ over HTTP against the real server: code + second factor, nothing about the citizen. */
let server: TestServer
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let code: string
let otherCode: string

const NAME = 'Nguyễn Thị Hoa'
const EMAIL = 'hoa.nguyen@example.com'
const PHONE = '0912345678'
const NOTE = 'GHI CHÚ NỘI BỘ: nhà trường đã nhắc nhở giáo viên chủ nhiệm'
const ANSWER = 'Nhà trường đã cập nhật điểm lên sổ liên lạc điện tử ngày 05/09/2026.'

const form = (body: Record<string, string>) =>
  fetch(`${server.url}/tra-cuu/ket-qua/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body).toString(),
  })
const json = (body: unknown) =>
  fetch(`${server.url}/tra-cuu/ket-qua/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

beforeAll(async () => {
  ctx = await freshPayload('lookup')
  payload = ctx.payload
  const f = await createFixtures(payload)
  await payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { orgName: 'Phòng Giáo dục và Đào tạo Kiểm Thử' } })
  const input = {
    kind: 'phan-anh' as const,
    subject: 'Phản ánh về sổ liên lạc điện tử',
    message: 'Sổ liên lạc điện tử không cập nhật điểm kiểm tra giữa kỳ.',
    name: NAME,
    email: EMAIL,
    phone: PHONE,
    consent: true,
  }
  code = await submitFeedback(payload, input)
  otherCode = await submitFeedback(payload, { ...input, email: 'nguoi-khac@example.com', phone: '0987000111' })
  const { id } = (await payload.find({ collection: 'feedback', where: { code: { equals: code } }, overrideAccess: true })).docs[0]
  const as = { overrideAccess: false, user: f.editor as never }
  await payload.update({ collection: 'feedback', id, ...as, data: { status: 'dang-xu-ly', internalNotes: NOTE, assignee: f.editor.id } })
  await payload.update({ collection: 'feedback', id, ...as, data: { status: 'da-tra-loi', answer: ANSWER } })
  server = await startServer(ctx.dataDir, { LOOKUP_RATE_PER_MINUTE: '1000', LOOKUP_RATE_PER_DAY: '40', LOOKUP_ATTEMPTS_PER_CODE: '1000' })
})
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

const personal = [NAME, EMAIL, PHONE, NOTE, 'editor@test.example', 'Phản ánh về sổ liên lạc', 'GHI CHÚ']

describe('with the right code and second factor', () => {
  it('the no-JS form answers a page with the status, the dated history and the answer, and nothing personal', async () => {
    const res = await form({ ma: code.toLowerCase().replace(/-/g, ' '), xacminh: ` ${EMAIL.toUpperCase()} ` })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const html = await res.text()
    expect(html).toContain(code)
    expect(html).toContain('Trạng thái hiện tại: <strong>Đã trả lời</strong>')
    for (const label of ['Mới', 'Đang xử lý', 'Đã trả lời']) expect(html).toContain(`: ${label}</li>`)
    expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}T[^"]+">\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}<\/time>/)
    expect(html).toContain(ANSWER)
    for (const p of personal) expect(html).not.toContain(p)
  })

  it('the last 4 digits of the phone work too, and JSON callers get the same facts', async () => {
    const res = await json({ ma: code, xacminh: '5678' })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({ ok: true, code, status: 'da-tra-loi', statusLabel: 'Đã trả lời', answer: ANSWER })
    expect(body.history.map((h: { status: string }) => h.status)).toEqual(['moi', 'dang-xu-ly', 'da-tra-loi'])
    const text = JSON.stringify(body)
    for (const p of personal) expect(text).not.toContain(p)
    expect(Object.keys(body).sort()).toEqual(['answer', 'answeredAt', 'code', 'history', 'ok', 'receivedAt', 'status', 'statusLabel'])
  })

  it('an item not answered yet shows its status and no answer', async () => {
    const body = await (await json({ ma: otherCode, xacminh: '0111' })).json()
    expect(body).toMatchObject({ ok: true, status: 'moi' })
    expect(body.answer).toBeUndefined()
  })
})

describe('a wrong code and a wrong second factor look the same', () => {
  it('as a page: same status, same message (the typed code aside)', async () => {
    const wrongCode = code.replace(/.$/, (c) => (c === 'Z' ? 'Y' : 'Z'))
    const a = await form({ ma: wrongCode, xacminh: EMAIL })
    const b = await form({ ma: code, xacminh: 'ke-gian@example.com' })
    const c = await form({ ma: code, xacminh: '0000' })
    expect([a.status, b.status, c.status]).toEqual([404, 404, 404])
    const [ta, tb, tc] = await Promise.all([a.text(), b.text(), c.text()])
    expect(ta).toContain('Không tìm thấy ý kiến khớp với mã tham chiếu và thông tin xác minh')
    expect(ta.split(wrongCode).join('<MA>')).toBe(tb.split(code).join('<MA>'))
    expect(tb).toBe(tc)
    for (const p of [...personal, ANSWER, 'Đã trả lời']) expect(tb).not.toContain(p)
  })

  it('as JSON: identical bodies', async () => {
    const a = await json({ ma: otherCode.replace(/.$/, (c) => (c === 'Z' ? 'Y' : 'Z')), xacminh: '0111' })
    const b = await json({ ma: otherCode, xacminh: '5678' })
    expect([a.status, b.status]).toEqual([404, 404])
    expect(await a.text()).toBe(await b.text())
  })

  it('in similar time (the same database read and comparisons either way)', async () => {
    const time = async (body: unknown) => {
      const t = performance.now()
      await (await json(body)).text()
      return performance.now() - t
    }
    const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]
    const wrongCode: number[] = []
    const wrongFactor: number[] = []
    for (let i = 0; i < 7; i++) {
      wrongCode.push(await time({ ma: 'GY-2026-ZZZZZ', xacminh: EMAIL }))
      wrongFactor.push(await time({ ma: code, xacminh: 'ke-gian@example.com' }))
    }
    expect(Math.abs(median(wrongCode) - median(wrongFactor))).toBeLessThan(50)
  })
})

describe('bad input is answered 4xx in Vietnamese', () => {
  it('missing or malformed fields: 400 with the error summary, the factor never typed back', async () => {
    const missing = await form({})
    expect(missing.status).toBe(400)
    const html = await missing.text()
    expect(html).toContain('Vui lòng nhập mã tham chiếu.')
    expect(html).toContain('Vui lòng nhập thư điện tử hoặc 4 số cuối của số điện thoại.')
    const bad = await form({ ma: 'không phải mã', xacminh: '12' })
    expect(bad.status).toBe(400)
    const badHtml = await bad.text()
    expect(badHtml).toContain('Mã tham chiếu không đúng dạng')
    expect(badHtml).toContain('đúng 4 số cuối')
    const typed = await form({ ma: code, xacminh: 'abc' })
    expect(typed.status).toBe(400)
    expect(await typed.text()).not.toContain('value="abc"')
    const j = await json({ ma: 42 })
    expect(j.status).toBe(400)
    expect((await j.json()).errors.ma).toMatch(/mã tham chiếu/)
  })

  it('the result address is not a page of its own: GET goes back to the form', async () => {
    const res = await fetch(`${server.url}/tra-cuu/ket-qua/`, { redirect: 'manual' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/tra-cuu/')
  })

  it('other content types: 415; broken JSON: 400', async () => {
    const plain = await fetch(`${server.url}/tra-cuu/ket-qua/`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'ma=x' })
    expect(plain.status).toBe(415)
    const broken = await fetch(`${server.url}/tra-cuu/ket-qua/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"ma":',
    })
    expect(broken.status).toBe(400)
    expect((await broken.json()).errors._form).toBe('Dữ liệu gửi lên không đúng định dạng.')
  })
})

describe('the rate limit', () => {
  it('answers 429 in Vietnamese past the per-IP limit', async () => {
    let res: Response | undefined
    for (let i = 0; i < 45; i++) {
      res = await json({ ma: code, xacminh: 'ke-gian@example.com' })
      if (res.status === 429) break
      await res.text()
    }
    expect(res!.status).toBe(429)
    expect((await res!.json()).errors._form).toMatch(/quá nhiều lần trong ngày/)
    const page = await form({ ma: code, xacminh: EMAIL })
    expect(page.status).toBe(429)
    expect(await page.text()).not.toContain(ANSWER)
  })
})

describe("the editors' dashboard", () => {
  it("shows the feedback worklist (priority, overdue, due soon) on the admin's first screen", async () => {
    const token = await loginToken(server.url, 'editor@test.example')
    const res = await fetch(`${server.url}/admin`, { headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'none' } })
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('Ý kiến cần xử lý: ưu tiên, quá hạn, sắp đến hạn')
  })

  it('the feedback list (priority first, with the deadline column) and the create form open for editors', async () => {
    const token = await loginToken(server.url, 'editor@test.example')
    const list = await fetch(`${server.url}/admin/collections/feedback`, {
      headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'none' },
    })
    expect(list.status).toBe(200)
    const html = await list.text()
    expect(html).toContain(code)
    expect(html).toContain('Tình trạng thời hạn')
    const create = await fetch(`${server.url}/admin/collections/feedback/create`, {
      headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'none' },
    })
    expect(create.status).toBe(200)
    expect(await create.text()).toContain('Kênh tiếp nhận')
  })
})
