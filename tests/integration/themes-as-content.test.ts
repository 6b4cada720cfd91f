import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { loginTokens } from '../helpers/auth'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * Themes are content: an editor creates, renames, reorders and retires them through the CMS's REST API (as the
 * admin does); the slug is made once and survives a rename; the feedback endpoint accepts a theme in use, and
 * refuses an unknown or retired one in Vietnamese, storing nothing; the no-JS form shown again offers the themes in
 * use. (The public pages the rebuild makes for a new theme: tests/e2e/themes-and-sections.test.ts.)
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
const feedback = (theme: string) =>
  fetch(`${server.url}/gop-y/gui/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      kind: 'gop-y',
      theme,
      subject: 'Góp ý về giáo dục kỹ năng an toàn giao thông',
      message: 'Đề nghị nhà trường tổ chức thêm buổi ngoại khóa về an toàn giao thông cho học sinh đi xe đạp điện.',
      name: 'Trần Văn Hòa',
      email: 'hoa.tran@example.com',
      consent: true,
    }),
  })
const storedFeedback = async () => (await payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs

beforeAll(async () => {
  ctx = await freshPayload('themes-content')
  payload = ctx.payload
  await createFixtures(payload)
  server = await startServer(ctx.dataDir, { FEEDBACK_RATE_PER_MINUTE: '1000', FEEDBACK_RATE_PER_DAY: '1000' })
  tokens = await loginTokens(server.url, { editor: 'editor@test.example', school: 'truong-a@test.example' })
}, 240_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

const NEW_THEME = {
  name: 'An toàn giao thông cho học sinh',
  order: 11,
  year: 2026,
  planWording: 'Tuyên truyền, giáo dục ý thức chấp hành pháp luật về trật tự, an toàn giao thông cho học sinh.',
}

describe('themes as content', () => {
  let id: number

  it('an editor creates a theme: its slug is made from the name, in use by default', async () => {
    const res = await api('POST', '/themes', tokens.editor, NEW_THEME)
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number; slug: string; status: string; year: number } }
    id = doc.id
    expect(doc).toMatchObject({ slug: 'an-toan-giao-thong-cho-hoc-sinh', status: 'dang-ap-dung', year: 2026 })
  })

  it('a school or an anonymous visitor cannot create one', async () => {
    expect((await api('POST', '/themes', tokens.school, { ...NEW_THEME, name: 'Chủ đề của trường' })).status).toBe(403)
    expect((await api('POST', '/themes', undefined, { ...NEW_THEME, name: 'Chủ đề lạ' })).status).toBe(403)
  })

  it('a renamed theme keeps its slug, even when the request sends another one', async () => {
    const res = await api('PATCH', `/themes/${id}`, tokens.editor, {
      name: 'An toàn giao thông và phòng tránh đuối nước',
      slug: 'doi-duong-dan',
    })
    expect(res.status).toBe(200)
    const stored = await payload.findByID({ collection: 'themes', id, overrideAccess: true })
    expect(stored.name).toBe('An toàn giao thông và phòng tránh đuối nước')
    expect(stored.slug).toBe('an-toan-giao-thong-cho-hoc-sinh')
  })

  it('a year outside 2000–2100 or a status not in the list is refused with a 400', async () => {
    expect((await api('POST', '/themes', tokens.editor, { ...NEW_THEME, name: 'Năm sai', year: 1990 })).status).toBe(400)
    expect((await api('POST', '/themes', tokens.editor, { ...NEW_THEME, name: 'Tình trạng sai', status: 'xoa' })).status).toBe(400)
  })

  it('feedback on the new theme is accepted; an unknown theme is refused and nothing is stored', async () => {
    const before = await storedFeedback()
    const ok = await feedback('an-toan-giao-thong-cho-hoc-sinh')
    expect(ok.status).toBe(201)
    const unknown = await feedback('chu-de-khong-co')
    expect(unknown.status).toBe(400)
    expect(((await unknown.json()) as { errors: Record<string, string> }).errors.theme).toBe('Lĩnh vực không hợp lệ.')
    expect(await storedFeedback()).toBe(before + 1)
  })

  it('the form shown again after an error offers the themes in use', async () => {
    const res = await fetch(`${server.url}/gop-y/gui/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ kind: 'gop-y', subject: '' }).toString(),
    })
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain('<option value="an-toan-giao-thong-cho-hoc-sinh">An toàn giao thông và phòng tránh đuối nước</option>')
  })

  it('a retired theme leaves the form and is refused, while its stored feedback keeps it', async () => {
    expect((await api('PATCH', `/themes/${id}`, tokens.editor, { status: 'da-ket-thuc' })).status).toBe(200)
    const before = await storedFeedback()
    const res = await feedback('an-toan-giao-thong-cho-hoc-sinh')
    expect(res.status).toBe(400)
    expect(await storedFeedback()).toBe(before)
    const kept = await payload.find({ collection: 'feedback', where: { theme: { equals: id } }, overrideAccess: true })
    expect(kept.totalDocs).toBe(1)
    const again = await fetch(`${server.url}/gop-y/gui/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ kind: 'gop-y' }).toString(),
    })
    expect(await again.text()).not.toContain('an-toan-giao-thong-cho-hoc-sinh')
  })

  it('only an admin deletes a theme', async () => {
    expect((await api('DELETE', `/themes/${id}`, tokens.editor)).status).toBe(403)
  })
})
