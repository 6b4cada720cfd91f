import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { freshPayload } from '../helpers/payload'
import { createFixtures } from '../helpers/fixtures'

let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let f: Awaited<ReturnType<typeof createFixtures>>

beforeAll(async () => {
  ctx = await freshPayload('access')
  payload = ctx.payload
  f = await createFixtures(payload)
})
afterAll(async () => ctx?.close())

const as = (user: unknown) => ({ overrideAccess: false, user: user as never, depth: 0 })

describe('anonymous visitors (Local API with no user)', () => {
  it('cannot list or read feedback', async () => {
    await expect(payload.find({ collection: 'feedback', overrideAccess: false })).rejects.toThrow()
    await expect(payload.findByID({ collection: 'feedback', id: f.feedback.id, overrideAccess: false })).rejects.toThrow()
  })
  it('see only published articles and exemplars', async () => {
    const articles = await payload.find({ collection: 'articles', overrideAccess: false, draft: true })
    expect(articles.docs.map((d) => d.title)).toEqual(['Tin đã đăng'])
    const exemplars = await payload.find({ collection: 'exemplars', overrideAccess: false, draft: true })
    expect(exemplars.docs.map((d) => d.title)).toEqual(['Gương tốt trường B (đã đăng)'])
  })
  it('cannot create feedback through the API', async () => {
    await expect(
      payload.create({
        collection: 'feedback',
        overrideAccess: false,
        data: {
          code: 'GY-2026-ZZZZZ',
          status: 'moi',
          receivedAt: new Date().toISOString(),
          kind: 'gop-y',
          subject: 'x',
          message: 'y',
          name: 'z',
          consent: true,
        },
      }),
    ).rejects.toThrow()
  })
})

describe('a school contributor', () => {
  it('sees its own drafts and published items, not another school’s drafts', async () => {
    const { docs } = await payload.find({ collection: 'exemplars', ...as(f.schoolUserA), draft: true })
    expect(docs.map((d) => d.title).sort()).toEqual(['Gương tốt trường A (nháp)', 'Gương tốt trường B (đã đăng)'])
  })
  it('creates a story only for its own school, whatever school it names', async () => {
    const doc = await payload.create({
      collection: 'exemplars',
      ...as(f.schoolUserA),
      draft: true,
      data: {
        title: 'Cô giáo tận tụy',
        subjectName: 'Cô Lê Thị C',
        subjectType: 'giao-vien',
        school: f.schoolB.id,
        movement: 'tam-guong-dao-duc',
        summary: 'Tận tụy với học sinh.',
        story: f.exemplarA.story,
        _status: 'draft',
      },
    })
    expect(doc.school).toBe(f.schoolA.id)
  })
  it('cannot publish', async () => {
    await expect(
      payload.update({ collection: 'exemplars', id: f.exemplarA.id, ...as(f.schoolUserA), data: { _status: 'published' } }),
    ).rejects.toThrow(/không được xuất bản/)
    const after = await payload.findByID({ collection: 'exemplars', id: f.exemplarA.id, overrideAccess: true, draft: true })
    expect(after._status).toBe('draft')
  })
  it('cannot touch another school’s story', async () => {
    await expect(
      payload.update({ collection: 'exemplars', id: f.exemplarB.id, ...as(f.schoolUserA), draft: true, data: { title: 'Sửa trộm' } }),
    ).rejects.toThrow()
    await expect(payload.delete({ collection: 'exemplars', id: f.exemplarB.id, ...as(f.schoolUserA) })).rejects.toThrow()
    const after = await payload.findByID({ collection: 'exemplars', id: f.exemplarB.id, overrideAccess: true, draft: true })
    expect(after.title).toBe('Gương tốt trường B (nháp)')
  })
  it('cannot raise its role or move itself to another school', async () => {
    await payload.update({
      collection: 'users',
      id: f.schoolUserA.id,
      ...as(f.schoolUserA),
      data: { role: 'admin', school: f.schoolB.id, name: 'Tên mới' },
    })
    const after = await payload.findByID({ collection: 'users', id: f.schoolUserA.id, overrideAccess: true, depth: 0 })
    expect(after.role).toBe('school')
    expect(after.school).toBe(f.schoolA.id)
    expect(after.name).toBe('Tên mới')
  })
  it('cannot read other accounts or feedback', async () => {
    const users = await payload.find({ collection: 'users', ...as(f.schoolUserA) })
    expect(users.docs.map((u) => u.id)).toEqual([f.schoolUserA.id])
    await expect(payload.find({ collection: 'feedback', ...as(f.schoolUserA) })).rejects.toThrow()
  })
  it('writes school news only as its own school’s draft, and cannot publish it', async () => {
    const news = await payload.create({
      collection: 'articles',
      ...as(f.schoolUserA),
      draft: true,
      data: { title: 'Tin trường', content: f.publishedArticle.content, themes: [f.theme.id], school: f.schoolB.id },
    })
    expect(news.school).toBe(f.schoolA.id)
    expect(news._status).toBe('draft')
    await expect(
      payload.create({
        collection: 'articles',
        ...as(f.schoolUserA),
        data: { title: 'Tin tự đăng', content: f.publishedArticle.content, themes: [f.theme.id], _status: 'published' },
      }),
    ).rejects.toThrow(/không được xuất bản/)
  })
})

describe('an editor', () => {
  it('reads feedback and publishes a school’s story', async () => {
    const { totalDocs } = await payload.count({ collection: 'feedback', ...as(f.editor) })
    expect(totalDocs).toBe(1)
    const doc = await payload.update({ collection: 'exemplars', id: f.exemplarA.id, ...as(f.editor), data: { _status: 'published' } })
    expect(doc._status).toBe('published')
    expect(doc.publishedAt).toBeTruthy()
  })
  it('cannot manage users or change its own role', async () => {
    await expect(
      payload.create({
        collection: 'users',
        ...as(f.editor),
        data: { email: 'x@test.example', password: 'Abc@12345678', name: 'x', role: 'admin' },
      }),
    ).rejects.toThrow()
    await payload.update({ collection: 'users', id: f.editor.id, ...as(f.editor), data: { role: 'admin' } })
    expect((await payload.findByID({ collection: 'users', id: f.editor.id, overrideAccess: true })).role).toBe('editor')
  })
})

describe('an administrator', () => {
  it('manages roles, and a school account must name its school', async () => {
    const err = await payload
      .create({
        collection: 'users',
        ...as(f.admin),
        data: { email: 'moi@test.example', password: 'Abc@12345678', name: 'Mới', role: 'school' },
      })
      .catch((e: { data?: { errors?: { message: string }[] } }) => e)
    expect((err as { data: { errors: { message: string }[] } }).data.errors[0].message).toBe(
      'Tài khoản nhà trường phải gắn với một trường.',
    )
    const u = await payload.create({
      collection: 'users',
      ...as(f.admin),
      data: { email: 'moi@test.example', password: 'Abc@12345678', name: 'Mới', role: 'school', school: f.schoolB.id },
    })
    expect(u.role).toBe('school')
  })
})

describe('slugs', () => {
  it('come from the Vietnamese title and stay unique', async () => {
    const a = await payload.create({
      collection: 'articles',
      overrideAccess: true,
      data: { title: 'Đào tạo giáo viên', content: f.publishedArticle.content, themes: [f.theme.id], _status: 'published' },
    })
    const b = await payload.create({
      collection: 'articles',
      overrideAccess: true,
      data: { title: 'Đào tạo giáo viên', content: f.publishedArticle.content, themes: [f.theme.id], _status: 'published' },
    })
    expect(a.slug).toBe('dao-tao-giao-vien')
    expect(b.slug).toBe('dao-tao-giao-vien-2')
  })
})
