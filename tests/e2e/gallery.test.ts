import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, SAME_ORIGIN } from '../helpers/browser'
import { until } from '../helpers/wait'
import type { TestServer } from '../helpers/server'
import { guardedPage, sharedProduct } from './page-types'
import { signIn } from './staff-session'

/**
 * Thư viện ảnh, video on the running product. A citizen, without JavaScript, goes from the site map to the library,
 * opens the seeded opening-ceremony album, sees its photos (alt text, srcset), walks photo by photo and back; sees an
 * album under the article it belongs to; plays the seeded video in the browser's own player, with its poster, the
 * file from this site — no request to another host. The editor publishes an album and it appears after the rebuild.
 */
let product: TestServer
let browser: Browser
let editor: Page
const ALBUM = '/thu-vien-anh/le-khai-giang-nam-hoc-moi-tai-cac-truong-tren-dia-ban/'
const VIDEO = '/video/khong-khi-le-khai-giang-nam-hoc-moi/'

const get = (path: string) => fetch(`${product.url}${path}`)

beforeAll(async () => {
  product = sharedProduct()
  browser = await launchChromium()
  editor = await signIn(browser, product.url, 'editor')
}, 180_000)
afterAll(async () => {
  await browser?.close()
})

describe('Thư viện ảnh, as a citizen without JavaScript', () => {
  it('goes from the site map to an album, sees its photos and walks through them', async () => {
    const { context, page, outside } = await guardedPage(browser, product.url, { javaScriptEnabled: false, width: 360 })
    await page.goto(`${product.url}/so-do-trang/`)
    await Promise.all([page.waitForURL(/\/thu-vien-anh\/$/), page.locator('main a[href="/thu-vien-anh/"]').click()])
    await Promise.all([page.waitForURL((u) => u.pathname === ALBUM), page.locator(`main a[href="${ALBUM}"]`).click()])
    expect(await page.locator('h1').innerText()).toBe('Lễ khai giảng năm học mới tại các trường trên địa bàn')
    const thumbs = page.locator('main .album-grid img')
    expect(await thumbs.count()).toBe(4)
    for (const img of await thumbs.all()) {
      expect((await img.getAttribute('alt'))?.length).toBeGreaterThan(10)
      expect(await img.getAttribute('srcset')).toMatch(/\/media\/\S+\.webp 400w, .*768w/)
      expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true)
    }
    await Promise.all([page.waitForURL((u) => u.pathname === `${ALBUM}anh-1/`), page.locator('main .album-grid a').first().click()])
    expect(await page.locator('main').innerText()).toContain('Ảnh 1 trên 4')
    expect(await page.locator('main figure.photo figcaption').innerText()).toBe('Cổng trường buổi sáng khai giảng.')
    expect(await page.locator('main figure.photo img').getAttribute('alt')).toBe(
      'Cổng trường đang mở nhìn từ ngoài đường, phía sau là cột cờ và dãy lớp học sơn vàng',
    )
    await Promise.all([page.waitForURL((u) => u.pathname === `${ALBUM}anh-2/`), page.locator('main a[rel="next"]').click()])
    expect(await page.locator('main a[rel="prev"]').getAttribute('href')).toBe(`${ALBUM}anh-1/`)
    await Promise.all([page.waitForURL((u) => u.pathname === ALBUM), page.locator('main a', { hasText: 'Tất cả ảnh của album' }).click()])
    expect(outside).toEqual([])
    await context.close()
  })

  it('sees the album an article includes, under its text', async () => {
    const page = await (await get('/tin-tuc/hoi-khoe-phu-dong-cap-huyen-soi-noi-voi-nhieu-mon-thi-dau/')).text()
    expect(page).toContain('Ảnh: Hội khỏe Phù Đổng cấp huyện')
    expect(page).toMatch(/href="\/thu-vien-anh\/hoi-khoe-phu-dong-cap-huyen\/anh-3\/"/)
  })

  it('finds the album and the video with the search', async () => {
    const { context, page } = await guardedPage(browser, product.url)
    await page.goto(`${product.url}/tim-kiem/?q=${encodeURIComponent('khai giảng')}`)
    await page.locator(`#search-results a[href^="${ALBUM}"]`).first().waitFor({ timeout: 30_000 })
    await page.locator(`#search-results a[href^="${VIDEO}"]`).first().waitFor({ timeout: 30_000 })
    await context.close()
  })
})

describe('Video, as a citizen', () => {
  it('plays the video in the browser’s own player, with its poster, from this site only', async () => {
    const { context, page, outside } = await guardedPage(browser, product.url, { width: 360 })
    const fileRequests: string[] = []
    page.on('request', (r) => {
      if (r.url().includes('/media/video/')) fileRequests.push(r.url())
    })
    await page.goto(`${product.url}/video/`)
    await Promise.all([page.waitForURL((u) => u.pathname === VIDEO), page.locator(`main a[href="${VIDEO}"]`).click()])
    const video = page.locator('main video')
    expect(await video.getAttribute('controls')).not.toBeNull()
    expect(await video.getAttribute('preload')).toBe('none')
    expect(await video.getAttribute('poster')).toMatch(/^\/media\/[^/]+\.webp$/)
    expect(await page.locator('main video source').getAttribute('type')).toBe('video/mp4')
    expect(await page.locator('main video source').getAttribute('src')).toMatch(/^\/media\/video\/[^/]+\.mp4$/)
    expect(fileRequests).toEqual([]) // preload="none": nothing of the file until the person presses play
    expect(await page.locator('main').innerText()).toContain('Nội dung bằng chữ')
    await video.evaluate((v: HTMLVideoElement) => {
      v.muted = true
      return v.play()
    })
    await page.waitForFunction(() => (document.querySelector('main video') as HTMLVideoElement).currentTime > 0.3, undefined, {
      timeout: 30_000,
    })
    expect(fileRequests.length).toBeGreaterThan(0)
    expect(outside).toEqual([])
    await context.close()
  })
})

describe('as an editor', () => {
  it('publishes an album of uploaded photos and it appears after the rebuild', async () => {
    const media = await editor.request.fetch(`${product.url}/api/media?limit=2&sort=-id&depth=0`, { headers: SAME_ORIGIN })
    const ids = ((await media.json()) as { docs: { id: number }[] }).docs.map((d) => d.id)
    const TITLE = 'Hội thi giáo viên dạy giỏi bậc mầm non'
    const res = await editor.request.fetch(`${product.url}/api/albums`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...SAME_ORIGIN },
      data: {
        title: TITLE,
        takenOn: new Date().toISOString(),
        description: 'Giáo viên mầm non dự thi với những tiết dạy sáng tạo.',
        photos: ids.map((id, i) => ({ image: id, caption: `Tiết dạy thứ ${i + 1}` })),
        _status: 'published',
      },
    })
    expect(res.status()).toBe(201)
    const slug = ((await res.json()) as { doc: { slug: string } }).doc.slug
    expect(await until(async () => (await get(`/thu-vien-anh/${slug}/anh-2/`)).status === 200, 180_000, 1000)).toBe(true)
    expect(await (await get('/thu-vien-anh/')).text()).toContain(TITLE)
  }, 240_000)
})
