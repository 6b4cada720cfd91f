import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { paragraphsToLexical } from '../../cms/src/seed/lexical'
import { loginTokens } from '../helpers/auth'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * Preview (/xem-truoc/…) over HTTP against the running server: the submitting school and the editors see a draft
 * rendered by the public site's own pages; another school, an anonymous visitor and a guessed URL see nothing of it.
 */
type Who = 'anonymous' | 'schoolA' | 'schoolB' | 'editor'

let server: TestServer
let ctx: Awaited<ReturnType<typeof freshPayload>>
let f: Awaited<ReturnType<typeof createFixtures>>
let schoolArticle: { id: number }
let tokens: Partial<Record<Who, string>> = {}

const preview = (path: string, as: Who) =>
  fetch(`${server.url}/xem-truoc/${path}`, { redirect: 'manual', headers: tokens[as] ? { authorization: `JWT ${tokens[as]}` } : {} })

beforeAll(async () => {
  ctx = await freshPayload('preview')
  f = await createFixtures(ctx.payload)
  schoolArticle = await ctx.payload.create({
    overrideAccess: true,
    depth: 0,
    collection: 'articles',
    draft: true,
    data: {
      title: 'Tin nháp của trường Kim Anh',
      content: paragraphsToLexical(['Lễ khai giảng năm học mới.']),
      themes: [f.theme.id],
      school: f.schoolA.id,
      _status: 'draft',
    },
  })
  server = await startServer(ctx.dataDir)
  tokens = await loginTokens(server.url, {
    schoolA: 'truong-a@test.example',
    schoolB: 'truong-b@test.example',
    editor: 'editor@test.example',
  })
}, 300_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('preview of a draft', () => {
  it('the submitting school sees its own draft story as the public page, marked as a preview, never cached or indexed', async () => {
    const res = await preview(`nguoi-tot-viec-tot/${f.exemplarA.id}/`, 'schoolA')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toContain('no-store')
    expect(res.headers.get('x-robots-tag')).toBe('noindex')
    const html = await res.text()
    expect(html).toContain('Gương tốt trường A (nháp)')
    expect(html).toContain('Bản xem trước')
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">')
  })

  it('the school also previews its own draft news; an editor previews any school’s draft', async () => {
    const own = await preview(`tin-tuc/${schoolArticle.id}/`, 'schoolA')
    expect(own.status).toBe(200)
    expect(await own.text()).toContain('Lễ khai giảng năm học mới.')
    const editor = await preview(`nguoi-tot-viec-tot/${f.exemplarB.id}/`, 'editor')
    expect(editor.status).toBe(200)
    expect(await editor.text()).toContain('Gương tốt trường B (nháp)')
  })

  it('another school gets 404 for the draft, whichever section it guesses, and learns nothing of it', async () => {
    for (const path of [`nguoi-tot-viec-tot/${f.exemplarA.id}/`, `tin-tuc/${schoolArticle.id}/`, `tin-tuc/${f.draftArticle.id}/`]) {
      const res = await preview(path, 'schoolB')
      expect(res.status, path).toBe(404)
      const text = await res.text()
      expect(text).toMatch(/Không tìm thấy bản xem trước/)
      expect(text).not.toMatch(/Gương tốt trường A|Kim Anh|Tin nháp bí mật/)
    }
  })

  it('an anonymous visitor is sent to the login page; bad sections and ids are 404 before any lookup', async () => {
    const anonymous = await preview(`nguoi-tot-viec-tot/${f.exemplarA.id}/`, 'anonymous')
    expect(anonymous.status).toBe(303)
    expect(anonymous.headers.get('location')).toBe(
      `/admin/login?redirect=${encodeURIComponent(`/xem-truoc/nguoi-tot-viec-tot/${f.exemplarA.id}/`)}`,
    )
    for (const path of [`van-ban/${f.exemplarA.id}/`, 'tin-tuc/..%2F..%2Fetc/', `tin-tuc/${'9'.repeat(80)}/`]) {
      expect((await preview(path, 'editor')).status, path).toBe(404)
    }
  })
})
