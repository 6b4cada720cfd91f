import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../helpers/browser'
import { createFixtures, PASSWORD } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/** The statistics dashboard in Chromium: an editor opens /admin/thong-ke, sees charts and tables, nothing from another host. */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let server: TestServer
let browser: Browser

beforeAll(async () => {
  ctx = await freshPayload('statistics-e2e')
  const f = await createFixtures(ctx.payload)
  for (const [i, kind] of ['gop-y', 'phan-anh', 'cau-hoi'].entries()) {
    await ctx.payload.create({
      overrideAccess: true,
      collection: 'feedback',
      data: {
        kind,
        school: f.schoolA.id,
        theme: f.theme.id,
        source: 'website',
        subject: `Ý kiến ${i}`,
        message: 'Nội dung ý kiến để thống kê.',
        name: 'Người dân',
        consent: true,
      } as never,
    })
  }
  server = await startServer(ctx.dataDir)
  browser = await launchChromium()
}, 240_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await ctx?.close()
})

describe('/admin/thong-ke', () => {
  it('an editor sees the charts and the data tables, and the page asks no other host for anything', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' })
    const page = await context.newPage()
    const foreign: string[] = []
    const origin = new URL(server.url).origin
    page.on('request', (r) => {
      const u = new URL(r.url())
      if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) foreign.push(r.url())
    })
    await page.goto(`${server.url}/admin/login`)
    await page.locator('#field-email').fill('editor@test.example')
    await page.locator('#field-password').fill(PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    await expect.poll(() => page.locator('a[href="/admin/thong-ke"]').count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await page.goto(`${server.url}/admin/thong-ke`)
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 30_000 }).toContain('Thống kê ý kiến người dân')
    await expect.poll(() => page.locator('canvas').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(6)
    expect(await page.locator('table caption').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('Bảng số liệu: số ý kiến theo kênh tiếp nhận')]),
    )
    const kindTable = await page.locator('section[data-stat="stat-kind"] table').innerText()
    expect(kindTable).toContain('Góp ý')
    expect(await page.locator('section[data-stat="summary"]').innerText()).toMatch(/Tổng số ý kiến tiếp nhận\s+4/)
    await page.waitForLoadState('networkidle')
    expect(foreign).toEqual([])
    await context.close()
  }, 120_000)
})
