import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_USERS } from '../../cms/src/seed/users'
import { launchChromium } from '../helpers/browser'
import type { TestServer } from '../helpers/server'
import { sharedProduct } from './page-types'
import { logIn } from './staff-session'

/**
 * Vietnamese throughout (issue 11): the editor's and the school's screens, walked in Chromium on the shared product,
 * show no English or internal word and name no control "[object Object]" — in the visible text and in what a screen
 * reader says (aria-label, title, placeholder, alt).
 */
let product: TestServer
let browser: Browser
const LONG = 60_000
/** Words found on these screens before, each a whole word. */
const KNOWN = [
  /\[object Object\]/,
  /\bblocks?\b/i,
  /\bbuild\b/i,
  /\bAPI\b/,
  /\bJSON\b/,
  /\bEmail\b/,
  /\bspam\b/i,
  /\bDrag to move\b/,
  /\bInsert Paragraph\b/,
  /\b(Edit|Remove) link\b/,
  /\bNotifications\b/,
  /tên nội bộ làm chú thích: .+/,
]

const SCREENS: Record<'editor' | 'school', string[]> = {
  editor: [
    '/admin',
    '/admin/collections/articles',
    '/admin/collections/articles/create',
    '/admin/collections/feedback',
    '/admin/collections/department-reports',
    '/admin/collections/press-mentions/create',
    '/admin/thong-ke',
  ],
  school: ['/admin', '/admin/collections/exemplars', '/admin/collections/exemplars/create', '/admin/collections/opinion-reports/create'],
}

async function login(role: 'editor' | 'school'): Promise<Page> {
  const who = DEMO_USERS.find((u) => u.role === role)!
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } })
  const page = await context.newPage()
  page.setDefaultTimeout(LONG)
  await logIn(page, product.url, who)
  return page
}

/** The known words found in a screen's text. */
const knownIn = (text: string) => KNOWN.flatMap((re) => text.match(new RegExp(re, 'g')) ?? [])

/** The screen's visible text and its controls' screen-reader names. */
const wordsOn = (page: Page) =>
  page.evaluate(() =>
    [
      document.body.innerText,
      ...[...document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')].flatMap((e) =>
        ['aria-label', 'title', 'placeholder', 'alt'].map((a) => e.getAttribute(a) ?? ''),
      ),
      // a checkbox whose tooltip is its field's internal name ("featured")
      ...[...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"][title]')]
        .filter((i) => i.title === i.name)
        .map((i) => `tên nội bộ làm chú thích: ${i.name}`),
    ].join('\n'),
  )

beforeAll(async () => {
  product = sharedProduct()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('the admin speaks Vietnamese to editors and schools', () => {
  for (const role of ['editor', 'school'] as const)
    it(`no English or internal word on the ${role === 'editor' ? "editor's" : "school's"} screens`, async () => {
      const page = await login(role)
      const found: string[] = []
      for (const screen of SCREENS[role]) {
        await page.goto(`${product.url}${screen}`)
        await page.locator('main, .dashboard, .template-default').first().waitFor({ timeout: LONG })
        await page.waitForLoadState('networkidle').catch(() => undefined)
        // the names are given in Vietnamese as the controls appear (a frame later): read the screen once settled
        let text = await wordsOn(page)
        for (let i = 0; i < 10 && knownIn(text).length; i++) {
          await page.waitForTimeout(500)
          text = await wordsOn(page)
        }
        expect(text.length, screen).toBeGreaterThan(100)
        for (const m of knownIn(text)) found.push(`${screen}: ${m}`)
      }
      expect(found).toEqual([])
      await page.context().close()
    }, 300_000)
})

describe('a forgotten password, before signing in', () => {
  it('asking for the e-mail and the answer are in Vietnamese, and say how long the link lasts', async () => {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } })
    const page = await context.newPage()
    page.setDefaultTimeout(LONG)
    await page.goto(`${product.url}/admin/forgot`)
    const field = page.locator('input[name="email"]')
    await field.waitFor()
    const asking = await wordsOn(page)
    expect(asking).toContain('Nhập địa chỉ thư điện tử của tài khoản để nhận thư hướng dẫn đặt lại mật khẩu.')
    // an address without an account: nobody's mailbox is touched, and the answer is the one any address gets
    await field.fill('chua-co-tai-khoan@example.edu.vn')
    await page.locator('button[type="submit"]').click()
    await page.getByText('Đã gửi thư').first().waitFor()
    const answer = await wordsOn(page)
    expect(answer).toContain('Đường dẫn trong thư dùng được một lần, trong 60 phút.')
    expect([...knownIn(asking), ...knownIn(answer)]).toEqual([])
    await context.close()
  }, 120_000)
})
