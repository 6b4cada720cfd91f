import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { submitFeedback } from '../../cms/src/collections/Feedback/submit'
import { ANONYMOUS_ASKER, publicAskerName } from '@gd/shared/qa'
import { LOOKUP_NOT_FOUND } from '@gd/shared/lookup'
import { RATING_ALREADY } from '@gd/shared/rating'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * Public Q&A: the publishing rules (Local API, as an editor), the rebuild requests they make (observed through a
 * coordinator installed in this process), the public endpoint over HTTP (nothing personal), and the citizen's
 * one rating from the lookup page.
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let server: TestServer
let f: Awaited<ReturnType<typeof createFixtures>>
const requests: string[] = []

const NAME = 'Lê Thị Thu Hằng'
const SHOWN = 'Phạm Quốc Việt'
const EMAIL = 'hang.le@example.com'
const PHONE = '0903123456'
const NOTE = 'GHI CHÚ NỘI BỘ: phụ huynh đã gọi điện ba lần'
const ANSWER = 'Nhà trường sẽ tổ chức học bù vào sáng thứ Bảy hằng tuần từ tháng 10.'
const MESSAGE = 'Con tôi học lớp 5A trường Kim Anh, cô giáo nghỉ ốm hai tuần, các cháu có được học bù không?'
const QUESTION = 'Khi giáo viên nghỉ ốm dài ngày, học sinh có được học bù không?'

const as = (user: unknown) => ({ overrideAccess: false, user: user as never, depth: 0 })
/** The Vietnamese message of a refused save. */
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => '',
    (e: { data?: { errors?: { message?: string }[] }; message: string }) => e.data?.errors?.[0]?.message ?? e.message,
  )
const idOf = async (code: string) =>
  (await payload.find({ collection: 'feedback', where: { code: { equals: code } }, overrideAccess: true, depth: 0 })).docs[0].id
const input = (over: Record<string, unknown> = {}) => ({
  kind: 'cau-hoi' as const,
  subject: 'Hỏi về việc học bù',
  message: MESSAGE,
  name: NAME,
  email: EMAIL,
  phone: PHONE,
  consent: true,
  publishAnswer: true,
  showName: false,
  ...over,
})
let anonId: number
let namedId: number
let noConsentId: number
let anonCode: string
let openCode: string

beforeAll(async () => {
  ctx = await freshPayload('qa')
  payload = ctx.payload
  // observe the rebuild requests: this process's coordinator, which never builds (its debounce never ends)
  const { SiteBuildCoordinator } = await import('../../cms/src/site-build/coordinator')
  class Recording extends SiteBuildCoordinator {
    request(r: { reason: string }) {
      requests.push(r.reason)
    }
  }
  ;(globalThis as Record<symbol, unknown>)[Symbol.for('gd.siteBuildCoordinator')] = new Recording(payload, 'http://127.0.0.1:1', 1e9)
  f = await createFixtures(payload)
  requests.length = 0 // the fixtures' public content asked for its own rebuilds
  anonCode = await submitFeedback(payload, input())
  const namedCode = await submitFeedback(payload, input({ name: SHOWN, showName: true, email: 'viet@example.com' }))
  const noConsentCode = await submitFeedback(payload, input({ publishAnswer: false, email: 'khong@example.com' }))
  openCode = await submitFeedback(payload, input({ email: 'mo@example.com', phone: '0911000222' }))
  anonId = await idOf(anonCode)
  namedId = await idOf(namedCode)
  noConsentId = await idOf(noConsentCode)
  await payload.update({ collection: 'feedback', id: anonId, overrideAccess: true, data: { theme: f.theme.id } })
  for (const id of [anonId, namedId, noConsentId]) {
    await payload.update({
      collection: 'feedback',
      id,
      ...as(f.editor),
      data: { status: 'da-tra-loi', answer: ANSWER, internalNotes: NOTE, assignee: f.editor.id },
    })
  }
}, 120_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('the public name', () => {
  it('is the name only with consent, otherwise "Người dân"', () => {
    expect(publicAskerName({ name: SHOWN, showName: true })).toBe(SHOWN)
    expect(publicAskerName({ name: NAME, showName: false })).toBe(ANONYMOUS_ASKER)
    expect(publicAskerName({ name: NAME })).toBe('Người dân')
    expect(publicAskerName({ name: '  ', showName: true })).toBe('Người dân')
  })
})

describe('publishing an answered item as Q&A', () => {
  it('citizen submissions and triage never ask for a rebuild', () => {
    expect(requests).toEqual([])
  })

  it('is refused before the answer, and without the citizen’s consent, in Vietnamese', async () => {
    expect(
      await refusal(payload.update({ collection: 'feedback', id: await idOf(openCode), ...as(f.editor), data: { qaPublished: true } })),
    ).toMatch(/“Đã trả lời”/)
    expect(
      await refusal(payload.update({ collection: 'feedback', id: noConsentId, ...as(f.editor), data: { qaPublished: true } })),
    ).toMatch(/chưa đồng ý công khai/)
    expect((await payload.findByID({ collection: 'feedback', id: noConsentId, overrideAccess: true })).qaPublished).toBe(false)
    expect(requests).toEqual([])
  })

  it('is for staff only: a school account cannot publish', async () => {
    await expect(
      payload.update({ collection: 'feedback', id: anonId, ...as(f.schoolUserA), data: { qaPublished: true } }),
    ).rejects.toThrow()
    expect((await payload.findByID({ collection: 'feedback', id: anonId, overrideAccess: true })).qaPublished).toBe(false)
  })

  it('defaults the public question to the message and the title to the subject, stamps the time and rebuilds', async () => {
    const doc = await payload.update({ collection: 'feedback', id: namedId, ...as(f.editor), data: { qaPublished: true } })
    expect(doc).toMatchObject({ qaPublished: true, qaQuestion: MESSAGE, qaTitle: 'Hỏi về việc học bù' })
    expect(doc.qaPublishedAt).toBeTruthy()
    expect(requests).toHaveLength(1)
  })

  it('keeps the edited (anonymised) question and rebuilds on an edit of a published entry', async () => {
    await payload.update({
      collection: 'feedback',
      id: anonId,
      ...as(f.editor),
      data: { qaPublished: true, qaQuestion: QUESTION, qaTitle: 'Học bù khi giáo viên nghỉ ốm' },
    })
    const first = (await payload.findByID({ collection: 'feedback', id: anonId, overrideAccess: true })).qaPublishedAt
    await payload.update({ collection: 'feedback', id: anonId, ...as(f.editor), data: { qaTitle: 'Học bù khi giáo viên nghỉ dài ngày' } })
    const doc = await payload.findByID({ collection: 'feedback', id: anonId, overrideAccess: true })
    expect(doc).toMatchObject({ qaQuestion: QUESTION, qaTitle: 'Học bù khi giáo viên nghỉ dài ngày', qaPublishedAt: first })
    expect(requests).toHaveLength(3)
  })

  it('unpublishing rebuilds once more; later saves of the unpublished item do not', async () => {
    await payload.update({ collection: 'feedback', id: namedId, ...as(f.editor), data: { qaPublished: false } })
    expect(requests).toHaveLength(4)
    await payload.update({ collection: 'feedback', id: namedId, ...as(f.editor), data: { internalNotes: 'ghi chú thêm' } })
    expect(requests).toHaveLength(4)
    await payload.update({ collection: 'feedback', id: namedId, ...as(f.editor), data: { qaPublished: true } })
    expect(requests).toHaveLength(5)
  })
})

describe('over HTTP', () => {
  beforeAll(async () => {
    server = await startServer(ctx.dataDir, { LOOKUP_RATE_PER_MINUTE: '1000', RATING_RATE_PER_MINUTE: '1000', RATING_RATE_PER_DAY: '1000' })
  }, 180_000)

  it('anonymous REST still reads no feedback', async () => {
    expect((await fetch(`${server.url}/api/feedback`)).status).toBe(403)
    expect((await fetch(`${server.url}/api/feedback/${anonId}`)).status).toBe(403)
  })

  it('GET /api/feedback/hoi-dap lists the published entries with only their public fields', async () => {
    const res = await fetch(`${server.url}/api/feedback/hoi-dap`)
    expect(res.status).toBe(200)
    const { docs } = await res.json()
    expect(docs).toHaveLength(2)
    for (const d of docs)
      expect(Object.keys(d).sort()).toEqual(['answer', 'answeredAt', 'askedAt', 'asker', 'id', 'publishedAt', 'question', 'theme', 'title'])
    const anon = docs.find((d: { id: number }) => d.id === anonId)
    expect(anon).toMatchObject({
      title: 'Học bù khi giáo viên nghỉ dài ngày',
      question: QUESTION,
      answer: ANSWER,
      asker: 'Người dân',
      theme: { slug: 'chuyen-doi-so' },
    })
    expect(JSON.stringify(anon)).not.toContain('lớp 5A') // the edited question replaced the message
    expect(docs.find((d: { id: number }) => d.id === namedId).asker).toBe(SHOWN)
    const text = JSON.stringify(docs)
    for (const secret of [NAME, EMAIL, 'viet@example.com', PHONE, '3456', NOTE, 'editor@test.example', anonCode, 'khong@example.com']) {
      expect(text).not.toContain(secret)
    }
  })

  const rate = (body: Record<string, string>, json = false) =>
    fetch(`${server.url}/tra-cuu/danh-gia/`, {
      method: 'POST',
      headers: { 'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded' },
      body: json ? JSON.stringify(body) : new URLSearchParams(body).toString(),
    })
  const lookup = (body: Record<string, string>) =>
    fetch(`${server.url}/tra-cuu/ket-qua/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

  it('the lookup result of an answered item carries the no-JS rating form; an open item has none', async () => {
    const html = await (
      await fetch(`${server.url}/tra-cuu/ket-qua/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ma: anonCode, xacminh: EMAIL }).toString(),
      })
    ).text()
    expect(html).toContain('action="/tra-cuu/danh-gia/"')
    expect(html).toContain('name="diem" value="5"')
    expect(html).not.toContain(EMAIL)
    const open = await (
      await fetch(`${server.url}/tra-cuu/ket-qua/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ma: openCode, xacminh: '0222' }).toString(),
      })
    ).text()
    expect(open).not.toContain('/tra-cuu/danh-gia/')
  })

  it('a wrong second factor gets the lookup’s own 404', async () => {
    const wrong = await rate({ ma: anonCode, xacminh: 'nguoi-khac@example.com', diem: '5' }, true)
    expect(wrong.status).toBe(404)
    const wrongLookup = await lookup({ ma: anonCode, xacminh: 'nguoi-khac@example.com' })
    expect(await wrong.json()).toEqual(await wrongLookup.json())
    expect((await rate({ ma: anonCode.replace(/.$/, (c) => (c === 'Z' ? 'Y' : 'Z')), xacminh: EMAIL, diem: '5' }, true)).status).toBe(404)
    const page = await rate({ ma: anonCode, xacminh: '9999', diem: '4' })
    expect(page.status).toBe(404)
    expect(await page.text()).toContain(LOOKUP_NOT_FOUND.slice(0, 30))
  })

  it('bad input gets a 4xx in Vietnamese and stores nothing', async () => {
    for (const body of <Record<string, string>[]>[
      { ma: anonCode, xacminh: EMAIL },
      { ma: anonCode, xacminh: EMAIL, diem: '6' },
      { ma: anonCode, xacminh: EMAIL, diem: '0' },
      { ma: anonCode, xacminh: EMAIL, diem: '3', nhanxet: 'x'.repeat(1001) },
      { ma: anonCode, xacminh: EMAIL, diem: '3', nhanxet: '<script>alert(1)</script>' },
      { ma: 'khong-phai-ma', xacminh: EMAIL, diem: '3' },
    ]) {
      const res = await rate(body, true)
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400)
      expect(JSON.stringify(await res.json())).toMatch(/Vui lòng|tối đa|không được|không đúng dạng/)
    }
    const html = await rate({ ma: anonCode, xacminh: EMAIL, diem: '9' })
    expect(html.status).toBe(400)
    expect(await html.text()).toContain('từ 1 đến 5')
    expect(
      (await fetch(`${server.url}/tra-cuu/danh-gia/`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'diem=5' }))
        .status,
    ).toBe(415)
    expect((await payload.findByID({ collection: 'feedback', id: anonId, overrideAccess: true })).rated).toBe(false)
    expect((await payload.count({ collection: 'feedback-ratings', overrideAccess: true })).totalDocs).toBe(0)
    expect((await rate({ ma: openCode, xacminh: '0222', diem: '5' }, true)).status).toBe(409)
  })

  it('rates once (stored apart from the item, anonymously: score, comment, kind, theme, month); a second try gets 409 in Vietnamese', async () => {
    const before = requests.length
    const ok = await rate({ ma: anonCode, xacminh: ' 3456 ', diem: '4', nhanxet: 'Trả lời rõ ràng, cảm ơn.' })
    expect(ok.status).toBe(200)
    expect(await ok.text()).toContain('Cảm ơn bạn đã đánh giá')
    const doc = await payload.findByID({ collection: 'feedback', id: anonId, overrideAccess: true, depth: 0 })
    expect(doc.rated).toBe(true)
    // nothing of the rating on the item, nothing of the item or the person on the rating
    expect(Object.keys(doc).filter((k) => /^rating|^ratedAt$/.test(k))).toEqual([])
    const ratings = await payload.find({ collection: 'feedback-ratings', overrideAccess: true, depth: 0 })
    expect(ratings.docs).toHaveLength(1)
    const [rating] = ratings.docs
    expect(Object.keys(rating).sort()).toEqual(['comment', 'id', 'kind', 'month', 'score', 'theme'])
    const month = new Date(new Date(doc.receivedAt).getTime() + 7 * 3_600_000).toISOString().slice(0, 7)
    expect(rating).toMatchObject({ score: 4, comment: 'Trả lời rõ ràng, cảm ơn.', kind: doc.kind, theme: f.theme.id, month })
    expect(JSON.stringify(rating)).not.toContain(anonCode)
    // staff read the ratings, a school account and anonymous people do not; nobody writes them through the API
    expect((await payload.find({ collection: 'feedback-ratings', ...as(f.editor) })).totalDocs).toBe(1)
    await expect(payload.find({ collection: 'feedback-ratings', ...as(f.schoolUserA) })).rejects.toThrow()
    await expect(
      payload.create({ collection: 'feedback-ratings', ...as(f.editor), data: { score: 5, month: '2026-01' } }),
    ).rejects.toThrow()
    expect((await fetch(`${server.url}/api/feedback-ratings`)).status).toBe(403)
    const again = await rate({ ma: anonCode, xacminh: EMAIL, diem: '1' }, true)
    expect(again.status).toBe(409)
    expect((await again.json()).errors._form).toBe(RATING_ALREADY)
    expect((await payload.find({ collection: 'feedback-ratings', overrideAccess: true, depth: 0 })).docs.map((r) => r.score)).toEqual([4])
    const html = await (
      await fetch(`${server.url}/tra-cuu/ket-qua/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ma: anonCode, xacminh: EMAIL }).toString(),
      })
    ).text()
    expect(html).not.toContain('action="/tra-cuu/danh-gia/"')
    expect(html).toContain('Bạn đã đánh giá')
    // the rating is never in the public Q&A
    const text = await (await fetch(`${server.url}/api/feedback/hoi-dap`)).text()
    expect(text).not.toContain('Trả lời rõ ràng')
    expect(text).not.toContain('rating')
    expect(requests.length).toBe(before)
  })
})
