import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { WEB_ADDRESS_MESSAGE } from '@gd/shared/urls'
import { loginTokens } from '../helpers/auth'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * Thủ tục hành chính and Sự kiện, ngày lễ through the running CMS's REST API, as the admin and the site use it:
 * staff create and publish, schools and visitors cannot; the public reads only what is published; a portal link
 * that is not http(s), a procedure without papers and an event ending before it starts are refused with a 400 in
 * Vietnamese and nothing is stored. (The public pages: tests/e2e/procedures-and-events.test.ts.)
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let server: TestServer
let tokens: Record<'editor' | 'school', string>

const api = (method: string, path: string, token?: string, body?: unknown) =>
  fetch(`${server.url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
const stored = async (collection: 'procedures' | 'events') => (await payload.count({ collection, overrideAccess: true })).totalDocs

beforeAll(async () => {
  ctx = await freshPayload('procedures-events')
  payload = ctx.payload
  await createFixtures(payload)
  server = await startServer(ctx.dataDir)
  tokens = await loginTokens(server.url, { editor: 'editor@test.example', school: 'truong-a@test.example' })
}, 240_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

const PROCEDURE = {
  name: 'Chuyển trường đối với học sinh trung học cơ sở',
  order: 3,
  summary: 'Học sinh trung học cơ sở chuyển đến hoặc chuyển đi khi gia đình đổi nơi cư trú.',
  agency: 'Hiệu trưởng trường nơi đến',
  submitAt: 'Trường trung học cơ sở nơi chuyển đến',
  papers: [{ paper: 'Đơn xin chuyển trường' }, { paper: 'Học bạ (bản chính)' }],
  fee: 'Không thu lệ phí',
  timeLimit: '3 ngày làm việc',
  steps: [{ step: 'Nộp đơn tại trường nơi đến.' }],
  portalUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html',
}

describe('procedures (Thủ tục hành chính)', () => {
  it('an editor publishes one; its slug comes from the name; the public reads it', async () => {
    const res = await api('POST', '/procedures', tokens.editor, { ...PROCEDURE, _status: 'published' })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { slug: string; papers: { paper: string }[] } }
    expect(doc.slug).toBe('chuyen-truong-doi-voi-hoc-sinh-trung-hoc-co-so')
    expect(doc.papers.map((p) => p.paper)).toEqual(['Đơn xin chuyển trường', 'Học bạ (bản chính)'])
    const pub = (await (await api('GET', '/procedures?where[slug][equals]=chuyen-truong-doi-voi-hoc-sinh-trung-hoc-co-so')).json()) as {
      docs: unknown[]
    }
    expect(pub.docs).toHaveLength(1)
  })

  it('a draft is hidden from the public and from schools', async () => {
    const res = await api('POST', '/procedures', tokens.editor, { ...PROCEDURE, name: 'Thủ tục đang soạn thảo', _status: 'draft' })
    expect(res.status).toBe(201)
    for (const token of [undefined, tokens.school]) {
      const list = (await (await api('GET', '/procedures?where[name][equals]=Thủ tục đang soạn thảo', token)).json()) as { docs: unknown[] }
      expect(list.docs).toHaveLength(0)
    }
  })

  it('a school or an anonymous visitor cannot create one; an editor cannot delete one', async () => {
    const before = await stored('procedures')
    expect((await api('POST', '/procedures', tokens.school, { ...PROCEDURE, name: 'Thủ tục của trường' })).status).toBe(403)
    expect((await api('POST', '/procedures', undefined, { ...PROCEDURE, name: 'Thủ tục lạ' })).status).toBe(403)
    expect(await stored('procedures')).toBe(before)
    const [one] = (await payload.find({ collection: 'procedures', overrideAccess: true, limit: 1 })).docs
    expect((await api('DELETE', `/procedures/${one.id}`, tokens.editor)).status).toBe(403)
  })

  it('a portal link that is not http(s) is refused in Vietnamese, nothing stored', async () => {
    const before = await stored('procedures')
    for (const portalUrl of ['javascript:alert(1)', 'dichvucong.gov.vn', 'ftp://dichvucong.gov.vn/x']) {
      const res = await api('POST', '/procedures', tokens.editor, { ...PROCEDURE, name: `Thủ tục liên kết sai ${portalUrl}`, portalUrl })
      expect(res.status).toBe(400)
      expect(JSON.stringify(await res.json())).toContain(WEB_ADDRESS_MESSAGE)
    }
    expect(await stored('procedures')).toBe(before)
  })

  it('a procedure without papers or without a portal link is refused with a 400, nothing stored', async () => {
    const before = await stored('procedures')
    const noPapers = await api('POST', '/procedures', tokens.editor, { ...PROCEDURE, name: 'Thủ tục thiếu hồ sơ', papers: [] })
    expect(noPapers.status).toBe(400)
    expect(JSON.stringify(await noPapers.json())).toContain('Thành phần hồ sơ')
    const noLink = await api('POST', '/procedures', tokens.editor, { ...PROCEDURE, name: 'Thủ tục thiếu liên kết', portalUrl: '' })
    expect(noLink.status).toBe(400)
    expect(await stored('procedures')).toBe(before)
  })
})

const day = (iso: string) => `${iso}T05:00:00.000Z`
const EVENT = {
  title: 'Ngày Nhà giáo Việt Nam 20/11',
  kind: 'ngay-le',
  startsAt: day('2027-11-20'),
  place: 'Hội trường Ủy ban nhân dân huyện',
  summary: 'Lễ kỷ niệm Ngày Nhà giáo Việt Nam, tuyên dương nhà giáo tiêu biểu.',
}

describe('events (Sự kiện, ngày lễ)', () => {
  it('an editor publishes one and the public reads it', async () => {
    const res = await api('POST', '/events', tokens.editor, { ...EVENT, _status: 'published' })
    expect(res.status).toBe(201)
    const pub = (await (await api('GET', '/events?where[kind][equals]=ngay-le')).json()) as { docs: { title: string }[] }
    expect(pub.docs.map((d) => d.title)).toContain(EVENT.title)
  })

  it('a school or an anonymous visitor cannot create one; drafts stay hidden from them', async () => {
    const before = await stored('events')
    expect((await api('POST', '/events', tokens.school, { ...EVENT, title: 'Sự kiện của trường' })).status).toBe(403)
    expect((await api('POST', '/events', undefined, { ...EVENT, title: 'Sự kiện lạ' })).status).toBe(403)
    expect(await stored('events')).toBe(before)
    expect((await api('POST', '/events', tokens.editor, { ...EVENT, title: 'Sự kiện nháp', _status: 'draft' })).status).toBe(201)
    const list = (await (await api('GET', '/events?where[title][equals]=Sự kiện nháp', tokens.school)).json()) as { docs: unknown[] }
    expect(list.docs).toHaveLength(0)
  })

  it('an end before the start, or an unknown kind, is refused with a 400, nothing stored', async () => {
    const before = await stored('events')
    const wrong = await api('POST', '/events', tokens.editor, { ...EVENT, title: 'Sự kiện sai ngày', endsAt: day('2027-11-19') })
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(await wrong.json())).toContain('Ngày kết thúc phải từ ngày diễn ra trở đi.')
    expect((await api('POST', '/events', tokens.editor, { ...EVENT, title: 'Sự kiện loại lạ', kind: 'tiec' })).status).toBe(400)
    expect((await api('POST', '/events', tokens.editor, { ...EVENT, title: 'Sự kiện không ngày', startsAt: undefined })).status).toBe(400)
    expect(await stored('events')).toBe(before)
  })
})
