import type { Browser, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../helpers/browser'
import { until } from '../helpers/wait'
import type { TestServer } from '../helpers/server'
import { sharedProduct } from './page-types'
import { LONG, sessionApi, signIn } from './staff-session'

/**
 * Themes are content, end to end on the running product: the editor creates a theme in the admin's own form (no
 * code change), the automatic rebuild gives it a page with the plan's wording, a feed, a search filter and a
 * feedback-form option; a citizen sends feedback on it with JavaScript off; the editor retires it and the page stays,
 * listed under its year, while the form no longer offers it. Only this file's own theme is asserted on.
 */
let product: TestServer
let browser: Browser
let editor: Page
const NAME = 'Giáo dục an toàn giao thông cho học sinh'
const SLUG = 'giao-duc-an-toan-giao-thong-cho-hoc-sinh'
const WORDING = 'Tuyên truyền, giáo dục ý thức chấp hành pháp luật về trật tự, an toàn giao thông cho học sinh trong năm học.'

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

describe('a theme created in the CMS', () => {
  let id: number

  it('the editor creates it in the admin form', async () => {
    await editor.goto(`${product.url}/admin/collections/themes/create`)
    await editor.locator('#field-name').waitFor({ timeout: LONG })
    await editor.waitForFunction(() => {
      const el = document.querySelector('#action-save')
      return !!el && Object.keys(el).some((k) => k.startsWith('__reactProps'))
    })
    await editor.locator('#field-name').fill(NAME)
    await editor.locator('#field-order').fill('11')
    await editor.locator('#field-year').fill('2026')
    await editor.locator('#field-planWording').fill(WORDING)
    const answer = editor.waitForResponse(
      (r: Response) => r.request().method() === 'POST' && new URL(r.url()).pathname.startsWith('/api/themes'),
      { timeout: LONG },
    )
    await editor.locator('#action-save').click()
    const res = await answer
    expect(res.status()).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number; slug: string; status: string } }
    id = doc.id
    expect(doc.slug).toBe(SLUG)
    expect(doc.status).toBe('dang-ap-dung')
  }, 180_000)

  it('gets its page with the plan’s wording, its feed and its search filter after the automatic rebuild', async () => {
    expect(await until(async () => (await get(`/chu-de/${SLUG}/`)).status === 200, 180_000, 1000)).toBe(true)
    const page = await (await get(`/chu-de/${SLUG}/`)).text()
    expect(page).toContain(NAME)
    expect(page).toContain(WORDING)
    expect((await get(`/chu-de/${SLUG}/rss.xml`)).status).toBe(200)
    expect(await (await get('/chu-de/')).text()).toContain(`href="/chu-de/${SLUG}/"`)
    expect(await (await get('/tim-kiem/')).text()).toContain(`<option value="${SLUG}">${NAME}</option>`)
  }, 200_000)

  it('a citizen sends feedback on it with the no-JS form; an unknown theme is refused', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' })
    const citizen = await context.newPage()
    await citizen.goto(`${product.url}/gop-y/`)
    await citizen.locator('#f-kind-gop-y, input[name="kind"][value="gop-y"]').first().check()
    await citizen.locator('#f-theme').selectOption(SLUG)
    await citizen.locator('#f-subject').fill('Đề nghị tăng cường nhắc nhở đội mũ bảo hiểm')
    await citizen
      .locator('#f-message')
      .fill('Nhiều học sinh đi xe đạp điện đến trường không đội mũ bảo hiểm; đề nghị nhà trường nhắc nhở thường xuyên.')
    await citizen.locator('#f-name').fill('Lê Thị Thu')
    await citizen.locator('#f-email').fill('thu.le@example.com')
    await citizen.locator('#f-consent').check()
    await Promise.all([
      citizen.waitForURL(/\/gop-y\/da-gui\/\?ma=GY-/, { timeout: LONG }),
      citizen.locator('form[action="/gop-y/gui/"] button[type="submit"]').click(),
    ])
    const code = new URL(citizen.url()).searchParams.get('ma')!
    const stored = await api('GET', `/feedback?where[code][equals]=${code}&depth=1`)
    expect(stored.body.docs[0].theme.slug).toBe(SLUG)
    await context.close()

    const refused = await fetch(`${product.url}/gop-y/gui/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'gop-y',
        theme: 'chu-de-khong-ton-tai',
        subject: 'Góp ý thử với lĩnh vực lạ',
        message: 'Nội dung góp ý đủ dài để qua kiểm tra độ dài tối thiểu của biểu mẫu.',
        name: 'Lê Thị Thu',
        email: 'thu.le@example.com',
        consent: true,
      }),
    })
    expect(refused.status).toBe(400)
  }, 120_000)

  it('retired, it keeps its page, listed under its year, and leaves the feedback form', async () => {
    expect((await api('PATCH', `/themes/${id}`, { status: 'da-ket-thuc', name: `${NAME} (đã đổi tên)` })).status).toBe(200)
    expect(await until(async () => !(await (await get('/gop-y/')).text()).includes(SLUG), 180_000, 1000)).toBe(true)
    const page = await get(`/chu-de/${SLUG}/`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain(`${NAME} (đã đổi tên)`)
    expect(html).toContain('Chủ đề đã kết thúc cùng kế hoạch năm 2026')
    const list = await (await get('/chu-de/')).text()
    expect(list).toContain('Chủ đề của các kế hoạch trước')
    expect(list.slice(list.indexOf('Chủ đề của các kế hoạch trước'))).toContain(`href="/chu-de/${SLUG}/"`)
  }, 200_000)
})

describe('announcements (Thông báo)', () => {
  const TITLE = 'Thông báo lịch kiểm tra cơ sở vật chất trước học kỳ mới'
  const EXPIRED = 'Thông báo lịch trực bảo vệ trường học dịp nghỉ lễ đã qua'
  const day = (offset: number) => {
    const t = new Date(Date.now() + offset * 86_400_000)
    return `${t.toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })}T05:00:00.000Z`
  }

  it('the citizen finds those in force on the home page, and every one in the list, expired ones marked', async () => {
    const home = await (await get('/')).text()
    expect(home).toContain('id="home-notices"')
    expect(home).toContain('Thông báo lịch tiếp công dân định kỳ của lãnh đạo Phòng') // seeded, in force, no end
    expect(home).not.toContain('Thông báo mời dự hội nghị cha mẹ học sinh về phòng, chống đuối nước') // seeded, expired
    const list = await (await get('/thong-bao/')).text()
    expect(list).toContain('Đã hết hiệu lực')
    expect(list).toContain('Thông báo mời dự hội nghị cha mẹ học sinh về phòng, chống đuối nước')
  })

  it('the editor publishes one in force and one already expired: after the rebuild only the first is on the home page', async () => {
    const body = (title: string, from: number, until: number) => ({
      title,
      summary: 'Các trường rà soát phòng học, thiết bị, hệ thống điện và phòng cháy trước khi học sinh trở lại trường.',
      validFrom: day(from),
      validUntil: day(until),
      _status: 'published',
    })
    expect((await api('POST', '/announcements', body(TITLE, 0, 10))).status).toBe(201)
    expect((await api('POST', '/announcements', body(EXPIRED, -20, -10))).status).toBe(201)
    // an end before the start is refused in Vietnamese
    const wrong = await api('POST', '/announcements', body('Thông báo sai thời hạn', 5, 1))
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(wrong.body)).toContain('Ngày hết hiệu lực phải từ ngày bắt đầu hiệu lực trở đi.')
    expect(await until(async () => (await (await get('/thong-bao/')).text()).includes(EXPIRED), 180_000, 1000)).toBe(true)
    const home = await (await get('/')).text()
    expect(home).toContain(TITLE)
    expect(home).not.toContain(EXPIRED)
  }, 200_000)
})
