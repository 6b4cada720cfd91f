import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { THEMES } from '@gd/shared/themes'
import { seed } from '../../cms/src/seed/index'
import { freshPayload } from '../helpers/payload'

let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload

beforeAll(async () => {
  ctx = await freshPayload('seed')
  payload = ctx.payload
})
afterAll(async () => ctx?.close())

const count = async (collection: 'themes' | 'schools' | 'articles' | 'exemplars' | 'feedback' | 'users' | 'media') =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs

describe('the demo seed', () => {
  it('fills an empty database with the plan department’s demo content', async () => {
    const result = await seed(payload, { demoUsers: true })
    expect(await count('themes')).toBe(10)
    expect(await count('schools')).toBeGreaterThanOrEqual(15)
    expect(await count('articles')).toBeGreaterThanOrEqual(30)
    expect(await count('exemplars')).toBeGreaterThanOrEqual(8)
    expect(await count('feedback')).toBeGreaterThanOrEqual(3)
    expect(result.demoUsers.map((u) => u.role).sort()).toEqual(['admin', 'editor', 'school'])
    const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
    expect(settings.orgName).toBe('Phòng Giáo dục và Đào tạo huyện Kim Thành')
  }, 120_000)

  it('seeds the ten themes in the plan’s order with their Vietnamese names', async () => {
    const { docs } = await payload.find({ collection: 'themes', sort: 'order', overrideAccess: true, limit: 20 })
    expect(docs.map((d) => [d.order, d.name, d.slug])).toEqual(THEMES.map((t) => [t.order, t.name, t.slug]))
  })

  it('publishes articles on every theme, each with a local WebP-sized cover', async () => {
    const { docs } = await payload.find({ collection: 'articles', overrideAccess: true, limit: 200, depth: 1 })
    expect(docs.every((d) => d._status === 'published')).toBe(true)
    const themesUsed = new Set(docs.flatMap((d) => (d.themes as { slug: string }[]).map((t) => t.slug)))
    expect([...themesUsed].sort()).toEqual(THEMES.map((t) => t.slug).sort())
    const cover = docs[0].cover as { sizes: Record<string, { mimeType: string; width: number }>; alt: string }
    expect(cover.alt).toMatch(/^Ảnh minh họa/)
    expect(cover.sizes.card.mimeType).toBe('image/webp')
    expect(cover.sizes.card.width).toBe(768)
    expect(docs.some((d) => d.title.includes('Đào tạo'))).toBe(true)
    expect(docs.some((d) => /(^|\s)đường(\s|$)/.test(d.title))).toBe(true)
  })

  it('marks every school as demo data', async () => {
    const { docs } = await payload.find({ collection: 'schools', overrideAccess: true, limit: 100 })
    expect(docs.every((d) => d.demo === true)).toBe(true)
  })

  it('is idempotent: a second run creates nothing', async () => {
    const before = await Promise.all((['themes', 'schools', 'articles', 'exemplars', 'feedback', 'users', 'media'] as const).map(count))
    const again = await seed(payload, { demoUsers: true })
    expect(again.created).toEqual({})
    const after = await Promise.all((['themes', 'schools', 'articles', 'exemplars', 'feedback', 'users', 'media'] as const).map(count))
    expect(after).toEqual(before)
  })
})

describe('the seed in production', () => {
  it('creates no demo account', async () => {
    const users = await count('users')
    const result = await seed(payload, { demoUsers: false })
    expect(result.demoUsers).toEqual([])
    expect(await count('users')).toBe(users)
  })
})
