import PDFDocument from 'pdfkit'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { generateReferenceCode } from '@gd/shared/reference-code'
import { seed } from '../../cms/src/seed/index'
import { freshPayload } from '../helpers/payload'
import { loginToken } from '../helpers/auth'
import { startServer, type TestServer } from '../helpers/server'

/**
 * Every role × every collection and global × every operation over REST against the running server. The table is
 * the specification: ✓ must succeed (2xx), ✗ must be refused (401/403/404/405), and nothing else may happen.
 * Targets of update/delete/publish/versions are owned by school A and unpublished, so "own school" and "drafts" both
 * count; `versions` is GET /api/<collection>/versions/<id of one of the target's versions>.
 */
type Role = 'anonymous' | 'schoolA' | 'schoolB' | 'editor' | 'admin'
type Op = 'create' | 'read' | 'update' | 'delete' | 'publish' | 'versions'
const ROLES: Role[] = ['anonymous', 'schoolA', 'schoolB', 'editor', 'admin']

//                                  anonymous schoolA schoolB editor admin
const MATRIX: Record<string, Partial<Record<Op, string>>> = {
  articles: /*         */ { create: '✗✓✓✓✓', read: '✗✓✗✓✓', update: '✗✓✗✓✓', delete: '✗✗✗✓✓', publish: '✗✗✗✓✓', versions: '✗✓✗✓✓' },
  exemplars: /*        */ { create: '✗✓✓✓✓', read: '✗✓✗✓✓', update: '✗✓✗✓✓', delete: '✗✗✗✓✓', publish: '✗✗✗✓✓', versions: '✗✓✗✓✓' },
  documents: /*        */ { create: '✗✗✗✓✓', read: '✗✗✗✓✓', update: '✗✗✗✓✓', delete: '✗✗✗✗✓', publish: '✗✗✗✓✓', versions: '✗✗✗✓✓' },
  consultations: /*    */ { create: '✗✗✗✓✓', read: '✗✗✗✓✓', update: '✗✗✗✓✓', delete: '✗✗✗✗✓', publish: '✗✗✗✓✓', versions: '✗✗✗✓✓' },
  announcements: /*    */ { create: '✗✗✗✓✓', read: '✗✗✗✓✓', update: '✗✗✗✓✓', delete: '✗✗✗✗✓', publish: '✗✗✗✓✓', versions: '✗✗✗✓✓' },
  procedures: /*       */ { create: '✗✗✗✓✓', read: '✗✗✗✓✓', update: '✗✗✗✓✓', delete: '✗✗✗✗✓', publish: '✗✗✗✓✓', versions: '✗✗✗✓✓' },
  events: /*           */ { create: '✗✗✗✓✓', read: '✗✗✗✓✓', update: '✗✗✗✓✓', delete: '✗✗✗✗✓', publish: '✗✗✗✓✓', versions: '✗✗✗✓✓' },
  'work-schedules': /* */ { create: '✗✗✗✓✓', read: '✗✗✗✓✓', update: '✗✗✗✓✓', delete: '✗✗✗✗✓', publish: '✗✗✗✓✓', versions: '✗✗✗✓✓' },
  corrections: /*      */ { create: '✗✗✗✓✓', read: '✓✓✓✓✓', update: '✗✗✗✓✓', delete: '✗✗✗✗✓' },
  themes: /*           */ { create: '✗✗✗✓✓', read: '✓✓✓✓✓', update: '✗✗✗✓✓', delete: '✗✗✗✗✓' },
  schools: /*          */ { create: '✗✗✗✗✓', read: '✓✓✓✓✓', update: '✗✗✗✗✓', delete: '✗✗✗✗✓' },
  media: /*            */ { create: '✗✓✓✓✓', read: '✓✓✓✓✓', update: '✗✗✗✓✓', delete: '✗✗✗✓✓' },
  files: /*            */ { create: '✗✗✗✓✓', read: '✓✓✓✓✓', update: '✗✗✗✓✓', delete: '✗✗✗✗✓' },
  feedback: /*         */ { create: '✗✗✗✓✓', read: '✗✗✗✓✓', update: '✗✗✗✓✓', delete: '✗✗✗✗✓' },
  'opinion-reports': /* */ { create: '✗✓✓✓✓', read: '✗✓✗✓✓', update: '✗✓✗✓✓', delete: '✗✗✗✗✓' },
  'department-reports': { create: '✗✗✗✓✓', read: '✗✗✗✓✓', update: '✗✗✗✓✓', delete: '✗✗✗✗✓' },
  users: /*            */ { create: '✗✗✗✗✓', read: '✗✗✗✗✓', update: '✗✗✗✗✓', delete: '✗✗✗✗✓' },
  'audit-log': /*      */ { create: '✗✗✗✗✗', read: '✗✗✗✗✓', update: '✗✗✗✗✗', delete: '✗✗✗✗✗' },
  'global:site-settings': { read: '✓✓✓✓✓', update: '✗✗✗✗✓' },
  'global:organisation': { read: '✓✓✓✓✓', update: '✗✗✗✓✓' },
  'global:site-build': { read: '✗✗✗✓✓', update: '✗✗✗✗✗' },
}

const PASSWORD = 'MatKhau@Ma-Tran-2026'
const DENIED = [401, 403, 404, 405]
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let server: TestServer
const tokens: Partial<Record<Role, string>> = {}
let schoolA: number
let schoolB: number
let png: Buffer
let pdf: Buffer
let counter = 0

const o = { overrideAccess: true, depth: 0 } as const
const strip = (doc: Record<string, unknown>) => {
  const {
    id: _i,
    createdAt: _c,
    updatedAt: _u,
    slug: _s,
    _status: _st,
    sizes: _sz,
    url: _url,
    thumbnailURL: _t,
    filename: _f,
    mimeType: _m,
    filesize: _fs,
    width: _w,
    height: _h,
    focalX: _fx,
    focalY: _fy,
    commentCount: _cc,
    reviewState: _rs,
    submittedAt: _sa,
    reviewNote: _rn,
    ...rest
  } = doc
  return rest
}

/** A fresh target of the collection, owned by school A and not published, made through the Local API. */
async function target(collection: string): Promise<Record<string, unknown>> {
  counter++
  if (collection === 'media') {
    return payload.create({
      ...o,
      collection: 'media',
      data: { alt: `Ảnh ma trận ${counter}` },
      file: { data: png, mimetype: 'image/png', name: `m${counter}.png`, size: png.length },
    }) as never
  }
  if (collection === 'files') {
    return payload.create({
      ...o,
      collection: 'files',
      data: { title: `Tệp ma trận ${counter}` },
      file: { data: pdf, mimetype: 'application/pdf', name: `t${counter}.pdf`, size: pdf.length },
    }) as never
  }
  if (collection === 'users') {
    return payload.create({
      ...o,
      collection: 'users',
      data: { email: `khac${counter}@test.example`, password: PASSWORD, name: 'Người khác', role: 'school', school: schoolB },
    }) as never
  }
  if (collection === 'feedback') {
    return payload.create({
      ...o,
      collection: 'feedback',
      data: {
        code: generateReferenceCode(),
        status: 'moi',
        receivedAt: new Date().toISOString(),
        kind: 'gop-y',
        subject: 'Ma trận',
        message: 'Nội dung ma trận quyền.',
        name: 'A',
        consent: true,
      },
    }) as never
  }
  if (collection === 'audit-log') {
    return payload.create({
      ...o,
      collection: 'audit-log',
      data: { at: new Date().toISOString(), action: 'created', targetCollection: 'x' },
    }) as never
  }
  // a yearly period of its own for every target (one report per school per period)
  if (collection === 'opinion-reports')
    return payload.create({
      ...o,
      collection,
      data: { school: schoolA, periodType: 'nam', year: 2000 + counter, summary: 'Ma trận' } as never,
    }) as never
  if (collection === 'department-reports')
    return payload.create({ ...o, collection, data: { periodType: 'nam', year: 2000 + counter } as never }) as never
  if (collection === 'themes')
    return payload.create({
      ...o,
      collection: 'themes',
      data: { name: `Chủ đề ${counter}`, slug: `chu-de-${counter}`, order: 100 + counter, year: 2024, status: 'dang-ap-dung' },
    }) as never
  if (collection === 'corrections') {
    const [article] = (await payload.find({ ...o, collection: 'articles', where: { _status: { equals: 'published' } }, limit: 1 })).docs
    return payload.create({
      ...o,
      collection: 'corrections',
      data: {
        target: { relationTo: 'articles', value: article!.id },
        title: `Đính chính ${counter}`,
        correctedOn: new Date().toISOString(),
        decidedBy: 'Trưởng phòng',
        text: 'Nội dung đính chính.',
      },
    }) as never
  }
  if (collection === 'schools')
    return payload.create({ ...o, collection: 'schools', data: { name: `Trường ${counter}`, level: 'thcs', commune: 'Kim Tân' } }) as never
  // drafts collections: a copy of a seeded document, as a draft, owned by school A where the collection has schools
  const [model] = (await payload.find({ ...o, collection: collection as 'articles', limit: 1 })).docs as unknown as Record<
    string,
    unknown
  >[]
  const data = {
    ...strip(model),
    _status: 'draft',
    ...titleFields(collection),
    ...(collection === 'articles' || collection === 'exemplars' ? { school: schoolA } : {}),
  }
  return payload.create({ ...o, collection: collection as 'articles', draft: true, data: data as never }) as never
}

function titleFields(collection: string): Record<string, unknown> {
  counter++
  if (collection === 'documents') return { number: `${counter}/TB-MT`, summary: `Văn bản ma trận ${counter}` }
  // the copied rows would keep the seeded rows' ids: new rows, a new name
  if (collection === 'procedures')
    return { name: `Thủ tục ma trận ${counter}`, papers: [{ paper: 'Đơn đề nghị' }], steps: [{ step: 'Nộp hồ sơ.' }] }
  // one schedule per week: a week of its own (Mondays from 03/01/2000), its entry on that Monday
  if (collection === 'work-schedules') {
    const monday = new Date(Date.UTC(2000, 0, 3) + counter * 7 * 86_400_000).toISOString().slice(0, 10)
    const day = `${monday}T05:00:00.000Z`
    return { weekStart: day, entries: [{ day, time: '8 giờ 00', content: 'Lịch ma trận', leaders: 'Trưởng phòng' }] }
  }
  return { title: `Bài ma trận ${counter}` }
}

async function createBody(collection: string): Promise<RequestInit> {
  if (collection === 'media' || collection === 'files') {
    const form = new FormData()
    const [bytes, type, name] = collection === 'media' ? [png, 'image/png', 'a.png'] : [pdf, 'application/pdf', 'a.pdf']
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
    form.append('_payload', JSON.stringify(collection === 'media' ? { alt: 'Ảnh tải lên' } : { title: 'Tệp tải lên' }))
    return { method: 'POST', body: form }
  }
  const t = await target(collection)
  await payload.delete({ ...o, collection: collection as 'articles', id: t.id as number }).catch(() => undefined)
  const body = strip(t)
  if (collection === 'users') Object.assign(body, { email: `moi${counter}@test.example`, password: PASSWORD })
  if (collection === 'feedback') Object.assign(body, { code: 'GY-2026-ZZZZZ' })
  if (collection === 'themes') Object.assign(body, { slug: `chu-de-moi-${counter}` })
  return {
    method: 'POST',
    body: JSON.stringify({ ...body, ...titleFields(collection), _status: 'draft' }),
    headers: { 'content-type': 'application/json' },
  }
}

async function request(role: Role, collection: string, op: Op): Promise<number> {
  const auth: Record<string, string> = tokens[role] ? { authorization: `JWT ${tokens[role]}` } : {}
  const send = async (path: string, init: RequestInit) =>
    (await fetch(`${server.url}/api${path}`, { ...init, headers: { ...auth, ...(init.headers as Record<string, string>) } })).status
  const json = { 'content-type': 'application/json' }
  if (collection.startsWith('global:')) {
    const slug = collection.slice(7)
    if (op === 'read') return send(`/globals/${slug}`, {})
    return send(`/globals/${slug}`, { method: 'POST', headers: json, body: JSON.stringify({}) })
  }
  if (op === 'create') return send(`/${collection}`, await createBody(collection))
  const t = await target(collection)
  if (op === 'read') return send(`/${collection}/${t.id}?draft=true`, {})
  if (op === 'versions') {
    // one stored version of the target, by its id (the version history: drafts and the reviewer's note)
    const [version] = (
      await payload.findVersions({ ...o, collection: collection as 'articles', where: { parent: { equals: t.id } }, limit: 1 })
    ).docs
    return send(`/${collection}/versions/${version.id}`, {})
  }
  if (op === 'update') {
    const patch =
      collection === 'users'
        ? { name: 'Đổi tên' }
        : collection === 'media'
          ? { alt: 'Đổi mô tả' }
          : collection === 'files'
            ? { title: 'Đổi tên tệp' }
            : collection === 'feedback'
              ? { subject: 'Đổi' }
              : collection === 'schools' || collection === 'themes'
                ? { name: 'Đổi tên' }
                : collection === 'audit-log'
                  ? { summary: 'Đổi' }
                  : collection === 'documents'
                    ? { summary: 'Đổi trích yếu' }
                    : { title: 'Đổi tiêu đề' }
    return send(`/${collection}/${t.id}?draft=true`, { method: 'PATCH', headers: json, body: JSON.stringify(patch) })
  }
  if (op === 'delete') return send(`/${collection}/${t.id}`, { method: 'DELETE' })
  return send(`/${collection}/${t.id}`, { method: 'PATCH', headers: json, body: JSON.stringify({ _status: 'published' }) })
}

beforeAll(async () => {
  ctx = await freshPayload('matrix')
  payload = ctx.payload
  await seed(payload, { demoUsers: false })
  const schools = (await payload.find({ ...o, collection: 'schools', limit: 2, sort: 'name' })).docs
  schoolA = schools[0].id
  schoolB = schools[1].id
  pdf = await new Promise<Buffer>((resolve) => {
    const doc = new PDFDocument()
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.text('Van ban kiem thu')
    doc.end()
  })
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#1d4e89' } })
    .png()
    .toBuffer()
  const users: [Role, string, 'admin' | 'editor' | 'school', number?][] = [
    ['admin', 'admin@mt.example', 'admin'],
    ['editor', 'editor@mt.example', 'editor'],
    ['schoolA', 'a@mt.example', 'school', schoolA],
    ['schoolB', 'b@mt.example', 'school', schoolB],
  ]
  for (const [, email, role, school] of users)
    await payload.create({ ...o, collection: 'users', data: { email, password: PASSWORD, name: email, role, school } })
  server = await startServer(ctx.dataDir)
  for (const [role, email] of users) tokens[role] = await loginToken(server.url, email, PASSWORD)
}, 240_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('the access matrix', () => {
  it('every cell answers as the table says', async () => {
    const mismatches: string[] = []
    let cells = 0
    for (const [collection, ops] of Object.entries(MATRIX)) {
      for (const [op, row] of Object.entries(ops) as [Op, string][]) {
        const expected = [...row]
        for (const [i, role] of ROLES.entries()) {
          const status = await request(role, collection, op)
          cells++
          const ok = expected[i] === '✓' ? status >= 200 && status < 300 : DENIED.includes(status)
          if (!ok) mismatches.push(`${collection} ${op} ${role}: expected ${expected[i]}, got ${status}`)
        }
      }
    }
    expect(mismatches).toEqual([])
    expect(cells).toBe(Object.values(MATRIX).reduce((n, ops) => n + Object.keys(ops).length * ROLES.length, 0))
  }, 300_000)
})
