import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { seed } from '../../cms/src/seed/index'
import { ensureProductionAdmin } from '../../cms/src/seed/admin'
import { freshPayload } from '../helpers/payload'
import { startServer } from '../helpers/server'

let ctx: Awaited<ReturnType<typeof freshPayload>>

beforeAll(async () => {
  ctx = await freshPayload('seed-prod')
})
afterAll(async () => ctx?.close())

describe('the seed without demo content (production)', () => {
  it('guarantees the ten themes and creates nothing else', async () => {
    const result = await seed(ctx.payload, { demoUsers: false, demoContent: false })
    expect(result.created).toEqual({ themes: 10 })
    for (const collection of ['articles', 'exemplars', 'schools', 'users', 'feedback', 'media'] as const) {
      expect((await ctx.payload.count({ collection, overrideAccess: true })).totalDocs).toBe(0)
    }
  })
})

describe('demo accounts in production', () => {
  it('are refused by the seed itself, and nothing is created', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    try {
      await expect(seed(ctx.payload, { demoUsers: true, demoContent: true })).rejects.toThrow(/NODE_ENV=production/)
    } finally {
      vi.unstubAllEnvs()
    }
    expect((await ctx.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(0)
  })
})

describe('the first administrator (ADMIN_EMAIL, ADMIN_PASSWORD)', () => {
  it('is not created with a weak password: the seed says why, in Vietnamese', async () => {
    const said: string[] = []
    vi.stubEnv('ADMIN_EMAIL', 'quantri@phong-gd.example.gov.vn')
    vi.stubEnv('ADMIN_PASSWORD', 'quantri123')
    try {
      await ensureProductionAdmin(ctx.payload, (m) => said.push(m))
    } finally {
      vi.unstubAllEnvs()
    }
    expect(said.join('\n')).toMatch(/ADMIN_PASSWORD: Mật khẩu chưa đủ mạnh\. Mật khẩu cần có ít nhất 12 ký tự/)
    expect((await ctx.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(0)
  })
})

describe('a site with no account yet (the seed refused the password, or was given none)', () => {
  it("is nobody's: the first account cannot be made over the web, as an administrator or at all", async () => {
    expect((await ctx.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(0)
    const server = await startServer(ctx.dataDir)
    try {
      const account = { email: 'ke-la@example.com', password: 'Chiem-Quyen-2026', name: 'Người lạ', role: 'admin' }
      for (const path of ['/api/users/first-register', '/api/users/first-register/', '/api/users/first-register?depth=0']) {
        const res = await fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(account),
        })
        expect(res.status, path).toBe(403)
        expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/chỉ được tạo khi cài đặt/)
      }
      expect((await ctx.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(0)
      // the admin's screen for it says the same, in Vietnamese, with no form
      const screen = await fetch(`${server.url}/admin/create-first-user`)
      expect(screen.status).toBe(403)
      const html = await screen.text()
      expect(html).toContain('ADMIN_EMAIL và ADMIN_PASSWORD')
      expect(html).not.toContain('<form')
    } finally {
      await server.stop()
    }
  })
})
