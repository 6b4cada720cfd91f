import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_USERS } from '../../cms/src/seed/users'
import { paragraphsToLexical } from '../../cms/src/seed/lexical'
import { launchChromium } from '../helpers/browser'
import { freshDataDir } from '../helpers/env'
import { startProduct, type TestServer } from '../helpers/server'

/**
 * The newsroom end to end in Chromium on the running product: a school contributor submits a story, the editor
 * finds it in the review queue and returns it with a reason, the school reads the reason, fixes and resubmits,
 * the editor previews and publishes it, and the story appears on the public site with nobody rebuilding by hand.
 * Each person works in their own logged-in browser session; actions go through the admin's own REST API.
 */
let product: TestServer
let browser: Browser
const dataDir = freshDataDir('newsroom')
const user = (role: string) => DEMO_USERS.find((u) => u.role === role)!
let school: { context: BrowserContext; page: Page }
let editor: { context: BrowserContext; page: Page }
let storyId: number
let slug: string
const TITLE = 'Em Đỗ Thu Hà dũng cảm cứu bạn đuối nước'

async function login(role: string) {
  const context = await browser.newContext({ locale: 'vi-VN' })
  const page = await context.newPage()
  await page.goto(`${product.url}/admin/login`)
  await page.locator('#field-email').fill(user(role).email)
  await page.locator('#field-password').fill(user(role).password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
  return { context, page }
}
const api = async (who: { page: Page }, method: string, path: string, data?: unknown) => {
  const res = await who.page.request.fetch(`${product.url}/api${path}`, { method, data, headers: { 'content-type': 'application/json' } })
  return { status: res.status(), body: await res.json().catch(() => ({})) }
}

beforeAll(async () => {
  product = await startProduct(dataDir, { SITE_REBUILD_DEBOUNCE_MS: '500' })
  browser = await launchChromium()
  school = await login('school')
  editor = await login('editor')
})
afterAll(async () => {
  await browser?.close()
  await product?.stop()
})

describe('school → editor → public', () => {
  it('the school submits a story; the editor sees it waiting on the dashboard', async () => {
    const me = await api(school, 'GET', '/users/me')
    const created = await api(school, 'POST', '/exemplars?draft=true', {
      title: TITLE,
      subjectName: 'Em Đỗ Thu Hà',
      subjectType: 'hoc-sinh',
      movement: 'khac',
      summary: 'Em Hà đã kịp thời cứu một bạn nhỏ bị trượt chân xuống ao.',
      story: paragraphsToLexical(['Chiều thứ Bảy, em Hà phát hiện một bạn nhỏ trượt chân xuống ao và đã kịp thời kêu cứu, đưa bạn lên bờ.']),
      reviewState: 'cho-duyet',
      school: me.body.user.school,
    })
    expect(created.status).toBe(201)
    storyId = created.body.doc.id
    slug = created.body.doc.slug
    await editor.page.goto(`${product.url}/admin`)
    const queue = editor.page.locator('section[aria-labelledby="review-queue-title"]')
    await expect.poll(() => queue.innerText(), { timeout: 30_000 }).toContain(TITLE)
  })

  it('the school cannot publish it', async () => {
    expect((await api(school, 'PATCH', `/exemplars/${storyId}`, { _status: 'published' })).status).toBe(403)
  })

  it('the editor returns it with a reason, and the school reads the reason in the admin', async () => {
    const returned = await api(editor, 'PATCH', `/exemplars/${storyId}?draft=true`, { reviewState: 'yeu-cau-chinh-sua', reviewNote: 'Đề nghị ghi rõ thời gian, địa điểm và ý kiến của gia đình bạn nhỏ.' })
    expect(returned.status).toBe(200)
    await school.page.goto(`${product.url}/admin/collections/exemplars/${storyId}`)
    await expect.poll(() => school.page.locator('#field-reviewNote').inputValue(), { timeout: 30_000 }).toContain('ghi rõ thời gian')
  })

  it('the school fixes and resubmits; the editor previews the draft as the public will see it', async () => {
    const fixed = await api(school, 'PATCH', `/exemplars/${storyId}?draft=true`, {
      summary: 'Chiều 15/11, tại ao làng Kim Anh, em Hà đã kịp thời cứu một bạn nhỏ bị trượt chân xuống ao.',
      reviewState: 'cho-duyet',
    })
    expect(fixed.status).toBe(200)
    expect(fixed.body.doc.reviewState).toBe('cho-duyet')
    const preview = await editor.page.goto(`${product.url}/xem-truoc/nguoi-tot-viec-tot/${storyId}/`)
    expect(preview?.status()).toBe(200)
    expect(await editor.page.locator('h1').innerText()).toBe(TITLE)
    expect(await editor.page.locator('body').innerText()).toContain('Bản xem trước')
    // the public cannot reach it: not on the site, and the preview asks for a login
    const anonymous = await browser.newPage()
    expect((await anonymous.goto(`${product.url}/nguoi-tot-viec-tot/${slug}/`))?.status()).toBe(404)
    await anonymous.goto(`${product.url}/xem-truoc/nguoi-tot-viec-tot/${storyId}/`)
    expect(anonymous.url()).toContain('/admin/login')
    await anonymous.close()
  })

  it('the editor publishes, and the story appears on the public site by itself', async () => {
    const published = await api(editor, 'PATCH', `/exemplars/${storyId}`, { _status: 'published' })
    expect(published.status).toBe(200)
    const page = await browser.newPage()
    await expect
      .poll(async () => (await page.goto(`${product.url}/nguoi-tot-viec-tot/${slug}/`))?.status(), { timeout: 60_000, interval: 500 })
      .toBe(200)
    expect(await page.locator('h1').innerText()).toBe(TITLE)
    expect(await page.locator('main').innerText()).toContain('ao làng Kim Anh')
    await page.goto(`${product.url}/nguoi-tot-viec-tot/`)
    expect(await page.locator('main').innerText()).toContain(TITLE)
    await page.close()
  })
})
