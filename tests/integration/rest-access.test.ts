import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFixtures, PASSWORD } from '../helpers/fixtures'
import { loginToken } from '../helpers/auth'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/** Payload's REST API over HTTP against the real server: what each kind of visitor can and cannot do. */
let server: TestServer
let ctx: Awaited<ReturnType<typeof freshPayload>>
let f: Awaited<ReturnType<typeof createFixtures>>
const tokens: Record<string, string> = {}

const login = (email: string): Promise<string> => loginToken(server.url, email)
const api = (path: string, init: RequestInit & { as?: string } = {}) =>
  fetch(`${server.url}/api${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(init.as ? { authorization: `JWT ${tokens[init.as]}` } : {}),
      ...(init.headers ?? {}),
    },
  })

beforeAll(async () => {
  ctx = await freshPayload('rest')
  f = await createFixtures(ctx.payload)
  server = await startServer(ctx.dataDir)
  for (const [k, email] of Object.entries({ editor: 'editor@test.example', schoolA: 'truong-a@test.example', admin: 'admin@test.example' }))
    tokens[k] = await login(email)
})
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('anonymous REST', () => {
  it('cannot list or read feedback', async () => {
    expect((await api('/feedback')).status).toBe(403)
    expect((await api(`/feedback/${f.feedback.id}`)).status).toBe(403)
    expect((await api('/feedback?where[code][equals]=GY-2026-ABCDE')).status).toBe(403)
  })
  it('cannot create feedback through Payload', async () => {
    const res = await api('/feedback', {
      method: 'POST',
      body: JSON.stringify({ code: 'GY-2026-QQQQQ', kind: 'gop-y', subject: 'x', message: 'y', name: 'z', consent: true }),
    })
    expect(res.status).toBe(403)
    expect((await ctx.payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs).toBe(1)
  })
  it('sees only published articles, even when asking for drafts', async () => {
    const list = await (await api('/articles?draft=true&limit=100')).json()
    expect(list.docs.map((d: { title: string }) => d.title)).toEqual(['Tin đã đăng'])
    expect((await api(`/articles/${f.draftArticle.id}?draft=true`)).status).toBe(404)
    const byStatus = await (await api('/articles?where[_status][equals]=draft&draft=true')).json()
    expect(byStatus.docs).toHaveLength(0)
  })
  it('cannot read users or write anything', async () => {
    expect((await api('/users')).status).toBe(403)
    expect((await api('/articles', { method: 'POST', body: JSON.stringify({ title: 'x' }) })).status).toBe(403)
    expect((await api(`/articles/${f.publishedArticle.id}`, { method: 'PATCH', body: JSON.stringify({ title: 'Bị sửa' }) })).status).toBe(
      403,
    )
    expect((await api('/globals/site-settings', { method: 'POST', body: JSON.stringify({ orgName: 'Bị sửa' }) })).status).toBe(403)
  })
})

describe('a school contributor over REST', () => {
  it('cannot publish its own draft', async () => {
    const res = await api(`/exemplars/${f.exemplarA.id}`, {
      method: 'PATCH',
      as: 'schoolA',
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(res.status).toBe(403)
    expect(JSON.stringify(await res.json())).toMatch(/không được xuất bản/)
  })
  it('cannot touch another school’s exemplar', async () => {
    const res = await api(`/exemplars/${f.exemplarB.id}?draft=true`, {
      method: 'PATCH',
      as: 'schoolA',
      body: JSON.stringify({ title: 'Sửa trộm' }),
    })
    expect([403, 404]).toContain(res.status)
    expect((await api(`/exemplars/${f.exemplarB.id}`, { method: 'DELETE', as: 'schoolA' })).status).toBe(403)
  })
  it('cannot raise its role', async () => {
    await api(`/users/${f.schoolUserA.id}`, { method: 'PATCH', as: 'schoolA', body: JSON.stringify({ role: 'admin' }) })
    const me = await (await api('/users/me', { as: 'schoolA' })).json()
    expect(me.user.role).toBe('school')
  })
  it('cannot read feedback', async () => {
    expect((await api('/feedback', { as: 'schoolA' })).status).toBe(403)
  })
})

describe('staff over REST', () => {
  it('an editor reads feedback and drafts', async () => {
    const list = await (await api('/feedback', { as: 'editor' })).json()
    expect(list.docs.map((d: { code: string }) => d.code)).toEqual(['GY-2026-ABCDE'])
    expect((await api(`/articles/${f.draftArticle.id}?draft=true`, { as: 'editor' })).status).toBe(200)
  })
  it('an editor cannot change site settings; an admin can', async () => {
    expect((await api('/globals/site-settings', { method: 'POST', as: 'editor', body: JSON.stringify({ orgName: 'X' }) })).status).toBe(403)
    expect(
      (await api('/globals/site-settings', { method: 'POST', as: 'admin', body: JSON.stringify({ orgName: 'Phòng GD&ĐT' }) })).status,
    ).toBe(200)
  })
})

describe('uploads over REST', () => {
  it('an editor uploads an image; an oversized upload is refused 413 in Vietnamese before it is read', async () => {
    const sharp = (await import('sharp')).default
    const png = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#00798c' } })
      .png()
      .toBuffer()
    const ok = new FormData()
    ok.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'anh.png')
    ok.append('_payload', JSON.stringify({ alt: 'Ảnh lớp học' }))
    const res = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { authorization: `JWT ${tokens.editor}` }, body: ok })
    expect(res.status).toBe(201)
    const media = (await res.json()).doc
    expect((await fetch(`${server.url}/media/${media.filename}`)).status).toBe(200)

    const big = new FormData()
    big.append('file', new Blob([new Uint8Array(11 * 1024 * 1024).fill(1)], { type: 'image/png' }), 'lon.png')
    big.append('_payload', JSON.stringify({ alt: 'Ảnh quá lớn' }))
    const tooBig = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { authorization: `JWT ${tokens.editor}` }, body: big })
    expect(tooBig.status).toBe(413)
    expect((await tooBig.json()).errors[0].message).toMatch(/tối đa 10 MB/)
    expect((await ctx.payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(1)
  })
  it('anonymous cannot upload', async () => {
    const form = new FormData()
    form.append('file', new Blob([Buffer.from('x')], { type: 'image/png' }), 'x.png')
    form.append('_payload', JSON.stringify({ alt: 'Ảnh' }))
    expect((await fetch(`${server.url}/api/media`, { method: 'POST', body: form })).status).toBe(403)
  })
})

describe('failed logins', () => {
  it('five wrong passwords for one e-mail leave one audit entry, without locking out the right password', async () => {
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@test.example', password: `sai-${i}` }),
      })
      expect(res.status).toBe(401)
    }
    const { docs } = await ctx.payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'login-failed' } },
      overrideAccess: true,
    })
    expect(docs.map((d) => d.targetTitle)).toEqual(['admin@test.example'])
    expect(
      (
        await fetch(`${server.url}/api/users/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'admin@test.example', password: PASSWORD }),
        })
      ).status,
    ).toBe(200)
  })
})

describe('the admin', () => {
  it('is in Vietnamese by default and loads nothing from another host', async () => {
    const res = await fetch(`${server.url}/admin/login`, { headers: { 'accept-language': 'en-US,en;q=0.9' } })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toMatch(/lang="vi"/)
    expect(html).toMatch(/Đăng nhập/)
    const external = [...html.matchAll(/(?:src|href)="(https?:)?\/\/([^"/]+)/g)].map((m) => m[2]).filter((h) => !h.startsWith('127.0.0.1'))
    expect(external).toEqual([])
  })
})
