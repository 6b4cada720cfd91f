import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loginToken } from '../helpers/auth'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'
import { paragraphsToLexical } from '../../cms/src/seed/lexical'

/**
 * A theme or a school something links to is not deleted (cms/src/utilities/keepWhileLinked.ts), over REST as in the
 * admin: deleting took the links along, and a published article whose only theme it was had none left, a school's
 * account no school.
 */
let server: TestServer
let ctx: Awaited<ReturnType<typeof freshPayload>>
let admin: Record<string, string>
let f: Awaited<ReturnType<typeof createFixtures>>
let theme: { id: number }
let article: { id: number }

beforeAll(async () => {
  ctx = await freshPayload('delete-in-use')
  f = await createFixtures(ctx.payload)
  theme = await ctx.payload.create({
    collection: 'themes',
    overrideAccess: true,
    data: { name: 'Chủ đề của năm học cũ', slug: 'chu-de-cua-nam-hoc-cu', order: 90, year: 2024, status: 'dang-ap-dung' },
  })
  article = await ctx.payload.create({
    collection: 'articles',
    overrideAccess: true,
    data: { title: 'Tin chỉ thuộc chủ đề cũ', content: paragraphsToLexical(['Nội dung.']), themes: [theme.id], _status: 'published' },
  })
  server = await startServer(ctx.dataDir)
  admin = { authorization: `JWT ${await loginToken(server.url, 'admin@test.example')}`, 'content-type': 'application/json' }
}, 300_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

const themesOf = async (id: number) =>
  ((await ctx.payload.findByID({ collection: 'articles', id, overrideAccess: true, depth: 0 })).themes ?? []).map(Number)

describe('deleting a theme', () => {
  it('is refused while an article uses it, saying where and what to do instead; nothing changes', async () => {
    const res = await fetch(`${server.url}/api/themes/${theme.id}`, { method: 'DELETE', headers: admin })
    expect(res.status).toBe(409)
    const message = ((await res.json()) as { errors: { message: string }[] }).errors[0]!.message
    expect(message).toContain('Chưa xóa được chủ đề này: đang được dùng ở Tin bài (1)')
    expect(message).toContain('Đã kết thúc')
    expect((await fetch(`${server.url}/api/themes/${theme.id}`)).status).toBe(200)
    expect(await themesOf(article.id)).toEqual([theme.id])
  })

  it('goes through once nothing uses it any more', async () => {
    const moved = await fetch(`${server.url}/api/articles/${article.id}`, {
      method: 'PATCH',
      headers: admin,
      body: JSON.stringify({ themes: [f.theme.id] }),
    })
    expect(moved.status).toBe(200)
    expect((await fetch(`${server.url}/api/themes/${theme.id}`, { method: 'DELETE', headers: admin })).status).toBe(200)
    expect((await fetch(`${server.url}/api/themes/${theme.id}`)).status).toBe(404)
    expect(await themesOf(article.id)).toEqual([f.theme.id])
  })
})

describe('deleting a school', () => {
  it('is refused while its account and items use it; nothing changes', async () => {
    const res = await fetch(`${server.url}/api/schools/${f.schoolA.id}`, { method: 'DELETE', headers: admin })
    expect(res.status).toBe(409)
    const message = ((await res.json()) as { errors: { message: string }[] }).errors[0]!.message
    expect(message).toMatch(/^Chưa xóa được trường này: đang được dùng ở .*Người dùng \(\d+\)/)
    expect((await fetch(`${server.url}/api/schools/${f.schoolA.id}`)).status).toBe(200)
    const account = await ctx.payload.findByID({ collection: 'users', id: f.schoolUserA.id, overrideAccess: true, depth: 0 })
    expect(Number(account.school)).toBe(f.schoolA.id)
  })

  it('goes through for a school nothing uses', async () => {
    const empty = await ctx.payload.create({
      collection: 'schools',
      overrideAccess: true,
      data: { name: 'Trường Tiểu học đã giải thể', level: 'tieu-hoc', commune: 'Lai Khê' },
    })
    expect((await fetch(`${server.url}/api/schools/${empty.id}`, { method: 'DELETE', headers: admin })).status).toBe(200)
  })
})
