import type { Browser, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../helpers/browser'
import { until } from '../helpers/wait'
import type { TestServer } from '../helpers/server'
import { guardedPage, sharedProduct } from './page-types'
import { LONG, sessionApi, signIn } from './staff-session'

/**
 * Thủ tục hành chính and Sự kiện, ngày lễ on the running product. The citizen reaches the procedures from the home
 * page's tasks, finds "chuyển trường" with the site's search and sees where to go, the papers and the portal link
 * (no request to the portal until clicked); sees the next events on the home page and the list upcoming first. The
 * editor creates a procedure in the admin's own form and an event, and both appear after the automatic rebuild.
 * Only this file's own items are asserted on, besides the seeded ones.
 */
let product: TestServer
let browser: Browser
let editor: Page
const TRANSFER = '/thu-tuc-hanh-chinh/chuyen-truong-doi-voi-hoc-sinh-trung-hoc-co-so/'

const get = (path: string) => fetch(`${product.url}${path}`)
const api = (method: string, path: string, data?: unknown) => sessionApi(editor, product.url)(method, path, data)

beforeAll(async () => {
  product = sharedProduct()
  browser = await launchChromium()
  editor = await signIn(browser, product.url, 'editor')
}, 180_000)
afterAll(async () => {
  await browser?.close()
})

describe('Thủ tục hành chính, as a citizen', () => {
  it('goes from the home page to the list, then to a procedure with its papers and portal link', async () => {
    const { context, page, outside } = await guardedPage(browser, product.url, { width: 360 })
    await page.goto(`${product.url}/`)
    await Promise.all([page.waitForURL(/\/thu-tuc-hanh-chinh\/$/), page.locator('main a[href="/thu-tuc-hanh-chinh/"]').first().click()])
    await expect.poll(() => page.locator('main .card').count()).toBeGreaterThanOrEqual(5)
    await Promise.all([page.waitForURL(new RegExp(`${TRANSFER}$`)), page.locator(`main a[href="${TRANSFER}"]`).click()])
    expect(await page.locator('h1').innerText()).toBe('Chuyển trường đối với học sinh trung học cơ sở')
    expect(await page.locator('main').innerText()).toContain('Thành phần hồ sơ')
    expect(await page.locator('main li', { hasText: 'Học bạ (bản chính)' }).count()).toBe(1)
    const portal = page.locator('main a', { hasText: 'Nộp hồ sơ trực tuyến' })
    expect(await portal.getAttribute('href')).toMatch(/^https:\/\/dichvucong\.gov\.vn\//)
    expect(outside).toEqual([])
    await context.close()
  })

  it('finds "chuyển trường" with the search', async () => {
    const { context, page } = await guardedPage(browser, product.url)
    await page.goto(`${product.url}/tim-kiem/?q=${encodeURIComponent('chuyển trường')}`)
    const hit = page.locator(`#search-results a[href^="${TRANSFER}"]`)
    await hit.first().waitFor({ timeout: 30_000 })
    const item = page.locator('#search-results li').filter({ has: page.locator(`a[href^="${TRANSFER}"]`) })
    expect(await item.first().innerText()).toContain('Thủ tục hành chính')
    await context.close()
  })
})

describe('Sự kiện, ngày lễ, as a citizen', () => {
  it('sees the next events on the home page and every one in the list, upcoming first', async () => {
    const home = await (await get('/')).text()
    const block = home.slice(home.indexOf('id="home-events"'))
    expect(home).toContain('id="home-events"')
    expect(block).toContain('Tết Nguyên đán') // seeded: the next Tết
    expect(block.slice(0, block.indexOf('</section>'))).not.toContain('Ngày Nhà giáo Việt Nam') // seeded: the last one
    const list = await (await get('/su-kien/')).text()
    expect(list.indexOf('Sắp diễn ra')).toBeGreaterThan(-1)
    expect(list.indexOf('Sắp diễn ra')).toBeLessThan(list.indexOf('Đã diễn ra'))
    expect(list.indexOf('Tết Nguyên đán')).toBeLessThan(list.indexOf('Đã diễn ra'))
    expect(list.indexOf('Ngày Nhà giáo Việt Nam')).toBeGreaterThan(list.indexOf('Đã diễn ra'))
  })
})

describe('as an editor', () => {
  const NAME = 'Xác nhận hoàn thành chương trình tiểu học cho học sinh chuyển vùng'

  it('creates a procedure in the admin form, publishes it, and it appears after the rebuild', async () => {
    await editor.goto(`${product.url}/admin/collections/procedures/create`)
    await editor.locator('#field-name').waitFor({ timeout: LONG })
    await editor.waitForFunction(() => {
      const el = document.querySelector('#action-save')
      return !!el && Object.keys(el).some((k) => k.startsWith('__reactProps'))
    })
    await editor.locator('#field-name').fill(NAME)
    await editor.locator('#field-summary').fill('Học sinh chuyển vùng đề nghị xác nhận đã hoàn thành chương trình tiểu học.')
    await editor.locator('#field-agency').fill('Trường tiểu học nơi học sinh đã học')
    await editor.locator('#field-submitAt').fill('Văn phòng nhà trường')
    await editor.locator('#field-fee').fill('Không thu lệ phí')
    await editor.locator('#field-timeLimit').fill('Trong ngày làm việc')
    await editor.locator('#field-portalUrl').fill('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html')
    await editor.locator('#field-papers .array-field__add-row').click()
    await editor.locator('#field-papers__0__paper').fill('Đơn đề nghị xác nhận')
    await editor.locator('#field-steps .array-field__add-row').click()
    await editor.locator('#field-steps__0__step').fill('Nộp đơn tại văn phòng nhà trường.')
    const answer = editor.waitForResponse(
      (r: Response) => r.request().method() === 'POST' && new URL(r.url()).pathname.startsWith('/api/procedures'),
      { timeout: LONG },
    )
    await editor.locator('#action-save').click()
    const res = await answer
    expect(res.status()).toBe(201)
    const { doc } = (await res.json()) as { doc: { slug: string; _status: string } }
    expect(doc._status).toBe('published')
    expect(await until(async () => (await get(`/thu-tuc-hanh-chinh/${doc.slug}/`)).status === 200, 180_000, 1000)).toBe(true)
    expect(await (await get('/thu-tuc-hanh-chinh/')).text()).toContain(NAME)
  }, 240_000)

  it('publishes an event for tomorrow: after the rebuild it leads the list and is on the home page', async () => {
    const day = (offset: number) =>
      `${new Date(Date.now() + offset * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })}T05:00:00.000Z`
    const TITLE = 'Hội nghị sơ kết công tác chuyển đổi số trong trường học'
    const created = await api('POST', '/events', {
      title: TITLE,
      kind: 'su-kien',
      startsAt: day(1),
      place: 'Phòng họp Phòng Giáo dục và Đào tạo',
      summary: 'Các trường báo cáo kết quả ứng dụng công nghệ thông tin và chuyển đổi số trong dạy học.',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const wrong = await api('POST', '/events', {
      title: 'Sự kiện sai ngày',
      kind: 'su-kien',
      startsAt: day(5),
      endsAt: day(2),
      summary: 'x',
    })
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(wrong.body)).toContain('Ngày kết thúc phải từ ngày diễn ra trở đi.')
    expect(await until(async () => (await (await get('/su-kien/')).text()).includes(TITLE), 180_000, 1000)).toBe(true)
    const home = await (await get('/')).text()
    expect(home.slice(home.indexOf('id="home-events"'))).toContain(TITLE)
  }, 240_000)
})
