import fs from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_USERS } from '../../cms/src/seed/users'
import { launchChromium } from '../helpers/browser'
import { freshDataDir } from '../helpers/env'
import { startProduct, type TestServer } from '../helpers/server'

/**
 * Issue 4's whole loop in Chromium on the running product: a citizen sends a question without JavaScript, the editor
 * acknowledges and answers it, the citizen looks it up with the code and sees the answer, rates it, the editor
 * publishes it as Q&A, and it appears on /hoi-dap/ after the site rebuilds by itself — with the asker hidden.
 */
let product: TestServer
let browser: Browser
let editor: Page
let code: string
let id: number
const dataDir = freshDataDir('e2e-loop')
const QUESTION = 'Xin hỏi thời gian nhận hồ sơ tuyển sinh vào lớp 1 năm học tới'
const ANSWER = 'Các trường tiểu học nhận hồ sơ tuyển sinh vào lớp 1 từ ngày 01/7 đến hết ngày 15/7, trực tuyến hoặc trực tiếp.'

const editorApi = async (method: string, path: string, data?: unknown) => {
  const res = await editor.request.fetch(`${product.url}/api${path}`, { method, data, headers: { 'content-type': 'application/json' } })
  return { status: res.status(), body: await res.json().catch(() => ({})) }
}

beforeAll(async () => {
  product = await startProduct(dataDir, { SITE_REBUILD_DEBOUNCE_MS: '500' })
  browser = await launchChromium()
  const context = await browser.newContext()
  editor = await context.newPage()
  const who = DEMO_USERS.find((u) => u.role === 'editor')!
  await editor.goto(`${product.url}/admin/login`)
  await editor.locator('#field-email').fill(who.email)
  await editor.locator('#field-password').fill(who.password)
  await editor.locator('button[type="submit"]').click()
  await editor.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
})
afterAll(async () => {
  await browser?.close()
  await product?.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('citizen feedback from receipt to the public Q&A', () => {
  it('a citizen sends a question without JavaScript and gets the code', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${product.url}/gop-y/`)
    await page.getByLabel('Câu hỏi', { exact: true }).check()
    await page.getByLabel('Tiêu đề').fill(QUESTION)
    await page.getByLabel('Nội dung').fill(`${QUESTION}, và có cần bản sao giấy khai sinh không ạ?`)
    await page.getByLabel('Họ và tên').fill('Hoàng Thị Mai')
    await page.getByLabel('Thư điện tử').fill('mai.hoang@example.com')
    await page.locator('#f-consent').check()
    await page.locator('#f-publishAnswer').check()
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click()
    await page.waitForURL(/\/gop-y\/da-gui\/\?ma=GY-/)
    code = new URL(page.url()).searchParams.get('ma')!
    await context.close()
    const found = await editorApi('GET', `/feedback?where[code][equals]=${code}&depth=0`)
    expect(found.body.docs).toHaveLength(1)
    id = found.body.docs[0].id
  })

  it('the editor acknowledges and answers it', async () => {
    expect((await editorApi('PATCH', `/feedback/${id}`, { status: 'da-tiep-nhan' })).status).toBe(200)
    const answered = await editorApi('PATCH', `/feedback/${id}`, { status: 'da-tra-loi', answer: ANSWER })
    expect(answered.status).toBe(200)
    expect(answered.body.doc.answeredAt).toBeTruthy()
  })

  it('the citizen looks it up with the code and the e-mail, sees the answer, and rates it once', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${product.url}/tra-cuu/`)
    await page.getByLabel('Mã tham chiếu').fill(code)
    await page.getByLabel('Thư điện tử hoặc 4 số cuối điện thoại').fill('mai.hoang@example.com')
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    const main = await page.locator('main').innerText()
    expect(main).toContain(ANSWER)
    expect(main).toMatch(/Đã tiếp nhận/)
    expect(main).not.toContain('Hoàng Thị Mai')
    await page.getByLabel('5 – Rất hài lòng').check()
    await page.locator('#r-nhanxet').fill('Trả lời rõ ràng, đúng hạn.')
    await page.locator('#r-xacminh').fill('mai.hoang@example.com')
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click()
    expect(await page.locator('main').innerText()).toMatch(/cảm ơn/i)
    await context.close()
    const rated = await editorApi('GET', `/feedback/${id}?depth=0`)
    expect(rated.body.rated).toBe(true)
    expect(rated.body.rating).toBeUndefined()
    // the score and comment are kept apart, anonymously
    const ratings = await editorApi('GET', `/feedback-ratings?depth=0&limit=100&where[comment][equals]=${encodeURIComponent('Trả lời rõ ràng, đúng hạn.')}`)
    expect(ratings.body.docs.map((r: { score: number }) => r.score)).toEqual([5])
  })

  it('the editor publishes it as Q&A and it appears on /hoi-dap/ by itself, the asker shown as “Người dân”', async () => {
    const published = await editorApi('PATCH', `/feedback/${id}`, { qaPublished: true })
    expect(published.status).toBe(200)
    const page = await browser.newPage()
    await expect
      .poll(async () => {
        await page.goto(`${product.url}/hoi-dap/`)
        return page.locator('main').innerText()
      }, { timeout: 90_000, interval: 1000 })
      .toContain(ANSWER)
    const main = await page.locator('main').innerText()
    // the demo seed publishes Q&A of its own: look at this entry
    expect(await page.locator('article.qa-entry', { hasText: ANSWER }).innerText()).toContain('Người hỏi: Người dân')
    expect(main).not.toContain('Hoàng Thị Mai')
    expect(main).not.toContain('mai.hoang@example.com')
    await page.close()
  })
})
