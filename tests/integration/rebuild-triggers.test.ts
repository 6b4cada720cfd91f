import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { loginTokens } from '../helpers/auth'
import { createFixtures } from '../helpers/fixtures'
import { holdFiles, SEARCH_FILES } from '../helpers/held-files'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'
import { until } from '../helpers/wait'

/**
 * Issue 3 §5 on the real server with automatic rebuilds on: each kind of public change an editor makes over REST
 * (an edit of a published item, an unpublish, a delete) reaches the built site by itself; a draft-only edit does
 * not touch it; only an administrator may ask for a full rebuild by hand.
 */
type Who = 'anonymous' | 'school' | 'editor' | 'admin'

let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let server: TestServer
let f: Awaited<ReturnType<typeof createFixtures>>
let siteDist: string
let tokens: Partial<Record<Who, string>> = {}

const built = (...parts: string[]) => {
  try {
    return fs.readFileSync(path.join(siteDist, ...parts, 'index.html'), 'utf8')
  } catch {
    return ''
  }
}
const api = (who: Who, method: string, url: string, body?: unknown) =>
  fetch(`${server.url}/api${url}`, {
    method,
    headers: { ...(tokens[who] ? { authorization: `JWT ${tokens[who]}` } : {}), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
const lastBuildStarted = async () => (await payload.findGlobal({ slug: 'site-build', overrideAccess: true })).startedAt

beforeAll(async () => {
  ctx = await freshPayload('rebuild-triggers')
  payload = ctx.payload
  siteDist = process.env.SITE_DIST!
  f = await createFixtures(payload)
  await payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { orgName: 'Phòng Giáo dục và Đào tạo (kiểm thử)' } })
  server = await startServer(ctx.dataDir, { SITE_REBUILD: 'on', SITE_REBUILD_DEBOUNCE_MS: '200' })
  tokens = await loginTokens(server.url, { school: 'truong-a@test.example', editor: 'editor@test.example', admin: 'admin@test.example' })
  expect((await api('admin', 'POST', '/globals/site-build/rebuild')).status).toBe(202)
  const ready = await until(
    () => built('tin-tuc', f.publishedArticle.slug!) !== '' && built('nguoi-tot-viec-tot', f.publishedExemplarB.slug!) !== '',
    120_000,
  )
  expect(ready, server.output().slice(-3000)).toBe(true)
}, 300_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('a full rebuild by hand', () => {
  it('is for administrators only: editors, schools and anonymous visitors get 403 in Vietnamese', async () => {
    for (const who of ['editor', 'school', 'anonymous'] as const) {
      const res = await api(who, 'POST', '/globals/site-build/rebuild')
      expect(res.status, who).toBe(403)
      expect(JSON.stringify(await res.json()), who).toContain('Chỉ quản trị hệ thống')
    }
  })
})

describe('public changes reach the site by themselves', () => {
  it('an edit of a published article', async () => {
    const res = await api('editor', 'PATCH', `/articles/${f.publishedArticle.id}`, { title: 'Tin đã đăng, nay sửa lại tiêu đề' })
    expect(res.status).toBe(200)
    expect(
      await until(() => built('tin-tuc', f.publishedArticle.slug!).includes('Tin đã đăng, nay sửa lại tiêu đề')),
      server.output().slice(-3000),
    ).toBe(true)
  }, 120_000)

  it('a draft-only edit of a published article never reaches its public page', async () => {
    const before = await lastBuildStarted()
    const res = await api('editor', 'PATCH', `/articles/${f.publishedArticle.id}?draft=true`, { title: 'Bản nháp chưa xuất bản' })
    expect(res.status).toBe(200)
    // whether or not the save asked for a build, give one time to finish, then the page must still be the published one
    await new Promise((r) => setTimeout(r, 3000))
    await until(
      async () =>
        (await lastBuildStarted()) === before ||
        (await payload.findGlobal({ slug: 'site-build', overrideAccess: true })).status !== 'dang-build',
      60_000,
    )
    expect(built('tin-tuc', f.publishedArticle.slug!)).toContain('Tin đã đăng, nay sửa lại tiêu đề')
    expect(built('tin-tuc', f.publishedArticle.slug!)).not.toContain('Bản nháp chưa xuất bản')
  }, 90_000)

  it('an unpublish takes the article off the site, even right after a draft-only edit', async () => {
    // after the draft-only edit above: the item's latest version is a draft, its live row still published
    const held = holdFiles(fs.realpathSync(siteDist), SEARCH_FILES)
    const res = await api('editor', 'PATCH', `/articles/${f.publishedArticle.id}`, { _status: 'draft' })
    expect(res.status).toBe(200)
    const gone = await until(() => built('tin-tuc', f.publishedArticle.slug!) === '')
    const anon = await api('anonymous', 'GET', `/articles/${f.publishedArticle.id}`)
    // the site is live before its build has ended (the compressed copies follow): the build's own account once ended
    const finished = async () => (await payload.findGlobal({ slug: 'site-build', overrideAccess: true })).status !== 'dang-build'
    await until(finished)
    const state = await payload.findGlobal({ slug: 'site-build', overrideAccess: true })
    expect(
      gone,
      JSON.stringify({
        anon: anon.status,
        body: (await anon.text()).slice(0, 300),
        state: { ...state, logTail: state.logTail?.slice(-1500) },
      }),
    ).toBe(true)
    expect(built('tin-tuc')).not.toContain('Tin đã đăng')
    // a page taken off: the whole site is indexed again, into new files, never through the links to the live build's
    // index that the incremental build carried in with the kept pages
    expect(state.logTail).toMatch(/tìm kiếm \(toàn bộ/)
    expect(held.release()).toEqual([])
  }, 120_000)

  it('a delete takes the story off the site and off its list', async () => {
    const res = await api('editor', 'DELETE', `/exemplars/${f.publishedExemplarB.id}`)
    expect(res.status).toBe(200)
    expect(await until(() => built('nguoi-tot-viec-tot', f.publishedExemplarB.slug!) === ''), server.output().slice(-3000)).toBe(true)
    expect(built('nguoi-tot-viec-tot')).not.toContain('Gương tốt trường B (đã đăng)')
  }, 120_000)
})
