import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFixtures } from '../helpers/fixtures'
import { loginTokens } from '../helpers/auth'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * An attacker's tests of Payload's REST API over HTTP against the real server: an anonymous visitor or a school
 * account gets at most 100 documents per request (limit=100000, limit=0 and pagination=false included) and cannot
 * run the job queue; ?draft=true on a save is seen by the review workflow (a school keeps a draft of its published
 * item but, even after that draft save, never changes, unpublishes or publishes the live one; an editor's draft save
 * does not unpublish, the editor's unpublish after it is a take-down).
 */
let server: TestServer
let ctx: Awaited<ReturnType<typeof freshPayload>>
let f: Awaited<ReturnType<typeof createFixtures>>
let tokens: Record<'editor' | 'school' | 'schoolB', string>
const api = (path: string, init: RequestInit & { as?: keyof typeof tokens } = {}) =>
  fetch(`${server.url}/api${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.as ? { authorization: `JWT ${tokens[init.as]}` } : {}) },
  })

beforeAll(async () => {
  ctx = await freshPayload('attack-api')
  f = await createFixtures(ctx.payload)
  for (let i = 0; i < 105; i++) {
    await ctx.payload.create({
      collection: 'schools',
      overrideAccess: true,
      data: { name: `Trường kiểm thử số ${i}`, level: 'tieu-hoc', commune: 'Kim Anh', demo: true },
    })
  }
  server = await startServer(ctx.dataDir)
  tokens = await loginTokens(server.url, {
    editor: 'editor@test.example',
    school: 'truong-a@test.example',
    schoolB: 'truong-b@test.example',
  })
})
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('how much one request returns', () => {
  it.each([
    ['limit=100000&depth=10', undefined],
    ['limit=0', undefined],
    ['pagination=false', undefined],
    ['limit=100000', 'school'],
  ] as const)('?%s as %s: at most 100 documents, the rest by page', async (query, as) => {
    const res = await api(`/schools?${query}`, as ? { as } : {})
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.docs.length).toBeLessThanOrEqual(100)
    expect(body.limit).toBe(100)
    expect(body.totalDocs).toBe(107)
    const next = await (await api(`/schools?${query}&page=2`, as ? { as } : {})).json()
    expect(next.docs).toHaveLength(7)
  })
  it('staff are not capped', async () => {
    const body = await (await api('/schools?limit=1000', { as: 'editor' })).json()
    expect(body.docs).toHaveLength(107)
  })
})

describe('custom endpoints', () => {
  it('a school account gets 403 from the staff and admin endpoints', async () => {
    for (const p of [
      '/department-reports/1/xlsx',
      '/department-reports/1/print',
      '/feedback/thong-ke',
      '/feedback/du-lieu-ca-nhan?email=b@example.com',
    ]) {
      expect((await api(p, { as: 'school' })).status, p).toBe(403)
    }
    expect((await api('/globals/site-build/rebuild', { method: 'POST', as: 'school' })).status).toBe(403)
    expect((await api('/globals/site-build/rebuild', { method: 'POST', as: 'editor' })).status).toBe(403)
  })
})

describe('the job queue', () => {
  it('cannot be run by a visitor or a school account; an editor may', async () => {
    expect([401, 403]).toContain((await api('/payload-jobs/run')).status)
    // Payload answers a refused run with 401 (before: 200 for any logged-in user)
    expect([401, 403]).toContain((await api('/payload-jobs/run', { as: 'school' })).status)
    expect([401, 403]).toContain((await api('/payload-jobs/handle-schedules', { as: 'school' })).status)
    expect((await api('/payload-jobs/run', { as: 'editor' })).status).toBe(200)
  })
})

describe('?draft=true on a save (enforceReview reads the raw query string)', () => {
  it('a school saves a draft of its published item, but may not change the published one', async () => {
    const id = f.publishedExemplarB.id
    const direct = await api(`/exemplars/${id}`, {
      method: 'PATCH',
      as: 'schoolB',
      body: JSON.stringify({ summary: 'Sửa thẳng bản đã đăng.' }),
    })
    expect(direct.status).toBe(403)
    const draft = await api(`/exemplars/${id}?draft=true`, {
      method: 'PATCH',
      as: 'schoolB',
      body: JSON.stringify({ summary: 'Bản nháp mới của nhà trường.' }),
    })
    expect(draft.status).toBe(200)
    const live = await ctx.payload.findByID({ collection: 'exemplars', id, overrideAccess: true })
    expect(live.summary).toBe('Nhặt được của rơi trả người đánh mất.')
  })
  it('after its own draft save, a school still cannot change or unpublish the published item; the live page stays as it was', async () => {
    const id = f.publishedExemplarB.id
    const draft = await api(`/exemplars/${id}?draft=true`, {
      method: 'PATCH',
      as: 'schoolB',
      body: JSON.stringify({ summary: 'Bản nháp thứ hai của nhà trường.' }),
    })
    expect(draft.status).toBe(200)
    const direct = await api(`/exemplars/${id}`, {
      method: 'PATCH',
      as: 'schoolB',
      body: JSON.stringify({ summary: 'Sửa thẳng bản đã đăng sau khi lưu nháp.' }),
    })
    expect(direct.status).toBe(403)
    expect((await direct.json()).errors[0].message).toMatch(/chỉ cán bộ truyền thông/)
    const unpublish = await api(`/exemplars/${id}`, { method: 'PATCH', as: 'schoolB', body: JSON.stringify({ _status: 'draft' }) })
    expect(unpublish.status).toBe(403)
    const publish = await api(`/exemplars/${id}`, {
      method: 'PATCH',
      as: 'schoolB',
      body: JSON.stringify({ _status: 'published', summary: 'Tự xuất bản.' }),
    })
    expect(publish.status).toBe(403)
    const live = await ctx.payload.findByID({ collection: 'exemplars', id, overrideAccess: true })
    expect([live._status, live.summary, live.reviewState]).toEqual(['published', 'Nhặt được của rơi trả người đánh mất.', 'da-xuat-ban'])
    const page = await api(`/exemplars/${id}?depth=0`)
    expect(page.status).toBe(200)
    expect((await page.json()).summary).toBe('Nhặt được của rơi trả người đánh mất.')
    expect((await ctx.payload.findByID({ collection: 'exemplars', id, overrideAccess: true, draft: true })).summary).toBe(
      'Bản nháp thứ hai của nhà trường.',
    )
  })
  it("an editor's unpublish right after a draft save marks the item taken down", async () => {
    const id = f.publishedExemplarB.id
    const res = await api(`/exemplars/${id}`, { method: 'PATCH', as: 'editor', body: JSON.stringify({ _status: 'draft' }) })
    expect(res.status).toBe(200)
    const live = await ctx.payload.findByID({ collection: 'exemplars', id, overrideAccess: true })
    expect([live._status, live.reviewState]).toEqual(['draft', 'go-xuong'])
  })
  it("an editor's draft save of a published article does not mark it taken down", async () => {
    const id = f.publishedArticle.id
    const res = await api(`/articles/${id}?draft=true`, {
      method: 'PATCH',
      as: 'editor',
      body: JSON.stringify({ title: 'Tin đã đăng (đang sửa)', _status: 'draft' }),
    })
    expect(res.status).toBe(200)
    const latest = await ctx.payload.findByID({ collection: 'articles', id, overrideAccess: true, draft: true })
    expect(latest.reviewState).not.toBe('go-xuong')
    expect((await ctx.payload.findByID({ collection: 'articles', id, overrideAccess: true })).title).toBe('Tin đã đăng')
  })
})

describe("Payload's job schedule (payload-jobs-stats)", () => {
  it('nobody reads or writes it over the API: a school cannot stop the daily erasure of personal data by a date in 9999', async () => {
    const farFuture = {
      stats: { scheduledRuns: { queues: { default: { tasks: { 'anonymise-feedback': { lastScheduledRun: '9999-01-01T00:00:00Z' } } } } } },
    }
    const before = JSON.stringify(await ctx.payload.db.findGlobal({ slug: 'payload-jobs-stats', req: {} }))
    for (const who of ['school', 'editor'] as const) {
      expect((await api('/globals/payload-jobs-stats', { as: who })).status, who).toBe(403)
      const write = await api('/globals/payload-jobs-stats', { method: 'POST', as: who, body: JSON.stringify(farFuture) })
      expect(write.status, who).toBe(403)
    }
    expect((await api('/globals/payload-jobs-stats')).status).toBe(403)
    expect(JSON.stringify(await ctx.payload.db.findGlobal({ slug: 'payload-jobs-stats', req: {} }))).toBe(before)
  })
})
