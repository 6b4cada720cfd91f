import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { loginTokens } from '../helpers/auth'
import { createFixtures } from '../helpers/fixtures'
import { tinyPdf } from '../helpers/office-files'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * Công khai (schools' disclosures) over HTTP against the real server, as a school trying what it must not: file for
 * another school, attach another school's file, change another school's disclosure, publish, replace a file; and
 * as the editor who approves. Bad input (a wrong school year, a file that is not a PDF or Word) is a Vietnamese 400
 * with nothing stored.
 */
let server: TestServer
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let f: Awaited<ReturnType<typeof createFixtures>>
let tokens: Record<'editor' | 'schoolA' | 'schoolB', string>

const api = (path: string, init: RequestInit & { as?: keyof typeof tokens } = {}) =>
  fetch(`${server.url}/api${path}`, {
    ...init,
    headers: {
      ...(typeof init.body === 'string' ? { 'content-type': 'application/json' } : {}),
      ...(init.as ? { authorization: `JWT ${tokens[init.as]}` } : {}),
    },
  })

/** Uploads a file as `as`, claiming it for `school`; the response. */
function upload(as: keyof typeof tokens, data: Buffer, name: string, school?: number) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type: 'application/pdf' }), name)
  form.append('_payload', JSON.stringify({ title: `Tệp ${name}`, school }))
  return api('/disclosure-files', { method: 'POST', body: form, as })
}
const idOf = async (res: Response) => ((await res.json()) as { doc: { id: number } }).doc.id
const count = async () => (await payload.count({ collection: 'school-disclosures', overrideAccess: true })).totalDocs
const stored = (id: number) => payload.findByID({ collection: 'school-disclosures', id, draft: true, overrideAccess: true, depth: 0 })

const body = (files: number[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    title: 'Công khai thu, chi tài chính',
    category: 'tai-chinh',
    schoolYear: '2025-2026',
    summary: 'Các khoản thu và mức thu.',
    files,
    ...extra,
  })

let fileA: number
let fileB: number
let disclosureB: number

beforeAll(async () => {
  ctx = await freshPayload('attack-disclosures')
  payload = ctx.payload
  f = await createFixtures(payload)
  server = await startServer(ctx.dataDir)
  tokens = await loginTokens(server.url, {
    editor: 'editor@test.example',
    schoolA: 'truong-a@test.example',
    schoolB: 'truong-b@test.example',
  })
  const b = await upload('schoolB', tinyPdf('Truong B'), 'truong-b.pdf')
  expect(b.status).toBe(201)
  fileB = await idOf(b)
  const created = await api('/school-disclosures?draft=true', { method: 'POST', as: 'schoolB', body: body([fileB]) })
  expect(created.status).toBe(201)
  disclosureB = await idOf(created)
}, 480_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('a school files only for itself', () => {
  it('a file uploaded for another school belongs to the uploader’s school', async () => {
    const res = await upload('schoolA', tinyPdf('Truong A'), 'truong-a.pdf', f.schoolB.id)
    expect(res.status).toBe(201)
    fileA = await idOf(res)
    const file = await payload.findByID({ collection: 'disclosure-files', id: fileA, overrideAccess: true, depth: 0 })
    expect(file.school).toBe(f.schoolA.id)
  })

  it('a disclosure filed in another school’s name is stored as the filer’s own', async () => {
    const res = await api('/school-disclosures?draft=true', {
      method: 'POST',
      as: 'schoolA',
      body: body([fileA], { school: f.schoolB.id }),
    })
    expect(res.status).toBe(201)
    expect((await stored(await idOf(res))).school).toBe(f.schoolA.id)
  })

  it('another school’s file cannot be attached (400 in Vietnamese, nothing stored)', async () => {
    const before = await count()
    const res = await api('/school-disclosures?draft=true', { method: 'POST', as: 'schoolA', body: body([fileB]) })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('Chỉ được đính kèm tệp do trường mình tải lên.')
    expect(await count()).toBe(before)
  })

  it('another school’s disclosure can be neither read nor changed', async () => {
    expect((await api(`/school-disclosures/${disclosureB}?draft=true`, { as: 'schoolA' })).status).toBe(404)
    const res = await api(`/school-disclosures/${disclosureB}?draft=true`, {
      method: 'PATCH',
      as: 'schoolA',
      body: JSON.stringify({ title: 'Sửa trộm' }),
    })
    expect([403, 404]).toContain(res.status)
    expect((await stored(disclosureB)).title).toBe('Công khai thu, chi tài chính')
  })

  it('a school cannot replace an uploaded file', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(tinyPdf('Thay the'))], { type: 'application/pdf' }), 'thay.pdf')
    form.append('_payload', JSON.stringify({ title: 'Thay tệp' }))
    expect((await api(`/disclosure-files/${fileA}`, { method: 'PATCH', body: form, as: 'schoolA' })).status).toBe(403)
  })
})

describe('a school cannot publish; an editor does', () => {
  let id: number
  it('publishing on creation or afterwards is refused (403), the submission goes to review', async () => {
    const direct = await api('/school-disclosures', { method: 'POST', as: 'schoolA', body: body([fileA], { _status: 'published' }) })
    expect(direct.status).toBe(403)
    const draft = await api('/school-disclosures?draft=true', { method: 'POST', as: 'schoolA', body: body([fileA]) })
    id = await idOf(draft)
    const publish = await api(`/school-disclosures/${id}`, {
      method: 'PATCH',
      as: 'schoolA',
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(publish.status).toBe(403)
    expect(await publish.text()).toContain('không được xuất bản')
    const submit = await api(`/school-disclosures/${id}?draft=true`, {
      method: 'PATCH',
      as: 'schoolA',
      body: JSON.stringify({ reviewState: 'cho-duyet' }),
    })
    expect(submit.status).toBe(200)
    expect((await stored(id)).reviewState).toBe('cho-duyet')
    expect((await api(`/school-disclosures/${id}`)).status).toBe(404)
  })

  it('the editor publishes it: the public reads it and downloads its file as an attachment', async () => {
    const res = await api(`/school-disclosures/${id}`, { method: 'PATCH', as: 'editor', body: JSON.stringify({ _status: 'published' }) })
    expect(res.status).toBe(200)
    const pub = (await (await api(`/school-disclosures/${id}?depth=1`)).json()) as {
      reviewState: string
      files: { url: string; filename: string }[]
    }
    expect(pub.reviewState).toBe('da-xuat-ban')
    const file = await fetch(`${server.url}/api/disclosure-files/file/${encodeURIComponent(pub.files[0]!.filename)}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-disposition')).toMatch(/^attachment;/)
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-')
  })

  it('once published, the school cannot change it', async () => {
    const res = await api(`/school-disclosures/${id}`, {
      method: 'PATCH',
      as: 'schoolA',
      body: JSON.stringify({ title: 'Sửa sau khi đăng' }),
    })
    expect(res.status).toBe(403)
  })
})

describe('bad input', () => {
  it('a school year that is not two consecutive years: 400 in Vietnamese, nothing stored', async () => {
    const before = await count()
    const res = await api('/school-disclosures?draft=true', {
      method: 'POST',
      as: 'schoolA',
      body: body([fileA], { schoolYear: '2025-2027' }),
    })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('Năm học ghi theo dạng 2025-2026')
    expect(await count()).toBe(before)
  })

  it('a file that is not a PDF or Word: 400 in Vietnamese, nothing stored', async () => {
    const before = (await payload.count({ collection: 'disclosure-files', overrideAccess: true })).totalDocs
    const res = await upload('schoolA', Buffer.from('<html><script>alert(1)</script></html>'), 'gia.pdf')
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('Chỉ chấp nhận tệp PDF hoặc Word')
    expect((await payload.count({ collection: 'disclosure-files', overrideAccess: true })).totalDocs).toBe(before)
  })
})
