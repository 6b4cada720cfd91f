import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { daysOfWeek, mondayOf, weekHref, weekTitle } from '@gd/shared/work-schedule'
import { launchChromium, SAME_ORIGIN } from '../helpers/browser'
import { until } from '../helpers/wait'
import type { TestServer } from '../helpers/server'
import { guardedPage, sharedProduct } from './page-types'
import { LONG, signIn } from './staff-session'

/**
 * Lịch công tác, Sơ đồ trang and the English page on the running product. The citizen opens the schedule on a
 * phone and reads this week (seeded), stacked by day with no wide table, goes to last week and back; next week's
 * draft is not shown. The editor publishes a week through the admin's session and it is in the archive after the
 * rebuild. The site map lists the sections, themes and schools and is linked from the footer; /en/ is in English.
 */
let product: TestServer
let browser: Browser
let editor: Page
const thisMonday = mondayOf(new Date())
const shift = (weeks: number) => mondayOf(new Date(Date.parse(`${thisMonday}T05:00:00Z`) + weeks * 7 * 86_400_000))

const get = (path: string) => fetch(`${product.url}${path}`)

beforeAll(async () => {
  product = sharedProduct()
  browser = await launchChromium()
  editor = await signIn(browser, product.url, 'editor')
}, 180_000)
afterAll(async () => {
  await browser?.close()
})

describe('Lịch công tác, as a citizen', () => {
  it('reads this week on a phone, stacked by day, and goes to last week', async () => {
    const { context, page, outside } = await guardedPage(browser, product.url, { width: 360 })
    await page.goto(`${product.url}/`)
    await Promise.all([page.waitForURL(/\/lich-cong-tac\/$/), page.locator('footer a[href="/lich-cong-tac/"]').click()])
    expect(await page.locator('main').innerText()).toContain('Lịch công tác của lãnh đạo trong tuần này.')
    expect(await page.locator('main h2').first().innerText()).toBe(weekTitle(thisMonday))
    // Monday first, one heading per day, no table, nothing wider than the phone
    const days = await page.locator('main .work-day__title time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')))
    expect(days[0]).toBe(thisMonday)
    expect(days.every((d) => daysOfWeek(thisMonday).includes(d!))).toBe(true)
    expect(await page.locator('main table').count()).toBe(0)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    expect(await page.locator('main').innerText()).toContain('Giao ban lãnh đạo Phòng')
    // next week's draft is nowhere
    expect(await page.locator(`main a[href="${weekHref(shift(1))}"]`).count()).toBe(0)
    expect((await get(weekHref(shift(1)))).status).toBe(404)
    await Promise.all([page.waitForURL(new RegExp(`${weekHref(shift(-1))}$`)), page.locator('main a[rel="prev"]').click()])
    expect(await page.locator('h1').innerText()).toContain(weekTitle(shift(-1)).replace(/^Tuần/, 'tuần'))
    expect(await page.locator(`main a[rel="next"][href="${weekHref(thisMonday)}"]`).count()).toBe(1)
    expect(outside).toEqual([])
    await context.close()
  })

  it('lists every published week in the archive, newest first', async () => {
    const html = await (await get('/lich-cong-tac/')).text()
    const archive = html.slice(html.indexOf('id="cac-tuan"'))
    const hrefs = [...archive.matchAll(/href="(\/lich-cong-tac\/\d{4}-tuan-\d{2}\/)"/g)].map((m) => m[1])
    expect(hrefs.slice(0, 4)).toEqual([0, -1, -2, -3].map((w) => weekHref(shift(w))))
  })
})

describe('Lịch công tác, as an editor', () => {
  it('publishes a week: after the rebuild it has its page and is in the archive', async () => {
    const monday = shift(-6)
    const res = await editor.request.fetch(`${product.url}/api/work-schedules`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...SAME_ORIGIN },
      data: {
        weekStart: `${monday}T05:00:00.000Z`,
        entries: [
          {
            day: `${daysOfWeek(monday)[2]}T05:00:00.000Z`,
            time: '8 giờ 00',
            content: 'Hội nghị sơ kết công tác bán trú học kỳ I.',
            leaders: 'Phó Trưởng phòng Phạm Thị Minh Thu',
            place: 'Phòng họp Phòng Giáo dục và Đào tạo',
            participants: 'Hiệu trưởng các trường mầm non, tiểu học.',
          },
        ],
        _status: 'published',
      },
    })
    expect(res.status()).toBe(201)
    expect(await until(async () => (await get(weekHref(monday))).status === 200, 180_000, 1000)).toBe(true)
    expect(await (await get(weekHref(monday))).text()).toContain('Hội nghị sơ kết công tác bán trú học kỳ I.')
    expect(await (await get('/lich-cong-tac/')).text()).toContain(weekHref(monday))
  }, 240_000)

  it('the admin form is in Vietnamese', async () => {
    await editor.goto(`${product.url}/admin/collections/work-schedules/create`)
    await editor.locator('#field-weekStart').waitFor({ timeout: LONG })
    const text = await editor.locator('body').innerText()
    expect(text).toContain('Tuần bắt đầu từ thứ Hai, ngày')
    expect(text).toContain('Các hoạt động trong tuần')
  }, 120_000)
})

describe('Sơ đồ trang and the English page', () => {
  it('the site map, linked from the footer, lists the sections, every theme and every school', async () => {
    const { context, page } = await guardedPage(browser, product.url)
    await page.goto(`${product.url}/`)
    await Promise.all([page.waitForURL(/\/so-do-trang\/$/), page.locator('footer a[href="/so-do-trang/"]').click()])
    for (const href of ['/tin-tuc/', '/thu-tuc-hanh-chinh/', '/lich-cong-tac/', '/dinh-chinh/', '/gop-y/', '/en/']) {
      expect(await page.locator(`main a[href="${href}"]`).count(), href).toBeGreaterThanOrEqual(1)
    }
    const themes = (await (await get('/api/themes?limit=100&depth=0')).json()) as { docs: { slug: string }[] }
    for (const t of themes.docs) expect(await page.locator(`main a[href="/chu-de/${t.slug}/"]`).count(), t.slug).toBe(1)
    const schools = (await (await get('/api/schools?limit=200&depth=0')).json()) as { docs: { slug: string }[] }
    expect(schools.docs.length).toBeGreaterThan(0)
    for (const s of schools.docs) expect(await page.locator(`main a[href="/truong-hoc/${s.slug}/"]`).count(), s.slug).toBe(1)
    await context.close()
  })

  it('/en/ is in English (lang="en"), from the settings, with the Vietnamese header and footer marked as such', async () => {
    const { context, page, outside } = await guardedPage(browser, product.url)
    await page.goto(`${product.url}/`)
    await Promise.all([page.waitForURL(/\/en\/$/), page.locator('footer a[href="/en/"][lang="en"]').click()])
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('h1').innerText()).toBe('Kim Thanh District Division of Education and Training')
    expect(await page.locator('main').innerText()).toContain('Phu Thai Town')
    expect(await page.locator('main a[href^="mailto:"]').count()).toBe(1)
    expect(await page.locator('footer').evaluate((f) => f.closest('[lang]')?.getAttribute('lang'))).toBe('vi')
    expect(
      await page
        .locator('header')
        .first()
        .evaluate((f) => f.closest('[lang]')?.getAttribute('lang')),
    ).toBe('vi')
    expect(outside).toEqual([])
    await context.close()
  })
})
