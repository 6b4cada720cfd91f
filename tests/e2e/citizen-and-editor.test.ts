import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_USERS } from '../../cms/src/seed/users'
import { launchChromium, outsideRequests } from '../helpers/browser'
import { reviewScreenshot } from '../helpers/screenshots'
import type { TestServer } from '../helpers/server'
import { sharedProduct } from './page-types'
import { logIn } from './staff-session'

/**
 * The walking skeleton end to end on the product as `npm start` runs it (migrate, seed, serve, build the site; the
 * run's shared product, tests/e2e/shared-product.ts): a citizen reads, searches and sends feedback, an editor finds it.
 */
let product: TestServer
let browser: Browser
/** the reference code the citizen's feedback got, for the editor to find */
let feedbackCode = ''

beforeAll(async () => {
  product = sharedProduct()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('a citizen reading', () => {
  it('goes from the home page to a theme page to an article', async () => {
    const page = await browser.newPage()
    const outside = outsideRequests(page, product.url)
    await page.goto(`${product.url}/`)
    expect(await page.title()).toContain('Phòng Giáo dục và Đào tạo huyện Kim Thành')
    await reviewScreenshot(page, 'trang-chu')

    await page.getByRole('link', { name: 'Chủ đề', exact: true }).first().click()
    await page
      .getByRole('link', { name: /Chuyển đổi số/ })
      .first()
      .click()
    await page.waitForURL(/\/chu-de\/chuyen-doi-so\/$/)
    expect(await page.locator('h1').innerText()).toMatch(/Chuyển đổi số/)

    const firstArticle = page.locator('main a[href^="/tin-tuc/"]').first()
    const title = (await firstArticle.innerText()).trim()
    await firstArticle.click()
    await page.waitForURL(/\/tin-tuc\/[a-z0-9-]+\/$/)
    expect((await page.locator('h1').innerText()).trim()).toBe(title)
    expect(await page.locator('main').innerText()).toMatch(/Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật/)
    expect(outside).toEqual([])
    await page.close()
  })

  it('finds the “Đào tạo” article by typing “dao”, and “đường” by typing “duong”', async () => {
    const page = await browser.newPage()
    await page.goto(`${product.url}/tim-kiem/`)
    const search = async (q: string) => {
      await page.getByRole('searchbox').fill(q)
      await page.getByRole('searchbox').press('Enter')
      // this query's results, not the previous query's still on the page
      await page
        .locator('#search-status')
        .filter({ hasText: `“${q}”` })
        .waitFor({ timeout: 15_000 })
      await page.locator('.search-results a, [data-search-results] a').first().waitFor({ timeout: 15_000 })
      // each result as read: its title, kind, date and summary
      return page.locator('#search-results li').allInnerTexts()
    }
    expect((await search('dao')).some((t) => t.includes('Đào tạo'))).toBe(true)
    expect((await search('duong')).some((t) => /đường/i.test(t))).toBe(true)
    // a school's result reads its own words, never the tone-less copy kept for matching (SearchFold)
    expect((await search('hoa binh')).some((t) => t.includes('Hòa Bình'))).toBe(true)
    const summaries = await page.locator('#search-results li > p:not(.search-results__facts)').allInnerTexts()
    expect(summaries.join(' ')).not.toMatch(/truong tieu hoc|hoa binh/)
    await page.close()
  })
})

/**
 * The search page asked for “dao” while the index is replaced: the first `stale` reads of its entry file (read twice as
 * the page opens the index: by the page and by Pagefind) name parts of an index another build replaced, which are not
 * there any more; from then on the live entry.
 */
async function searchWhileReplaced(stale: number): Promise<void> {
  const page = await browser.newPage()
  let reads = 0
  await page.route(/\/pagefind\/pagefind-entry\.json/, async (route) => {
    if (reads++ >= stale) return route.continue()
    const live = await (await route.fetch()).text()
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: live.replace(/"hash":"(\w+?)_\w+"/g, '"hash":"$1_0000000"'),
    })
  })
  await page.goto(`${product.url}/tim-kiem/?q=dao`)
  await page.locator('#search-status').filter({ hasText: 'kết quả cho “dao”' }).waitFor({ timeout: 15_000 })
  expect(reads).toBeGreaterThan(stale)
  expect(await page.locator('#search-status').innerText()).toMatch(/^Tìm thấy/)
  expect((await page.locator('#search-results li').allInnerTexts()).some((t) => t.includes('Đào tạo'))).toBe(true)
  await page.close()
}

describe('a citizen searching while the site is rebuilt', () => {
  it('gets results though a build went live as the index loaded (the parts it named gone)', () => searchWhileReplaced(2))
  it('gets results though builds went live twice while it opened the index (twice the parts it named gone)', () => searchWhileReplaced(4))
})

describe('a citizen sending feedback without JavaScript', () => {
  it('sees the errors with what was typed kept, then the reference code', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${product.url}/gop-y/`)
    await page.getByLabel('Tiêu đề').fill('Đề nghị lắp đèn chiếu sáng cổng trường')
    await page.getByLabel('Nội dung').fill('Cổng trường buổi chiều tối rất tối, đề nghị lắp thêm đèn chiếu sáng cho học sinh.')
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click()

    await page.waitForURL(/\/gop-y\/gui\/$/)
    const summary = page.getByRole('alert')
    await expect.poll(() => summary.innerText()).toMatch(/Có lỗi cần sửa/)
    expect(await summary.innerText()).toMatch(/Vui lòng nhập họ và tên/)
    expect(await page.getByLabel('Tiêu đề').inputValue()).toBe('Đề nghị lắp đèn chiếu sáng cổng trường')

    await page.getByLabel('Kiến nghị', { exact: true }).check()
    await page.getByLabel('Họ và tên').fill('Vũ Thị Lan')
    await page.getByLabel('Thư điện tử').fill('lan.vu@example.com')
    await page.locator('#f-consent').check()
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click()
    await page.waitForURL(/\/gop-y\/da-gui\/\?ma=GY-/)
    const code = new URL(page.url()).searchParams.get('ma')!
    expect(await page.locator('main').innerText()).toContain(code)
    feedbackCode = code
    await context.close()
  })
})

describe('an editor', () => {
  it('logs into the admin and finds that feedback', async () => {
    const code = feedbackCode
    expect(code).toMatch(/^GY-/)
    const editor = DEMO_USERS.find((u) => u.role === 'editor')!
    const page = await browser.newPage()
    const outside = outsideRequests(page, product.url)
    await logIn(page, product.url, editor)
    await page.goto(`${product.url}/admin/collections/feedback`)
    await page.getByText(code).first().waitFor({ timeout: 60_000 })
    // whichever column the list links, the row of that code links to the item; follow that link
    const href = await page.locator('tr', { hasText: code }).locator('a[href*="/admin/collections/feedback/"]').first().getAttribute('href')
    expect(href).toMatch(/\/admin\/collections\/feedback\/[\w-]+$/)
    await page.goto(new URL(href!, product.url).href)
    // the citizen's submission, read-only at the top of the item
    const submission = page.locator('section.citizen-submission')
    await expect.poll(() => submission.innerText(), { timeout: 30_000 }).toContain('Vũ Thị Lan')
    expect(await submission.innerText()).toContain('Đề nghị lắp đèn chiếu sáng cổng trường')
    expect(outside).toEqual([])
    await page.close()
  })
})
