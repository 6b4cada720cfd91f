import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

let server: TestServer
let ctx: Awaited<ReturnType<typeof freshPayload>>

beforeAll(async () => {
  ctx = await freshPayload('ratelimit')
  server = await startServer(ctx.dataDir, {
    FEEDBACK_RATE_PER_MINUTE: '3',
    FEEDBACK_RATE_PER_DAY: '30',
    RATING_RATE_PER_MINUTE: '2',
    RATING_RATE_PER_DAY: '30',
  })
})
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('the per-IP rate limit on feedback', () => {
  it('answers 429 in Vietnamese past the limit and stores nothing more', async () => {
    const body = {
      kind: 'gop-y',
      subject: 'Góp ý về bữa ăn bán trú',
      message: 'Đề nghị nhà trường công khai thực đơn bán trú hằng tuần cho phụ huynh được biết.',
      name: 'Lê Văn Tâm',
      phone: '0987 654 321',
      consent: true,
    }
    // each a different submission (the same one sent again is answered with its first code, not stored twice)
    const send = (i = 9) =>
      fetch(`${server.url}/gop-y/gui/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...body, subject: `${body.subject} (${i})` }),
      })
    const statuses = []
    for (let i = 0; i < 5; i++) statuses.push((await send(i)).status)
    expect(statuses).toEqual([201, 201, 201, 429, 429])
    const res = await send()
    expect(res.headers.get('ratelimit')).toBeTruthy()
    expect((await res.json()).errors._form).toMatch(/quá nhiều ý kiến/)
    expect((await ctx.payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs).toBe(3)
    const formRes = await fetch(`${server.url}/gop-y/gui/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'kind=gop-y',
    })
    expect(formRes.status).toBe(429)
    expect(await formRes.text()).toMatch(/quá nhiều ý kiến trong một phút/)
  })
})

describe('the per-IP rate limit on answer ratings', () => {
  it('answers 429 in Vietnamese past the limit, in JSON and on the no-JS page, and stores no rating', async () => {
    const rate = (type: 'json' | 'form') =>
      fetch(`${server.url}/tra-cuu/danh-gia/`, {
        method: 'POST',
        headers: { 'content-type': type === 'json' ? 'application/json' : 'application/x-www-form-urlencoded' },
        body:
          type === 'json'
            ? JSON.stringify({ ma: 'GY-2026-ABCDE', xacminh: 'a@example.com', diem: '5' })
            : 'ma=GY-2026-ABCDE&xacminh=a%40example.com&diem=5',
      })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await rate('json')).status)
    // no such item: 404 until the limit, then 429
    expect(statuses).toEqual([404, 404, 429])
    const json = await rate('json')
    expect(json.status).toBe(429)
    expect((await json.json()).errors._form).toMatch(/gửi đánh giá quá nhiều lần trong một phút/)
    const page = await rate('form')
    expect(page.status).toBe(429)
    expect(await page.text()).toMatch(/gửi đánh giá quá nhiều lần trong một phút/)
    expect((await ctx.payload.count({ collection: 'feedback-ratings', overrideAccess: true })).totalDocs).toBe(0)
  })
})
