import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { seed } from '../../cms/src/seed/index'
import { ensureProductionAdmin } from '../../cms/src/seed/admin'
import { freshPayload } from '../helpers/payload'

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
