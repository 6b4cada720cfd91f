import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { slugify } from '@gd/shared/text'
import { CORRECTIONS } from '../../cms/src/seed/data/corrections'
import { launchChromium, SAME_ORIGIN } from '../helpers/browser'
import { until } from '../helpers/wait'
import type { TestServer } from '../helpers/server'
import { guardedPage, sharedProduct } from './page-types'
import { LONG, signIn } from './staff-session'

/**
 * Đính chính and share links on the running product: the citizen sees the seeded corrections as a dated notice near the top of the
 * article and of the exemplar, and all of them at /dinh-chinh/ newest first, each linking to its item. The editor
 * adds one through the admin's session and, after the automatic rebuild, it is on the article and first in the list.
 * The share links (Zalo, Facebook) on the same pages are plain links: no script, no request to those hosts.
 * Only this file's own items are asserted on, besides the seeded ones.
 */
let product: TestServer
let browser: Browser
let editor: Page
const seededArticle = CORRECTIONS.find((c) => c.collection === 'articles')!
const ARTICLE = `/tin-tuc/${slugify(seededArticle.itemTitle)}/`
const seededExemplar = CORRECTIONS.find((c) => c.collection === 'exemplars')!
const EXEMPLAR = `/nguoi-tot-viec-tot/${slugify(seededExemplar.itemTitle)}/`

const get = (path: string) => fetch(`${product.url}${path}`)
const api = async (method: string, path: string, data?: unknown) => {
  const res = await editor.request.fetch(`${product.url}/api${path}`, {
    method,
    data,
    headers: { 'content-type': 'application/json', ...SAME_ORIGIN },
  })
  return { status: res.status(), body: (await res.json().catch(() => ({}))) as Record<string, unknown> }
}

beforeAll(async () => {
  product = sharedProduct()
  browser = await launchChromium()
  editor = await signIn(browser, product.url, 'editor')
}, 180_000)
afterAll(async () => {
  await browser?.close()
})

describe('Đính chính, as a citizen', () => {
  it('reads the dated correction near the top of the article, before its text', async () => {
    const { context, page, outside } = await guardedPage(browser, product.url, { width: 360 })
    await page.goto(`${product.url}${ARTICLE}`)
    const notice = page.locator('main aside.correction')
    expect(await notice.innerText()).toContain(seededArticle.decidedBy)
    expect(await notice.innerText()).toMatch(/Ngày \d{2}\/\d{2}\/\d{4}/)
    expect(await notice.innerText()).toContain('Thông tin đúng: quyết định do Ủy ban nhân dân tỉnh ban hành.')
    // near the top: above the article's text
    const [noticeTop, proseTop] = await Promise.all([notice.boundingBox(), page.locator('main .prose').boundingBox()])
    expect(noticeTop!.y).toBeLessThan(proseTop!.y)
    expect(outside).toEqual([])
    await context.close()
  })

  it("reads the exemplar's correction; an item without one has no notice", async () => {
    const exemplar = await (await get(EXEMPLAR)).text()
    expect(exemplar).toContain('class="correction"')
    expect(exemplar).toContain(seededExemplar.decidedBy)
    const list = await (await get('/tin-tuc/')).text()
    const other = [...list.matchAll(/href="(\/tin-tuc\/[^"/]+\/)"/g)].map((m) => m[1]!).find((h) => h !== ARTICLE)!
    expect(await (await get(other)).text()).not.toContain('class="correction"')
  })

  it('finds every correction at /dinh-chinh/ from the footer, newest first, each linking to its item', async () => {
    const { context, page } = await guardedPage(browser, product.url)
    await page.goto(`${product.url}/`)
    await Promise.all([page.waitForURL(/\/dinh-chinh\/$/), page.locator('footer a[href="/dinh-chinh/"]').click()])
    const html = await page.content()
    expect(html.indexOf(seededExemplar.title)).toBeGreaterThan(-1)
    // the exemplar's correction is the newer one (10 days ago against 31)
    expect(html.indexOf(seededExemplar.title)).toBeLessThan(html.indexOf(seededArticle.title))
    expect(await page.locator(`main a[href="${ARTICLE}"]`).count()).toBe(1)
    expect(await page.locator(`main a[href="${EXEMPLAR}"]`).count()).toBe(1)
    await context.close()
  })
})

describe('share links, as a citizen', () => {
  for (const path of [ARTICLE, EXEMPLAR]) {
    it(`${path}: Zalo and Facebook as plain 44 px links to this page; nothing requested from those hosts`, async () => {
      const { context, page, outside } = await guardedPage(browser, product.url, { width: 360 })
      const scripts: string[] = []
      page.on('request', (r) => {
        if (r.resourceType() === 'script' || r.resourceType() === 'sub_frame') scripts.push(r.url())
      })
      await page.goto(`${product.url}${path}`)
      await page.waitForLoadState('networkidle')
      const zalo = page.getByRole('link', { name: 'Chia sẻ qua Zalo' })
      const facebook = page.getByRole('link', { name: 'Chia sẻ lên Facebook' })
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
      const fb = new URL((await facebook.getAttribute('href'))!)
      expect(`${fb.origin}${fb.pathname}`).toBe('https://www.facebook.com/sharer/sharer.php')
      expect(fb.searchParams.get('u')).toBe(canonical)
      expect(new URL((await zalo.getAttribute('href'))!).searchParams.get('url')).toBe(canonical)
      for (const link of [zalo, facebook]) {
        expect(await link.getAttribute('rel')).toBe('noopener noreferrer')
        const box = (await link.boundingBox())!
        expect(box.height).toBeGreaterThanOrEqual(44)
      }
      expect(scripts.filter((u) => !u.startsWith(product.url))).toEqual([])
      expect(outside).toEqual([])
      await context.close()
    })
  }
})

describe('Đính chính, as an editor', () => {
  it('adds a correction to a published article: after the rebuild it is on the article and first in the list', async () => {
    const list = await (await get('/tin-tuc/')).text()
    const href = [...list.matchAll(/href="(\/tin-tuc\/[^"/]+\/)"/g)].map((m) => m[1]!).find((h) => h !== ARTICLE)!
    const { docs } = (await api('GET', `/articles?where[slug][equals]=${href.split('/')[2]}&depth=0`)).body as { docs: { id: number }[] }
    const TEXT = 'Bài viết khi đăng ghi hội nghị có 150 đại biểu dự; số đúng là 105 đại biểu. Nội dung bài đã được sửa lại.'
    const today = `${new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })}T05:00:00.000Z`
    const created = await api('POST', '/corrections', {
      target: { relationTo: 'articles', value: docs[0]!.id },
      title: 'Đính chính số đại biểu dự hội nghị',
      correctedOn: today,
      decidedBy: 'Phó Trưởng phòng Đỗ Văn Hải',
      text: TEXT,
    })
    expect(created.status).toBe(201)
    expect(await until(async () => (await (await get(href)).text()).includes(TEXT), 180_000, 1000)).toBe(true)
    const all = await (await get('/dinh-chinh/')).text()
    expect(all.indexOf('Đính chính số đại biểu dự hội nghị')).toBeGreaterThan(-1)
    expect(all.indexOf('Đính chính số đại biểu dự hội nghị')).toBeLessThan(all.indexOf(seededExemplar.title))
  }, 240_000)

  it('the admin offers the form in Vietnamese (Đính chính, who decided)', async () => {
    await editor.goto(`${product.url}/admin/collections/corrections/create`)
    await editor.locator('#field-decidedBy').waitFor({ timeout: LONG })
    const text = await editor.locator('main, body').first().innerText()
    expect(text).toContain('Người quyết định đính chính')
    expect(text).toContain('Nội dung đính chính')
  }, 120_000)
})
