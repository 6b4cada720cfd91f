import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { schoolYearLabel, schoolYearOf } from '@gd/shared/disclosures'
import { recordsNow } from '../../cms/src/seed/records-clock'
import { launchChromium } from '../helpers/browser'
import { reviewScreenshot } from '../helpers/screenshots'
import type { TestServer } from '../helpers/server'
import { guardedPage, sharedProduct } from './page-types'

/**
 * Công khai and the organisation page on the running product, as a citizen on a phone: from the schools' directory
 * to a school's disclosure for the newest school year, its file downloaded; the school's own page lists it; search finds
 * it. On /gioi-thieu/ the leaders have their photo, title and responsibilities, the staff directory is grouped by
 * field of work, and a long e-mail address wraps only before its @ or a dot, never letter by letter.
 */
let product: TestServer
let browser: Browser
const LONG = 90_000
// the demo owner's last school year (2024-2025: it ended on 01/07/2025), the newest its schools disclosed for
const year = schoolYearOf(recordsNow(new Date()))

beforeAll(async () => {
  product = sharedProduct()
  browser = await launchChromium()
}, 120_000)
afterAll(async () => {
  await browser?.close()
})

describe('Công khai, as a citizen', () => {
  it('finds a school’s disclosure for the newest school year and downloads its file', async () => {
    const { context, page, outside } = await guardedPage(browser, product.url, { width: 360 })
    page.setDefaultTimeout(LONG)
    await page.goto(`${product.url}/truong-hoc/`)
    await Promise.all([page.waitForURL(/\/cong-khai\/$/), page.locator('main a[href="/cong-khai/"]').first().click()])
    expect(await page.locator('h1').innerText()).toBe('Công khai của nhà trường')
    const school = page.locator('main section', { has: page.locator('h2', { hasText: 'Trường Tiểu học Kim Xuyên' }) })
    const thisYear = school.locator('section', { has: page.locator('h3', { hasText: schoolYearLabel(year) }) })
    const item = thisYear.locator('.card__title a', { hasText: 'Kế hoạch tuyển sinh lớp 1 của Trường Tiểu học Kim Xuyên' })
    await Promise.all([page.waitForURL(/\/cong-khai\/[^/]+\/$/), item.click()])
    const main = await page.locator('main').innerText()
    expect(main).toContain('Trường Tiểu học Kim Xuyên')
    expect(main).toContain('Tuyển sinh')
    expect(main).toContain(year.replace('-', '–'))
    expect(main).toContain('Thông tư số 09/2024/TT-BGDĐT')
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('main a[download]').first().click()])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    const stream = await download.createReadStream()
    const chunks: Buffer[] = []
    for await (const c of stream) chunks.push(c as Buffer)
    const pdf = Buffer.concat(chunks)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.length).toBeGreaterThan(1000)
    expect(outside).toEqual([])
    await context.close()
  }, 180_000)

  for (const width of [360, 1366]) {
    it(`shows the list, a disclosure and a school's page within the screen (${width} px)`, async () => {
      const { context, page } = await guardedPage(browser, product.url, { width })
      page.setDefaultTimeout(LONG)
      for (const [name, path] of [
        ['cong-khai', '/cong-khai/'],
        ['cong-khai-muc', await firstDisclosure(page)],
        ['truong-cong-khai', '/truong-hoc/truong-mam-non-phu-thai/'],
      ] as const) {
        await page.goto(`${product.url}${path}`)
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${path} ${width}`).toBe(true)
        await reviewScreenshot(page, `${name}-${width}`)
      }
      await context.close()
    }, 120_000)
  }

  it('sees it on the school’s page and finds it with the site’s search', async () => {
    const { context, page } = await guardedPage(browser, product.url, { width: 1366 })
    page.setDefaultTimeout(LONG)
    await page.goto(`${product.url}/truong-hoc/truong-tieu-hoc-kim-xuyen/`)
    const section = page.locator('section', { has: page.locator('h2#cong-khai') })
    expect(await section.locator('h3').first().innerText()).toBe(schoolYearLabel(year))
    expect(await section.innerText()).toContain('Kế hoạch tuyển sinh lớp 1 của Trường Tiểu học Kim Xuyên')
    await page.goto(`${product.url}/tim-kiem/?q=${encodeURIComponent('tuyen sinh lop 1 Kim Xuyen')}`)
    // what the search page said, if no result came (a CI run once timed out here without telling)
    await page
      .locator('#search-results a[href^="/cong-khai/"]')
      .first()
      .waitFor({ timeout: 30_000 })
      .catch(async (err: Error) => {
        throw new Error(`${err.message}\nTrang tìm kiếm báo: ${await page.locator('#search-status').innerText()}`)
      })
    await context.close()
  }, 120_000)
})

/** The address of the first disclosure listed on /cong-khai/. */
async function firstDisclosure(page: Page): Promise<string> {
  await page.goto(`${product.url}/cong-khai/`)
  return (await page.locator('main a[href^="/cong-khai/"]:not([href="/cong-khai/"])').first().getAttribute('href'))!
}

/** Whether every line break inside the element's text falls before an @ or a dot. */
const breaksOnlyAtPunctuation = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) =>
    links.map((a) => {
      const chars: { ch: string; top: number }[] = []
      const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (let i = 0; i < (n.textContent ?? '').length; i++) {
          const r = document.createRange()
          r.setStart(n, i)
          r.setEnd(n, i + 1)
          const rect = r.getBoundingClientRect()
          chars.push({ ch: n.textContent![i]!, top: Math.round(rect.top) })
        }
      }
      const badBreaks = chars.filter((c, i) => i > 0 && c.top > chars[i - 1]!.top + 2 && !'.@'.includes(c.ch))
      return { text: a.textContent, lines: new Set(chars.map((c) => c.top)).size, badBreaks: badBreaks.length }
    }),
  )

describe('Giới thiệu, as a citizen', () => {
  for (const width of [360, 1366]) {
    it(`sees the leaders with photos and the staff directory by field of work (${width} px)`, async () => {
      const { context, page, outside } = await guardedPage(browser, product.url, { width })
      page.setDefaultTimeout(LONG)
      await page.goto(`${product.url}/gioi-thieu/`)
      const leaders = page.locator('section', { has: page.locator('h2#lanh-dao') })
      const first = leaders.locator('li').first()
      expect(await first.locator('h3').innerText()).toBe('Trần Quốc Khánh')
      expect(await first.innerText()).toContain('Lĩnh vực phụ trách')
      const photo = first.locator('img')
      expect(await photo.getAttribute('alt')).toContain('Trần Quốc Khánh')
      // a lazy image does not hold the page's load event: wait for it to arrive (it must, and be a real picture)
      await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
      const directory = page.locator('section', { has: page.locator('h2#danh-ba') })
      expect(await directory.locator('h3').allInnerTexts()).toContain('Giáo dục mầm non')
      expect(await directory.locator('a[href^="tel:"]').count()).toBeGreaterThanOrEqual(6)
      const emails = await breaksOnlyAtPunctuation(page, 'main a[href^="mailto:"]')
      expect(emails.length).toBeGreaterThanOrEqual(10)
      expect(emails.filter((e) => e.badBreaks > 0)).toEqual([])
      // a phone number stays on one line
      const phones = await page
        .locator('main a[href^="tel:"]')
        .evaluateAll((as) => as.filter((a) => a.getClientRects().length > 1).map((a) => a.textContent))
      expect(phones).toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
      await reviewScreenshot(page, `gioi-thieu-${width}`)
      expect(outside).toEqual([])
      await context.close()
    }, 120_000)
  }
})
