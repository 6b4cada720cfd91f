import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { submitFeedback } from '../../cms/src/collections/Feedback/submit'
import { tinyPdf } from '../helpers/office-files'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * An attacker's tests of the public forms over HTTP against the real server: control characters, lone surrogates,
 * bidirectional overrides and invisible-only text are refused in Vietnamese (400) and nothing is stored; the lookup's
 * last 4 phone digits cannot be tried past a per-code cap, from however many addresses.
 */
let server: TestServer
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let code: string
const DRAFT = 'du-thao-kiem-thu-ky-tu'
const valid = {
  kind: 'phan-anh',
  subject: 'Phản ánh về sổ liên lạc điện tử',
  message: 'Sổ liên lạc điện tử của lớp con tôi không cập nhật điểm kiểm tra giữa kỳ đã hai tuần nay.',
  name: 'Phạm Thị Dung',
  email: 'dung.pham@example.com',
  consent: true,
}
const comment = { message: valid.message, name: valid.name, email: valid.email, consent: true }
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
const stored = async () => (await payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs

beforeAll(async () => {
  ctx = await freshPayload('attack-forms')
  payload = ctx.payload
  const o = { overrideAccess: true } as const
  const file = await payload.create({
    ...o,
    collection: 'files',
    data: { title: 'Dự thảo (PDF)' },
    file: { data: tinyPdf(), name: 'du-thao.pdf', mimetype: 'application/pdf', size: 1 },
  })
  await payload.create({
    ...o,
    collection: 'consultations',
    data: {
      title: 'Dự thảo kiểm thử',
      slug: DRAFT,
      summary: 'Lấy ý kiến.',
      status: 'dang-lay-y-kien',
      draftFile: file.id,
      opensAt: new Date(Date.now() - 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
      _status: 'published',
    },
  })
  code = await submitFeedback(payload, {
    kind: 'phan-anh',
    subject: valid.subject,
    message: valid.message,
    name: valid.name,
    email: valid.email,
    phone: '0912345678',
    consent: true,
  })
  server = await startServer(ctx.dataDir, {
    FEEDBACK_RATE_PER_MINUTE: '1000',
    FEEDBACK_RATE_PER_DAY: '1000',
    LOOKUP_RATE_PER_MINUTE: '1000',
    LOOKUP_ATTEMPTS_PER_CODE: '3',
    TRUST_PROXY: '1',
  })
})
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

const hostile: [string, string, string][] = [
  ['a NUL in the message', 'message', `${valid.message}\u0000`],
  ['a control character in the name', 'name', 'Phạm Thị\u0007 Dung'],
  ['a right-to-left override in the subject', 'subject', 'Phản ánh \u202Egnol\u202C về sổ liên lạc'],
  ['a lone surrogate in the message', 'message', `${valid.message} \uD800`],
]

describe('the feedback form (POST /gop-y/gui/)', () => {
  it.each(hostile)('refuses %s (400 in Vietnamese, nothing stored)', async (_what, field, value) => {
    const before = await stored()
    const res = await post('/gop-y/gui/', { ...valid, [field]: value })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/ký tự không hợp lệ/)
    expect(await stored()).toBe(before)
  })
  it('counts a name of invisible characters only as empty', async () => {
    const before = await stored()
    const res = await post('/gop-y/gui/', { ...valid, name: '\u200B\u200B\u2060\uFEFF\u3164' })
    expect(res.status).toBe(400)
    expect((await res.json()).errors.name).toMatch(/Vui lòng nhập họ và tên/)
    expect(await stored()).toBe(before)
  })
  it('strips invisible characters from what it stores', async () => {
    const res = await post('/gop-y/gui/', { ...valid, subject: 'Phản ánh\u200B về sổ liên lạc\u200D' })
    expect(res.status).toBeLessThan(300)
    const { docs } = await payload.find({ collection: 'feedback', overrideAccess: true, sort: '-createdAt', limit: 1 })
    expect(docs[0].subject).toBe('Phản ánh về sổ liên lạc')
  })
})

describe('a comment on a draft (POST /du-thao/<slug>/gop-y/)', () => {
  it('refuses a message of zero-width spaces (it was stored empty) and a NUL in the section', async () => {
    const before = await stored()
    const empty = await post(`/du-thao/${DRAFT}/gop-y/`, { ...comment, message: '\u200B'.repeat(40) })
    expect(empty.status).toBe(400)
    expect((await empty.json()).errors.message).toMatch(/Vui lòng nhập nội dung/)
    const nul = await post(`/du-thao/${DRAFT}/gop-y/`, { ...comment, section: 'Điều 3\u0000' })
    expect(nul.status).toBe(400)
    expect((await nul.json()).errors.section).toMatch(/ký tự không hợp lệ/)
    expect(await stored()).toBe(before)
  })
})

describe('the lookup (POST /tra-cuu/ket-qua/)', () => {
  it('refuses a control character in the second factor', async () => {
    const res = await post('/tra-cuu/ket-qua/', { ma: code, xacminh: 'dung.pham@example.com\u0000' })
    expect(res.status).toBe(400)
  })
  it('caps wrong phone endings per code, whatever the address: then 429 in Vietnamese, even with the right ending', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) {
      const res = await post('/tra-cuu/ket-qua/', { ma: code, xacminh: String(1000 + i) }, { 'x-forwarded-for': `203.0.113.${i + 1}` })
      statuses.push(res.status)
      if (res.status === 429) expect((await res.json()).errors._form).toMatch(/tra cứu sai quá nhiều lần/)
      else await res.text()
    }
    expect(statuses).toEqual([404, 404, 404, 429, 429])
    const right = await post('/tra-cuu/ket-qua/', { ma: code, xacminh: '5678' }, { 'x-forwarded-for': '198.51.100.7' })
    expect(right.status).toBe(429)
    expect(JSON.stringify(await right.json())).not.toContain('Phạm Thị Dung')
  })
})
