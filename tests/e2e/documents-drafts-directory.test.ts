import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { viCollator } from '@gd/shared/text'
import { launchChromium, outsideRequests } from '../helpers/browser'
import type { TestServer } from '../helpers/server'
import { sharedProduct } from './page-types'

/**
 * The portal pages end to end on `npm start` with its demo content: the documents library and its filters, plan
 * 92/KH-PGDĐT and its PDF, a comment on an open draft sent without JavaScript, the schools directory in Vietnamese
 * order, the organisation, contact and spokesperson pages.
 */
let product: TestServer
let browser: Browser

beforeAll(async () => {
  product = sharedProduct()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const rowNumbers = (page: Page) => page.locator('table.doc-table tbody th[scope="row"] a').allInnerTexts()

describe('the documents library', () => {
  it('lists documents newest first, filters by type and year without JavaScript, and serves plan 92 as a PDF', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const outside = outsideRequests(page, product.url)
    await page.goto(`${product.url}/van-ban/`)
    expect(await page.locator('h1').innerText()).toBe('Văn bản')
    expect(await page.locator('table.doc-table thead th').allInnerTexts()).toEqual(['Số hiệu', 'Ngày ban hành', 'Trích yếu', 'Tải về'])
    const dates = await page.locator('table.doc-table tbody time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!))
    expect(dates.length).toBeGreaterThanOrEqual(8)
    expect([...dates].sort().reverse()).toEqual(dates)

    await page.getByRole('navigation', { name: 'Lọc văn bản' }).getByRole('link', { name: 'Kế hoạch', exact: true }).click()
    await page.waitForURL(/\/van-ban\/loai\/ke-hoach\/$/)
    const plans = await rowNumbers(page)
    expect(plans).toContain('92/KH-PGDĐT')
    expect(
      await page
        .locator('table.doc-table tbody .doc-table__type')
        .evaluateAll((els) => els.filter((e) => e.closest('th')).map((e) => e.textContent)),
    ).toEqual(plans.map(() => 'Kế hoạch'))

    await page.getByRole('navigation', { name: 'Lọc văn bản' }).getByRole('link', { name: '2019', exact: true }).click()
    await page.waitForURL(/\/van-ban\/nam\/2019\/$/)
    expect(await rowNumbers(page)).toEqual(['12/QĐ-PGDĐT'])

    await page.getByRole('navigation', { name: 'Lọc văn bản' }).getByRole('link', { name: 'Sở Giáo dục và Đào tạo Hải Dương' }).click()
    await page.waitForURL(/\/van-ban\/co-quan\/so-giao-duc-va-dao-tao-hai-duong\/$/)
    expect(await rowNumbers(page)).toEqual(['462/KH-SGDĐT'])

    await page.goto(`${product.url}/van-ban/loai/ke-hoach/`)
    await page.getByRole('link', { name: '92/KH-PGDĐT', exact: true }).click()
    await page.waitForURL(/\/van-ban\/92-kh-pgddt-2024\/$/)
    expect(await page.locator('h1').innerText()).toBe('Kế hoạch 92/KH-PGDĐT')
    const facts = await page.locator('main dl.facts').innerText()
    expect(facts).toContain('14/03/2024')
    expect(facts).toContain('Phòng Giáo dục và Đào tạo huyện Kim Thành')
    expect(await page.locator('main .lead').innerText()).toBe('Triển khai công tác truyền thông năm 2024')
    expect(await page.locator('main').innerText()).toContain('462/KH-SGDĐT')

    const link = page.getByRole('link', { name: /Tải về Kế hoạch 92\/KH-PGDĐT/ })
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^\/api\/files\/file\/.+\.pdf$/)
    const pdf = await page.request.get(`${product.url}${href}`)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    const body = await pdf.body()
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(body.length).toBeGreaterThan(10_000)
    expect(outside).toEqual([])
    await context.close()
  })
})

describe('a draft open for comment', () => {
  it('takes a comment without JavaScript: errors with what was typed, then the reference code', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${product.url}/du-thao/`)
    await page.getByRole('region', { name: 'Đang lấy ý kiến' }).getByRole('link').first().click()
    await page.waitForURL(/\/du-thao\/[a-z0-9-]+\/$/)
    const draftUrl = page.url()
    await page.getByLabel('Nội dung góp ý').fill('Đề nghị bổ sung tuyến xe đưa đón cho học sinh ở xa trường hơn 5 km.')
    await page.getByRole('button', { name: 'Gửi góp ý' }).click()
    await page.waitForURL(/\/gop-y\/$/)
    const summary = page.getByRole('alert')
    expect(await summary.innerText()).toMatch(/Có lỗi cần sửa/)
    expect(await summary.innerText()).toMatch(/Vui lòng nhập họ và tên/)
    expect(await page.getByLabel('Nội dung góp ý').inputValue()).toContain('xe đưa đón')

    await page.getByLabel(/Điều, khoản/).fill('Điều 3')
    await page.getByLabel('Họ và tên').fill('Vũ Thị Lan')
    await page.getByLabel('Thư điện tử').fill('lan.vu@example.com')
    await page.locator('#f-consent').check()
    await page.getByRole('button', { name: 'Gửi góp ý' }).click()
    await page.waitForURL(/\/du-thao\/da-gui\/\?ma=GY-/)
    const code = new URL(page.url()).searchParams.get('ma')!
    expect(await page.locator('main').innerText()).toContain(code)
    expect(draftUrl).not.toContain('da-gui')
    await context.close()
  })

  it('a closed draft shows how many comments came in and the synthesis', async () => {
    const page = await browser.newPage()
    await page.goto(`${product.url}/du-thao/`)
    await page.getByRole('region', { name: 'Đã hết hạn lấy ý kiến' }).getByRole('link').first().click()
    await page.waitForURL(/\/du-thao\/[a-z0-9-]+\/$/)
    expect(await page.locator('[data-comment-count]').innerText()).toBe('3')
    expect(await page.getByRole('heading', { name: 'Kết quả lấy ý kiến' }).count()).toBe(1)
    expect(await page.locator('main').innerText()).toMatch(/Tiếp thu:/)
    expect(await page.locator('main form').count()).toBe(0)
    await page.close()
  })
})

describe('the organisation pages', () => {
  it('lists schools by level in Vietnamese order, each with its page', async () => {
    const page = await browser.newPage()
    const outside = outsideRequests(page, product.url)
    await page.goto(`${product.url}/truong-hoc/`)
    const tables = page.locator('main table.school-table')
    expect(await tables.count()).toBeGreaterThanOrEqual(3)
    let total = 0
    for (const table of await tables.all()) {
      const names = await table.locator('tbody th[scope="row"]').allInnerTexts()
      expect(names).toEqual([...names].sort(viCollator.compare))
      total += names.length
    }
    expect(total).toBe(16)
    await page.getByRole('link', { name: 'Trường THCS Lai Khê' }).click()
    await page.waitForURL(/\/truong-hoc\/truong-thcs-lai-khe\/$/)
    expect(await page.locator('main dl.facts').innerText()).toMatch(/Điện thoại/)
    expect(await page.getByRole('heading', { name: 'Tin bài của trường' }).count()).toBe(1)
    expect(outside).toEqual([])
    await page.close()
  })

  it('shows the organisation, the contact details and the spokesperson from the CMS', async () => {
    const page = await browser.newPage()
    await page.goto(`${product.url}/gioi-thieu/`)
    expect(await page.locator('h1').innerText()).toMatch(/^Giới thiệu/)
    const about = await page.locator('main').innerText()
    expect(about).toMatch(/Chức năng, nhiệm vụ/)
    expect(about).toMatch(/Cơ cấu tổ chức/)
    expect(await page.locator('.contact-card h3').allInnerTexts()).toEqual(['Trần Quốc Khánh', 'Phạm Thị Minh Thu', 'Đỗ Văn Hải'])

    await page.goto(`${product.url}/lien-he/`)
    const contact = await page.locator('main').innerText()
    expect(contact).toContain('0220 3710 123')
    expect(contact).toContain('pgddt.kimthanh@example.edu.vn')
    expect(contact).toMatch(/Giờ làm việc/)

    await page.goto(`${product.url}/phat-ngon/`)
    const press = await page.locator('main').innerText()
    expect(press).toContain('Trần Quốc Khánh')
    expect(press).toContain('15/01/2024')
    expect(press).toMatch(/Quy chế phát ngôn/)
    await page.getByRole('link', { name: 'Tất cả thông cáo báo chí' }).click()
    await page.waitForURL(/\/phat-ngon\/thong-cao\/$/)
    const releases = await page.locator('main .card__title').allInnerTexts()
    expect(releases.length).toBe(3)
    expect(releases.every((t) => t.startsWith('Thông cáo báo chí'))).toBe(true)
    await page.close()
  })
})
