import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../helpers/browser'
import type { TestServer } from '../helpers/server'
import { sharedProduct } from './page-types'

/** The status lookup /tra-cuu/ without JavaScript, on the whole product (`npm start`, the site built). */
let product: TestServer
let browser: Browser
let code: string

beforeAll(async () => {
  product = sharedProduct()
  browser = await launchChromium()
  const res = await fetch(`${product.url}/gop-y/gui/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      kind: 'cau-hoi',
      subject: 'Hỏi về lịch tựu trường năm học mới',
      message: 'Xin cho biết lịch tựu trường của các trường tiểu học trên địa bàn năm học tới.',
      name: 'Lê Văn Tâm',
      email: 'tam.le@example.com',
      phone: '0912 345 678',
      consent: true,
    }),
  })
  code = (await res.json()).code
})
afterAll(async () => {
  await browser?.close()
})

/** axe-core's WCAG 2.1 A/AA and 2.2 AA rules in the page: the ids of the violations. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source)
  return page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe }
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    })
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  })
}

describe('a citizen follows feedback without JavaScript', () => {
  it('types the code and the phone ending on the built page and sees the status, nothing personal', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${product.url}/gop-y/`)
    await page.getByRole('link', { name: 'Tra cứu tình trạng xử lý' }).click()
    await page.waitForURL(/\/tra-cuu\/$/)
    expect(await page.locator('h1').innerText()).toBe('Tra cứu tình trạng xử lý ý kiến')
    await page.getByLabel('Mã tham chiếu').fill(code.toLowerCase())
    await page.getByLabel('Thư điện tử hoặc 4 số cuối điện thoại').fill('5678')
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    const main = await page.locator('main').innerText()
    expect(main).toContain(code)
    expect(main).toContain('Trạng thái hiện tại: Mới')
    for (const p of ['Lê Văn Tâm', 'tam.le@example.com', '0912']) expect(main).not.toContain(p)
    // the page is the site's own (header, styles), not a bare fallback
    expect(await page.locator('link[rel="stylesheet"], style').count()).toBeGreaterThan(0)
    await context.close()
  })

  it('a wrong second factor gets the error summary, the code kept and the factor not', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${product.url}/tra-cuu/`)
    await page.getByLabel('Mã tham chiếu').fill(code)
    await page.getByLabel('Thư điện tử hoặc 4 số cuối điện thoại').fill('ke-gian@example.com')
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    expect(await page.locator('.error-summary').innerText()).toContain('Không tìm thấy ý kiến khớp')
    expect(await page.getByLabel('Mã tham chiếu').inputValue()).toBe(code)
    expect(await page.getByLabel('Thư điện tử hoặc 4 số cuối điện thoại').inputValue()).toBe('')
    expect(await page.title()).toMatch(/^Lỗi: /)
    await context.close()
  })

  it('the form, its errors and the result have no axe violation', async () => {
    const page = await browser.newPage()
    await page.goto(`${product.url}/tra-cuu/`)
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    await page.locator('.error-summary').waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByLabel('Mã tham chiếu').fill(code)
    await page.getByLabel('Thư điện tử hoặc 4 số cuối điện thoại').fill('tam.le@example.com')
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    await page.locator('.lookup-result').waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})
