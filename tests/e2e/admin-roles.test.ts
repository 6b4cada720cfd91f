import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_USERS } from '../../cms/src/seed/users'
import { launchChromium, SAME_ORIGIN } from '../helpers/browser'
import { reviewScreenshot } from '../helpers/screenshots'
import type { TestServer } from '../helpers/server'
import { sharedProduct } from './page-types'
import { gotoAfterReload, logIn } from './staff-session'

/**
 * Issue 11 in Chromium, through the screens, on the shared product: each role's first screen (what it shows, what
 * its navigation hides; a screenshot of each at 360 and 1366 px in test-results/screenshots/), and the editor's work
 * on a feedback item: the citizen's words shown read-only at the top and refused by the server, the triage from
 * receipt to answer through the buttons beside the deadline (Tiếp nhận, Giao cán bộ, Trả lời), each recorded in the
 * history table, and a list whose columns say something. The review workflow's actions: newsroom.test.ts.
 */
let product: TestServer
let browser: Browser
const LONG = 60_000
type Person = { context: BrowserContext; page: Page }
const people: Partial<Record<'admin' | 'editor' | 'school', Person>> = {}

async function login(role: 'admin' | 'editor' | 'school', width = 1366): Promise<Person> {
  const who = DEMO_USERS.find((u) => u.role === role)!
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width, height: 900 } })
  const page = await context.newPage()
  page.setDefaultTimeout(LONG)
  await logIn(page, product.url, who)
  return { context, page }
}
const api = async (page: Page, method: string, p: string, data?: unknown) => {
  const res = await page.request.fetch(`${product.url}/api${p}`, {
    method,
    data,
    headers: { 'content-type': 'application/json', ...SAME_ORIGIN },
  })
  return { status: res.status(), body: await res.json().catch(() => ({})) }
}
/** The names in the navigation (the menu is opened on a phone). */
async function navLabels(page: Page): Promise<string> {
  return (await page.locator('nav.nav__wrap, .nav').first().textContent({ timeout: LONG })) ?? ''
}
async function shoot(role: string, page: Page) {
  for (const width of [1366, 360]) {
    await page.setViewportSize({ width, height: 900 })
    await reviewScreenshot(page, `admin-${role}-${width}`)
  }
  await page.setViewportSize({ width: 1366, height: 900 })
}

beforeAll(async () => {
  product = sharedProduct()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('each role lands on its own work', () => {
  it('a school sees its items by state and the report due, and none of the department’s collections', async () => {
    const { page } = (people.school = await login('school'))
    const main = page.locator('main, .dashboard').first()
    await expect.poll(() => main.innerText(), { timeout: LONG }).toContain('Việc của nhà trường')
    const text = await main.innerText()
    expect(text).toMatch(/Báo cáo dư luận quý [IV]+ năm \d{4}/)
    for (const heading of ['Nháp', 'Đang chờ duyệt', 'Đã xuất bản']) expect(text).toContain(heading)
    const nav = await navLabels(page)
    for (const hidden of ['Người dùng', 'Cấu hình trang', 'Tệp văn bản', 'Ý kiến người dân', 'Trường học', 'Chủ đề'])
      expect(nav).not.toContain(hidden)
    expect(nav).toContain('Người tốt việc tốt')
    expect(text).not.toMatch(/\bbuild\b|\bAPI\b|JSON|\bblock\b/i)
    // hiding is not the guard: the server still refuses what a school may not read
    expect((await api(page, 'GET', '/feedback')).status).toBe(403)
    await shoot('truong-hoc', page)
  })

  it('an editor sees the review queue, feedback needing action and schools missing reports; no site-build panel', async () => {
    const { page } = (people.editor = await login('editor'))
    const main = page.locator('main, .dashboard').first()
    await expect.poll(() => main.innerText(), { timeout: LONG }).toContain('Ý kiến cần xử lý')
    const text = await main.innerText()
    expect(text).toMatch(/Chờ duyệt \(\d+\)/)
    expect(text).toMatch(/Chưa gửi báo cáo dư luận/)
    expect(text).not.toMatch(/\bbuild\b|\bAPI\b|JSON|\bblock\b/i)
    const nav = await navLabels(page)
    expect(nav).not.toContain('Người dùng')
    expect(nav).not.toContain('Cấu hình trang')
    await shoot('bien-tap', page)
  })

  it('an admin sees the public site’s state and the accounts', async () => {
    const { page } = (people.admin = await login('admin'))
    const main = page.locator('main, .dashboard').first()
    await expect.poll(() => main.innerText(), { timeout: LONG }).toContain('Lần cập nhật trang công khai gần nhất')
    const accounts = page.locator('section[aria-labelledby="accounts-title"]')
    for (const u of DEMO_USERS) expect(await accounts.innerText()).toContain(u.email)
    expect(await navLabels(page)).toContain('Người dùng')
    await shoot('quan-tri', page)
  })
})

describe('an editor handles a citizen’s feedback item', () => {
  const SUBJECT = 'Đề nghị sửa mái tôn nhà xe bị dột'
  const MESSAGE = 'Mái tôn nhà xe của trường bị dột, mưa là xe của học sinh ướt hết.'
  let id: number

  it('reads the submission at the top, read-only, and the API refuses to change it', async () => {
    const { page } = people.editor!
    const sent = await page.request.post(`${product.url}/gop-y/gui/`, {
      data: { kind: 'kien-nghi', subject: SUBJECT, message: MESSAGE, name: 'Phạm Văn Hùng', phone: '0912 345 678', consent: true },
    })
    expect(sent.status()).toBe(201)
    const { code } = await sent.json()
    id = (await api(page, 'GET', `/feedback?where[code][equals]=${code}&depth=0`)).body.docs[0].id
    await page.goto(`${product.url}/admin/collections/feedback/${id}`)
    const panel = page.locator('section.citizen-submission')
    await expect.poll(() => panel.innerText(), { timeout: LONG }).toContain(MESSAGE)
    const shown = await panel.innerText()
    for (const v of [SUBJECT, 'Phạm Văn Hùng', '0912345678', code, 'Kiến nghị']) expect(shown).toContain(v)
    // no input holds the citizen's words
    expect(await page.locator('#field-subject, #field-message, #field-name, #field-phone, #field-email').count()).toBe(0)
    const forged = await api(page, 'PATCH', `/feedback/${id}`, { subject: 'Đã sửa', message: 'Đã sửa', name: 'Tên khác' })
    expect(forged.status).toBe(200)
    const after = (await api(page, 'GET', `/feedback/${id}?depth=0`)).body
    expect({ subject: after.subject, message: after.message, name: after.name }).toEqual({
      subject: SUBJECT,
      message: MESSAGE,
      name: 'Phạm Văn Hùng',
    })
  })

  it('triages it from receipt to answer with the buttons beside the deadline; each step is a row of the history table', async () => {
    const { page } = people.editor!
    const editor = DEMO_USERS.find((u) => u.role === 'editor')!
    const open = async () => {
      await gotoAfterReload(page, `${product.url}/admin/collections/feedback/${id}`)
      await page.locator('section.feedback-triage').waitFor({ timeout: LONG })
    }
    const stored = async () => (await api(page, 'GET', `/feedback/${id}?depth=0`)).body
    /** After an action the page reloads with the new state: wait for it, failing at once on an error toast. */
    const until = async (done: (doc: Record<string, unknown>) => boolean) => {
      await expect
        .poll(
          async () => {
            const error = page.locator('.payload-toast-item.toast-error')
            if (await error.count()) return `lỗi: ${await error.first().innerText()}`
            return done(await stored()) ? 'xong' : 'chưa'
          },
          { timeout: LONG, interval: 500 },
        )
        .toBe('xong')
      await page.waitForLoadState('load')
    }
    await open()
    const triage = page.locator('section.feedback-triage')
    expect(await triage.locator('[data-triage="status"]').innerText()).toBe('Mới')
    expect(await triage.locator('[data-triage="deadline"]').innerText()).toMatch(/^Trong hạn tiếp nhận · \d{2}\/\d{2}\/\d{4}$/)
    expect(await triage.locator('[data-triage="assignee"]').innerText()).toBe('Chưa giao')
    const offered = await triage.locator('.feedback-triage__actions button').allInnerTexts()
    expect(offered).toEqual(['Tiếp nhận', 'Giao cán bộ', 'Trả lời', 'Chuyển cơ quan có thẩm quyền', 'Không xử lý'])
    // the status is changed by these actions only: the sidebar select is read-only
    expect(await page.locator('#field-status .rs__control--is-disabled, #field-status [aria-disabled="true"]').count()).toBeGreaterThan(0)
    await shoot('y-kien-moi', page)

    // Tiếp nhận: one click
    await page.locator('#triage-acknowledge').click()
    await until((d) => d.status === 'da-tiep-nhan')
    await open()
    expect(await triage.locator('[data-triage="status"]').innerText()).toBe('Đã tiếp nhận')
    expect(await triage.locator('[data-triage="deadline"]').innerText()).toMatch(/^(Trong hạn|Sắp đến hạn) trả lời/)

    // Giao cán bộ: the officer chosen in a dialog
    await page.locator('#triage-assign').click()
    await page.locator('#triage-confirm').click()
    expect(await page.locator('#triage-problem').innerText()).toContain('Vui lòng chọn cán bộ xử lý')
    await page.locator('#triage-assignee').selectOption({ label: editor.name })
    await page.locator('#triage-confirm').click()
    await until((d) => typeof d.assignee === 'number')
    await open()
    expect(await triage.locator('[data-triage="assignee"]').innerText()).toBe(editor.name)

    // Trả lời: the answer typed in a dialog; the server stamps who and when
    const ANSWER = 'Nhà trường đã thay mái tôn nhà xe trong tuần này; cảm ơn ông đã phản ánh.'
    await page.locator('#triage-answer').click()
    await page.locator('textarea#triage-answer').fill(ANSWER)
    await page.locator('#triage-confirm').click()
    await until((d) => d.status === 'da-tra-loi')
    const answered = await stored()
    expect(answered.answer).toBe(ANSWER)
    expect(answered.answeredBy).toBe(answered.assignee)
    await open()
    expect(await triage.locator('.feedback-triage__actions button').allInnerTexts()).toEqual(['Đóng'])
    expect(await triage.locator('[data-triage="deadline"]').innerText()).toBe('Đã kết thúc')

    const history = page.locator('section.feedback-history table')
    await expect.poll(() => history.locator('tbody tr').count(), { timeout: LONG }).toBe(4)
    expect(await history.locator('thead').innerText()).toMatch(/Thời điểm\s+Người thực hiện\s+Thay đổi\s+Ghi chú/)
    const rows = await history.locator('tbody tr').allInnerTexts()
    expect(rows[0]).toMatch(/Tiếp nhận \(Mới\)/)
    expect(rows[1]).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)
    expect(rows[1]).toContain('Mới → Đã tiếp nhận')
    expect(rows[2]).toContain('Giao cán bộ xử lý')
    expect(rows[2]).toContain(`Giao cho ${editor.name}`)
    expect(rows[3]).toContain('Đã tiếp nhận → Đã trả lời')
    for (const r of rows.slice(1)) expect(r).toContain(editor.name)
    expect(await page.locator('.array-field__draggable-rows, .collapsible__drag').count()).toBe(0)

    // through all of it, the citizen's words stayed as sent
    const after = await stored()
    expect({ subject: after.subject, message: after.message, name: after.name }).toEqual({
      subject: SUBJECT,
      message: MESSAGE,
      name: 'Phạm Văn Hùng',
    })
    await page.locator('section.citizen-submission').scrollIntoViewIfNeeded()
    await shoot('y-kien', page)
  }, 300_000) // three saves, each followed by a reload, on a shared and loaded machine

  it('the list says something in each column: deadline with its date, priority only when set, the assignee', async () => {
    const { page } = people.editor!
    await page.goto(`${product.url}/admin/collections/feedback`)
    const table = page.locator('.table table, table').first()
    await table.waitFor({ timeout: LONG })
    const text = await table.innerText()
    expect(text).not.toMatch(/\bsai\b|\bđúng\b|[<‹]Không có/) // Payload’s “<Không có …>” placeholder
    expect(text).toMatch(/(Trong hạn|Sắp đến hạn|Quá hạn) (tiếp nhận|trả lời) · \d{2}\/\d{2}\/\d{4}/)
    expect(text).toContain('Chưa giao')
    await shoot('danh-sach-y-kien', page)
  })
})

describe('the statistics page', () => {
  it('opens on the last 12 months, with "Tải Excel" and "Xem bản in" of what it shows, and no raw-data link', async () => {
    const { page } = people.editor!
    await page.goto(`${product.url}/admin/thong-ke`)
    await expect.poll(() => page.locator('canvas').count(), { timeout: LONG }).toBeGreaterThanOrEqual(6)
    const from = await page.locator('input[name="from"]').inputValue()
    const to = await page.locator('input[name="to"]').inputValue()
    // the last 12 months: from the first day of the month eleven months back
    const monthsBack = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7))
    expect([monthsBack, from.slice(8)]).toEqual([11, '01'])
    const main = await page.locator('main, .template-default').first().innerText()
    expect(main).not.toMatch(/JSON|\bAPI\b/)
    const total = (await page.locator('[data-stat="summary"] tr').first().innerText()).match(/(\d+)\s*$/)![1]
    // the workbook is downloaded by the button, for the range on screen
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: LONG }),
      page.getByRole('link', { name: 'Tải Excel' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^Thống kê ý kiến người dân .+\.xlsx$/)
    expect(download.url()).toContain(`from=${from}&to=${to}`)
    // the printable page opens in a new tab with the same total
    const [printed] = await Promise.all([
      page.context().waitForEvent('page', { timeout: LONG }),
      page.getByRole('link', { name: 'Xem bản in' }).click(),
    ])
    await printed.waitForLoadState('load')
    expect(printed.url()).toContain(`from=${from}&to=${to}`)
    // the same total: other files of the run may send feedback meanwhile (the range ends today), so the printed figure
    // lies between what the screen showed before and what it shows after
    const printedTotal = (await printed.locator('tr[data-figure="total"]').innerText()).match(/^Tổng số ý kiến tiếp nhận\s+(\d+)$/)
    expect(printedTotal, 'dòng tổng số của bản in').not.toBeNull()
    await page.reload()
    const totalAfter = (await page.locator('[data-stat="summary"] tr').first().innerText()).match(/(\d+)\s*$/)![1]
    expect(Number(printedTotal![1])).toBeGreaterThanOrEqual(Number(total))
    expect(Number(printedTotal![1])).toBeLessThanOrEqual(Number(totalAfter))
    for (const width of [1366, 360]) {
      await printed.setViewportSize({ width, height: 900 })
      await reviewScreenshot(printed, `admin-thong-ke-ban-in-${width}`)
    }
    await printed.close()
    await shoot('thong-ke', page)
  })
})

describe('the department report', () => {
  it('the head opens the report, prints it with "Xem bản in" (Kính gửi, Nơi nhận, the signer) and downloads it with "Tải Excel"', async () => {
    const { page } = people.admin ?? (people.admin = await login('admin'))
    await page.goto(`${product.url}/admin/collections/department-reports`)
    const first = page.locator('.table tbody tr a, table tbody tr a').first()
    await first.waitFor({ timeout: LONG })
    await first.click()
    const print = page.getByRole('link', { name: 'Xem bản in' })
    await print.waitFor({ timeout: LONG })
    expect(await page.locator('main, .collection-edit').first().innerText()).not.toMatch(/\/api\//)
    const [printed] = await Promise.all([page.context().waitForEvent('page', { timeout: LONG }), print.click()])
    await printed.waitForLoadState('load')
    const text = await printed.locator('body').innerText()
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(text).toMatch(/Kính gửi: Sở Giáo dục và Đào tạo/)
    expect(text).toMatch(/Nơi nhận:\s+- Như trên;/)
    expect(await printed.locator('.signer .authority').innerText()).toBe('KT. TRƯỞNG PHÒNG')
    expect(await printed.locator('.signer .role').innerText()).toBe('PHÓ TRƯỞNG PHÒNG')
    expect((await printed.locator('.signer .name').innerText()).trim()).not.toBe('')
    for (const width of [1366, 360]) {
      await printed.setViewportSize({ width, height: 900 })
      await reviewScreenshot(printed, `admin-bao-cao-ban-in-${width}`)
    }
    await printed.close()
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: LONG }),
      page.getByRole('link', { name: 'Tải Excel' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^Báo cáo dư luận .+\.xlsx$/)
  })
})
