/**
 * The public site's page types, for the suites that check every one of them (accessibility, widths, keyboard).
 * Adding a page type to those checks is one line in PAGE_TYPES. Not a test file itself.
 */
import type { Browser, Page } from 'playwright-core'
import { inject } from 'vitest'
import { startProduct, type TestServer } from '../helpers/server'

export interface PageType {
  name: string
  /** Opens the page in `page` (base is the server's origin). */
  open: (page: Page, base: string) => Promise<void>
  /** false: the page is opened with JavaScript disabled (checks still run: Playwright evaluates regardless) */
  javaScript?: boolean
}

/** Navigates to a path; fails on anything but 200 unless another status is expected. */
export function visit(path: string, status = 200): PageType['open'] {
  return async (page, base) => {
    const res = await page.goto(`${base}${path}`)
    if (res?.status() !== status) throw new Error(`${path}: HTTP ${res?.status()} (mong đợi ${status})`)
  }
}

/** The first detail page linked from a list page (e.g. the first article of /tin-tuc/). */
export function firstLinkOf(listPath: string, hrefPrefix: string): PageType['open'] {
  return async (page, base) => {
    await visit(listPath)(page, base)
    const href = await page
      .locator(`main a[href^="${hrefPrefix}"]:not([href="${hrefPrefix}"]):not([href*="/trang/"])`)
      .first()
      .getAttribute('href')
    if (!href) throw new Error(`Không có liên kết ${hrefPrefix}… trên ${listPath}`)
    await visit(href)(page, base)
  }
}

/** The page of the first photo of the first album (the gallery's own page per photo). */
const firstPhoto: PageType['open'] = async (page, base) => {
  await firstLinkOf('/thu-vien-anh/', '/thu-vien-anh/')(page, base)
  const href = await page.locator('main .album-grid a').first().getAttribute('href')
  if (!href) throw new Error('Album không có ảnh')
  await visit(href)(page, base)
}

/**
 * The feedback form submitted empty the way a browser without JavaScript sends it (the native submit, past any
 * script): the server's 400 page with the error summary. (axe needs JavaScript in the page to run, so the page
 * itself is open with it; tests/e2e/citizen-and-editor.test.ts drives the same form with JavaScript off.)
 */
const feedbackWithErrors: PageType['open'] = async (page, base) => {
  await visit('/gop-y/')(page, base)
  const response = page.waitForResponse((r) => r.url().endsWith('/gop-y/gui/') && r.request().method() === 'POST')
  await page.locator('form[action="/gop-y/gui/"]').evaluate((form: HTMLFormElement) => HTMLFormElement.prototype.submit.call(form))
  if ((await response).status() !== 400) throw new Error('Gửi biểu mẫu trống phải trả 400')
  await page.waitForLoadState('load')
  await page.getByRole('alert').waitFor()
}

/** Search with results: the results list is filled by the search script. */
const searchWithResults: PageType['open'] = async (page, base) => {
  await visit('/tim-kiem/?q=dao')(page, base)
  await page.locator('#search-results li').first().waitFor({ timeout: 15_000 })
}

/**
 * The lookup's result page (POST /tra-cuu/ket-qua/), for a question sent once per server through the form's JSON
 * endpoint: the status, the dated history and the lookup form again, as the citizen sees them.
 */
const lookupCodes = new Map<string, Promise<string>>()
const lookupResult: PageType['open'] = async (page, base) => {
  const email = 'xem-ket-qua@example.com'
  if (!lookupCodes.has(base)) {
    const send = fetch(`${base}/gop-y/gui/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'cau-hoi',
        subject: 'Hỏi về thời gian nhận hồ sơ tuyển sinh lớp 6',
        message: 'Xin cho biết thời gian và địa điểm nhận hồ sơ tuyển sinh lớp 6 năm học tới của các trường trung học cơ sở.',
        name: 'Nguyễn Văn Bình',
        email,
        consent: true,
      }),
    }).then(async (res) => ((await res.json()) as { code: string }).code)
    lookupCodes.set(base, send)
  }
  const code = await lookupCodes.get(base)!
  await visit('/tra-cuu/')(page, base)
  await page.locator('#f-ma').fill(code)
  await page.locator('#f-xacminh').fill(email)
  await Promise.all([page.waitForURL(/\/tra-cuu\/ket-qua\/$/), page.locator('form[action="/tra-cuu/ket-qua/"] button').click()])
  await page.locator('.lookup-result').waitFor()
}

export const PAGE_TYPES: PageType[] = [
  { name: 'trang chủ', open: visit('/') },
  { name: 'danh sách tin', open: visit('/tin-tuc/') },
  { name: 'danh sách tin, trang 2', open: visit('/tin-tuc/trang/2/') },
  { name: 'danh sách chủ đề', open: visit('/chu-de/') },
  { name: 'trang chủ đề', open: visit('/chu-de/chuyen-doi-so/') },
  { name: 'danh sách thông báo', open: visit('/thong-bao/') },
  { name: 'thông báo', open: firstLinkOf('/thong-bao/', '/thong-bao/') },
  { name: 'danh sách thủ tục hành chính', open: visit('/thu-tuc-hanh-chinh/') },
  { name: 'thủ tục hành chính', open: firstLinkOf('/thu-tuc-hanh-chinh/', '/thu-tuc-hanh-chinh/') },
  { name: 'danh sách sự kiện, ngày lễ', open: visit('/su-kien/') },
  { name: 'sự kiện, ngày lễ', open: firstLinkOf('/su-kien/', '/su-kien/') },
  { name: 'danh sách đính chính', open: visit('/dinh-chinh/') },
  { name: 'lịch công tác', open: visit('/lich-cong-tac/') },
  { name: 'lịch công tác một tuần', open: firstLinkOf('/lich-cong-tac/', '/lich-cong-tac/') },
  { name: 'thư viện ảnh, video', open: visit('/thu-vien-anh/') },
  { name: 'album ảnh', open: firstLinkOf('/thu-vien-anh/', '/thu-vien-anh/') },
  { name: 'một ảnh của album', open: firstPhoto },
  { name: 'danh sách video', open: visit('/video/') },
  { name: 'video', open: firstLinkOf('/video/', '/video/') },
  { name: 'sơ đồ trang', open: visit('/so-do-trang/') },
  { name: 'trang tiếng Anh', open: visit('/en/') },
  { name: 'tin bài', open: firstLinkOf('/tin-tuc/', '/tin-tuc/') },
  { name: 'danh sách người tốt việc tốt', open: visit('/nguoi-tot-viec-tot/') },
  { name: 'người tốt việc tốt', open: firstLinkOf('/nguoi-tot-viec-tot/', '/nguoi-tot-viec-tot/') },
  { name: 'biểu mẫu góp ý', open: visit('/gop-y/') },
  { name: 'biểu mẫu góp ý gửi trống: trang lỗi của máy chủ', open: feedbackWithErrors },
  { name: 'xác nhận đã gửi', open: visit('/gop-y/da-gui/?ma=GY-2026-7K3QX') },
  { name: 'tìm kiếm có kết quả', open: searchWithResults },
  { name: 'trang 404', open: visit('/khong-co-trang-nay/', 404) },
  { name: 'thư viện văn bản', open: visit('/van-ban/') },
  { name: 'văn bản', open: firstLinkOf('/van-ban/', '/van-ban/') },
  { name: 'danh sách dự thảo', open: visit('/du-thao/') },
  { name: 'dự thảo lấy ý kiến', open: firstLinkOf('/du-thao/', '/du-thao/') },
  { name: 'phát ngôn', open: visit('/phat-ngon/') },
  { name: 'thông cáo báo chí', open: visit('/phat-ngon/thong-cao/') },
  { name: 'giới thiệu', open: visit('/gioi-thieu/') },
  { name: 'thông báo xử lý dữ liệu cá nhân', open: visit('/chinh-sach-bao-ve-du-lieu-ca-nhan/') },
  { name: 'liên hệ', open: visit('/lien-he/') },
  { name: 'danh bạ trường học', open: visit('/truong-hoc/') },
  { name: 'công khai của nhà trường', open: visit('/cong-khai/') },
  { name: 'nội dung công khai', open: firstLinkOf('/cong-khai/', '/cong-khai/') },
  { name: 'trường học có nội dung công khai', open: visit('/truong-hoc/truong-mam-non-phu-thai/') },
  { name: 'trường học', open: firstLinkOf('/truong-hoc/', '/truong-hoc/') },
  { name: 'hỏi đáp', open: visit('/hoi-dap/') },
  { name: 'tra cứu', open: visit('/tra-cuu/') },
  { name: 'kết quả tra cứu', open: lookupResult },
]

/**
 * The product most e2e files share: started once per run by tests/e2e/shared-product.ts (the e2e globalSetup), or
 * the one at E2E_BASE_URL. Files never stop it; whatever they write must be their own (see shared-product.ts).
 */
export function sharedProduct(): TestServer {
  const { url } = inject('sharedProduct')
  return { url, child: undefined as never, output: () => '', stop: async () => {} }
}

/**
 * A product of the file's own, for a file that needs another environment than the shared one (e.g. feeds: a
 * PUBLIC_URL that is not the address tested): `npm start` on a fresh data folder, or the product at E2E_BASE_URL.
 */
export async function ownProduct(dataDir: string, extraEnv: Record<string, string> = {}): Promise<TestServer> {
  const external = process.env.E2E_BASE_URL?.replace(/\/+$/, '')
  if (!external) return startProduct(dataDir, extraEnv)
  return { url: external, child: undefined as never, output: () => '', stop: async () => {} }
}

/** A new page whose requests to any host but the server's are recorded. */
export async function guardedPage(browser: Browser, base: string, options: { javaScriptEnabled?: boolean; width?: number } = {}) {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 800 },
  })
  const page = await context.newPage()
  const outside: string[] = []
  page.on('request', (req) => {
    const u = new URL(req.url())
    if (u.protocol.startsWith('http') && u.host !== new URL(base).host) outside.push(req.url())
  })
  return { context, page, outside }
}
