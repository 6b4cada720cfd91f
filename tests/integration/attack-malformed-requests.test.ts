import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loginToken } from '../helpers/auth'
import { createFixtures } from '../helpers/fixtures'
import { paragraphsToLexical } from '../../cms/src/seed/lexical'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * Malformed requests and what anonymous REST may read, over HTTP against the real server: a bad id, path, query or
 * file name answers 400 or 404, never 500; the site settings show anyone only what the public site needs.
 */
let server: TestServer
let ctx: Awaited<ReturnType<typeof freshPayload>>
let editorToken: string
let adminToken: string
let schoolToken: string

beforeAll(async () => {
  ctx = await freshPayload('attack-malformed')
  await createFixtures(ctx.payload)
  await ctx.payload.updateGlobal({
    slug: 'site-settings',
    overrideAccess: true,
    data: {
      orgName: 'Phòng Giáo dục và Đào tạo',
      retentionMonths: 24,
      crisisContacts: [{ email: 'khung-hoang@gd.example.vn', name: 'Trưởng phòng' }],
      sensitiveTopics: [{ topic: 'bạo lực học đường' }],
    },
  })
  server = await startServer(ctx.dataDir)
  editorToken = await loginToken(server.url, 'editor@test.example')
  adminToken = await loginToken(server.url, 'admin@test.example')
  schoolToken = await loginToken(server.url, 'truong-a@test.example')
}, 300_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('malformed requests answer 400 or 404, never 500', () => {
  const MALFORMED = [
    '/api/articles/abc',
    '/api/%',
    '/api/articles/%',
    '/api/articles?where=%7Bbad',
    '/api/articles?where=%5B1%5D',
    '/api/articles?page=99999999999999999999',
    '/api/articles?limit=99999999999999999999',
    '/api/articles?page=-1',
    '/api/files/file/%00',
    '/api/media/file/%',
    '/media/%',
    '/media/%00',
    '/admin/%',
    '/admin/%00',
  ]
  it.each(MALFORMED)('GET %s', async (path) => {
    const res = await fetch(`${server.url}${path}`, { redirect: 'manual' })
    const body = await res.text()
    expect([400, 404], `${path} → ${res.status}: ${body.slice(0, 200)}`).toContain(res.status)
    if (path.startsWith('/api/')) expect(body, path).not.toMatch(/unknown error|Internal Server Error/i)
  })
  it('a bad id is 404 for reading, changing and deleting alike', async () => {
    const token = { authorization: `JWT ${editorToken}`, 'content-type': 'application/json' }
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const res = await fetch(`${server.url}/api/articles/abc`, { method, headers: token, body: method === 'PATCH' ? '{}' : undefined })
      expect(res.status, method).toBe(404)
    }
  })
  it('a file that is not there is a 404 in Vietnamese from every upload collection (Payload: a 500 in English)', async () => {
    const uploads = ['media', 'files', 'disclosure-files', 'videos', 'report-files']
    for (const who of ['anonymous', 'editor'] as const)
      for (const collection of uploads) {
        const res = await fetch(`${server.url}/api/${collection}/file/khong-co-tep-nay.png`, {
          headers: who === 'editor' ? { authorization: `JWT ${editorToken}` } : {},
        })
        const body = await res.text()
        // an anonymous visitor may not read every collection's files (videos: published only; reports: staff only)
        const refused = who === 'anonymous' && res.status === 403
        if (!refused) {
          expect(res.status, `${who} ${collection}: ${body.slice(0, 100)}`).toBe(404)
          expect(body, `${who} ${collection}`).toContain('Không tìm thấy tệp.')
        }
      }
  })
  it('a filter that does not fit its field, or a body that is not an object, is a 400 in Vietnamese (Payload: 500)', async () => {
    const editor = { authorization: `JWT ${editorToken}`, 'content-type': 'application/json' }
    const filters = [
      'articles?where[title][near]=1,2',
      'articles?where[cover][equals]=%7B%7D',
      'articles?where[themes][in]=a,b',
      'articles?where[publishedAt][equals]=%7B%7D',
      'articles?where[content.x.y][equals]=1',
      // corrections are public: an anonymous reader could ask this too
      'corrections?where[target][equals]=1',
    ]
    for (const filter of filters) {
      const res = await fetch(`${server.url}/api/${filter}`, { headers: editor })
      const body = await res.text()
      expect(res.status, `${filter}: ${body.slice(0, 120)}`).toBe(400)
      expect(body, filter).toContain('Điều kiện lọc không hợp lệ')
    }
    // the same fields filtered as the admin filters them still answer
    for (const filter of ['where[themes][equals]=1', 'where[publishedAt][greater_than]=2026-01-01', 'where[title][like]=tin'])
      expect((await fetch(`${server.url}/api/articles?${filter}`, { headers: editor })).status, filter).toBe(200)
    const before = (await ctx.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs
    for (const body of ['"một chuỗi"', '42', 'null', '{"title":{"a":1}}', '{"title":1}']) {
      const res = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: editor, body })
      const text = await res.text()
      expect(res.status, `${body}: ${text.slice(0, 120)}`).toBe(400)
      expect(text, body).not.toMatch(/unknown error|Something went wrong/i)
    }
    expect((await ctx.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(before)
  })
  it('a value that does not fit its field is a 400 in Vietnamese and nothing is kept (Payload: 500)', async () => {
    const admin = { authorization: `JWT ${adminToken}`, 'content-type': 'application/json' }
    const send = async (method: string, path: string, body: unknown) => {
      const res = await fetch(`${server.url}/api/${path}`, { method, headers: admin, body: JSON.stringify(body) })
      return { status: res.status, text: await res.text() }
    }
    const account = { email: 'moi@test.example', password: 'Mat-Khau-Moi@2026', name: 'Tài khoản mới', role: 'editor' }
    const feedback = { subject: 'Góp ý qua điện thoại', message: 'Nội dung góp ý nhận qua điện thoại.', name: 'Công dân' }
    const settings = () => ctx.payload.findGlobal({ slug: 'site-settings', overrideAccess: true, depth: 0 })
    const before = {
      users: (await ctx.payload.count({ collection: 'users', overrideAccess: true })).totalDocs,
      feedback: (await ctx.payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs,
      articles: (await ctx.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs,
      settings: await settings(),
      editor: (await ctx.payload.find({ collection: 'users', where: { email: { equals: 'editor@test.example' } }, overrideAccess: true }))
        .docs[0]!,
    }
    const cases: [string, string, unknown, string][] = [
      ['POST', 'users', { ...account, school: 987654 }, 'mục không tồn tại'],
      ['POST', 'users', { ...account, email: 123 }, 'sai kiểu'],
      // a list of links (a table of its own, written after the record's row)
      [
        'POST',
        'articles',
        { title: 'Tin có chủ đề không tồn tại', content: paragraphsToLexical(['Nội dung.']), themes: [987654] },
        'mục không tồn tại',
      ],
      ['PATCH', `users/${before.editor.id}`, { email: { a: 1 } }, 'sai kiểu'],
      ['POST', 'globals/site-settings', { logo: 987654 }, 'mục không tồn tại'],
      ['POST', 'globals/site-settings', { crisisContacts: null }, 'sai kiểu'],
      ['POST', 'globals/site-settings', { footer: null }, 'sai kiểu'],
      ['POST', 'globals/site-settings', { privacyNotice: { a: 1 } }, 'sai kiểu'],
      ['POST', 'globals/site-settings', { orgName: 'Tên đã đổi', logo: 987654 }, 'mục không tồn tại'],
      ['POST', 'globals/organisation', { leaders: null }, 'sai kiểu'],
      // links inside a group and inside a list (fields as Payload flattens them), refused before the write under
      // the field itself (the admin marks it), not by the database's foreign key afterwards
      [
        'POST',
        'globals/site-settings',
        { orgName: 'Tên đã đổi', spokesperson: { name: 'Người phát ngôn', regulation: 987654 } },
        '"path":"spokesperson.regulation"',
      ],
      [
        'POST',
        'globals/organisation',
        { leaders: [{ name: 'Nguyễn Văn A', position: 'Trưởng phòng', photo: 987654 }] },
        '"path":"leaders.0.photo"',
      ],
      ['POST', 'feedback', { ...feedback, receivedAt: 'hôm qua' }, 'Thời điểm tiếp nhận không hợp lệ'],
      ['POST', 'feedback', { ...feedback, receivedAt: '2026-13-45' }, 'Thời điểm tiếp nhận không hợp lệ'],
    ]
    for (const [method, path, body, words] of cases) {
      const res = await send(method, path, body)
      const what = `${method} ${path} ${JSON.stringify(body).slice(-60)}`
      expect(res.status, `${what}: ${res.text.slice(0, 160)}`).toBe(400)
      expect(res.text, what).toContain(words)
    }
    expect((await ctx.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(before.users)
    expect((await ctx.payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs).toBe(before.feedback)
    expect((await ctx.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(before.articles)
    expect((await ctx.payload.findByID({ collection: 'users', id: before.editor.id, overrideAccess: true })).email).toBe(
      'editor@test.example',
    )
    const after = await settings()
    expect(after.orgName).toBe(before.settings.orgName)
    expect(after.spokesperson?.name ?? null).toBe(before.settings.spokesperson?.name ?? null)
    expect((await ctx.payload.findGlobal({ slug: 'organisation', overrideAccess: true, depth: 0 })).leaders ?? []).toEqual([])
    expect(after.crisisContacts).toEqual(before.settings.crisisContacts)
    // the same fields with values that fit are still taken
    expect((await send('POST', 'users', account)).status).toBe(201)
  })
  it('when a record was created and changed is the server’s: a school cannot file an urgent report “earlier” or “later”', async () => {
    const school = { authorization: `JWT ${schoolToken}`, 'content-type': 'application/json' }
    const admin = { authorization: `JWT ${adminToken}`, 'content-type': 'application/json' }
    const incident = {
      title: 'Cây đổ trong sân trường sau mưa lớn',
      occurredAt: new Date().toISOString(),
      place: 'Sân trường, điểm chính',
      description: 'Sau cơn mưa lớn, một cây phượng trong sân trường bị đổ; không có học sinh bị thương.',
    }
    const sent = Date.now()
    const filed = await fetch(`${server.url}/api/urgent-reports`, {
      method: 'POST',
      headers: school,
      body: JSON.stringify({ ...incident, createdAt: '2099-01-01T00:00:00.000Z', updatedAt: '2099-01-01T00:00:00.000Z' }),
    })
    const text = await filed.text()
    expect(filed.status, text.slice(0, 200)).toBe(201)
    const id = (JSON.parse(text) as { doc: { id: number } }).doc.id
    const stored = async () => ctx.payload.findByID({ collection: 'urgent-reports', id, overrideAccess: true, depth: 0 })
    for (const at of [(await stored()).createdAt, (await stored()).updatedAt]) expect(at.slice(0, 4)).not.toBe('2099')
    for (const at of [(await stored()).createdAt, (await stored()).updatedAt]) expect(Math.abs(Date.parse(at) - sent)).toBeLessThan(60_000)
    const changed = await fetch(`${server.url}/api/urgent-reports/${id}`, {
      method: 'PATCH',
      headers: school,
      body: JSON.stringify({ place: 'Sân trường, dãy nhà A', createdAt: '2000-01-01T00:00:00.000Z' }),
    })
    expect(changed.status).toBe(200)
    expect(Math.abs(Date.parse((await stored()).createdAt) - sent)).toBeLessThan(60_000)
    // a date that is no date was stored half-way and broke every later read of the record; it is now left out
    expect(
      (await fetch(`${server.url}/api/globals/site-settings`, { method: 'POST', headers: admin, body: '{"createdAt":"x"}' })).status,
    ).toBe(200)
    expect((await fetch(`${server.url}/api/globals/site-settings`, { headers: admin })).status).toBe(200)
    expect((await fetch(`${server.url}/api/urgent-reports?limit=100`, { headers: admin })).status).toBe(200)
  })
  it.each([
    '/api/articles/1%27%20OR%201=1',
    '/api/articles?where[title][nonsense]=x',
    '/api/articles?depth=abc',
    '/api/articles?sort=%00',
    '/api/files/file/..%2F..%2Fcms.db',
    '/admin/collections/articles/abc',
  ])('GET %s answers without a server error', async (path) => {
    const res = await fetch(`${server.url}${path}`, { redirect: 'manual' })
    await res.arrayBuffer()
    expect(res.status, path).toBeLessThan(500)
  })
})

describe('the site settings to an anonymous reader', () => {
  it('show what the public site builds from, but not the crisis contacts, the sensitive topics or the retention', async () => {
    const anonymous = (await (await fetch(`${server.url}/api/globals/site-settings?depth=1`)).json()) as Record<string, unknown>
    expect(anonymous.orgName).toBe('Phòng Giáo dục và Đào tạo')
    // Payload keeps a refused array as [] and drops a refused number
    expect(anonymous).not.toHaveProperty('retentionMonths')
    for (const field of ['crisisContacts', 'sensitiveTopics']) expect(anonymous[field] ?? [], field).toEqual([])
    expect(JSON.stringify(anonymous)).not.toMatch(/khung-hoang@|bạo lực học đường/)
    const staff = (await (
      await fetch(`${server.url}/api/globals/site-settings`, { headers: { authorization: `JWT ${editorToken}` } })
    ).json()) as Record<string, unknown>
    expect(staff.retentionMonths).toBe(24)
    expect(JSON.stringify(staff.crisisContacts)).toContain('khung-hoang@gd.example.vn')
  })
})

describe('kept-alive connections', () => {
  it('stay open longer than a busy moment: a request after 7 idle seconds goes on the same connection', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    const get = () =>
      new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
        const req = http.get(`${server.url}/healthz`, { agent }, (res) => {
          res.resume()
          res.on('end', () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }))
        })
        req.on('error', reject)
      })
    try {
      expect((await get()).status).toBe(200)
      // Node's default closes an idle connection after 5 s; a client that reuses it then sees a reset
      await new Promise((r) => setTimeout(r, 7_000))
      expect(await get()).toEqual({ status: 200, reused: true })
    } finally {
      agent.destroy()
    }
  }, 30_000)
})
