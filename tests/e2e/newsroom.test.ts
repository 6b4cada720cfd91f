import type { Browser, BrowserContext, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SCHOOLS } from '../../cms/src/seed/data/schools'
import { DEMO_USERS } from '../../cms/src/seed/users'
import { launchChromium, SAME_ORIGIN } from '../helpers/browser'
import type { TestServer } from '../helpers/server'
import { sharedProduct } from './page-types'
import { logIn } from './staff-session'

/**
 * The newsroom end to end in Chromium on the running product: a school contributor submits a story, the editor
 * finds it in the review queue and returns it with a reason, the school reads the reason, fixes and resubmits,
 * the editor previews and publishes it, and the story appears on the public site with nobody rebuilding by hand.
 * Each person works in their own logged-in browser session, in the admin's own edit form, as people really do:
 * - UI: the school fills the new story's form (title, person, selects, summary, the story in the Lexical editor; the
 *   school is preset and locked, no publish button is offered) and clicks "Gửi duyệt"; the editor sees it in the
 *   dashboard's review queue, clicks "Trả lại (kèm lý do)" and types the reason in the dialog; the school reads the
 *   reason on its first screen and in its form, fixes the summary and clicks "Gửi duyệt" again; the editor publishes
 *   with "Duyệt và xuất bản", and later takes it down with "Gỡ xuống". Whoever opens a story another person just
 *   edited meets Payload's document lock and takes it over ("Tiếp quản"), as a real user would.
 * - Not UI: the check that a school cannot publish is a REST PATCH from the school's session (a 403 from the
 *   server, whatever the client); the preview is opened by its URL; the REST API is also read (never written)
 *   to confirm what each save stored and who holds the document lock.
 * Navigation between admin pages is always page.goto (no waiting on client-side route changes).
 */
let product: TestServer
let browser: Browser
const user = (role: string) => DEMO_USERS.find((u) => u.role === role)!
type Person = { context: BrowserContext; page: Page; id: number }
let school: Person
let editor: Person
let storyId: number
let slug: string
const TITLE = 'Em Đỗ Thu Hà dũng cảm cứu bạn đuối nước'
const SCHOOL_NAME = SCHOOLS[0].name // the demo school account belongs to the first seeded school
const LONG = 60_000

async function login(role: string): Promise<Person> {
  const context = await browser.newContext({ locale: 'vi-VN' })
  const page = await context.newPage()
  page.setDefaultTimeout(LONG)
  page.on('dialog', (d) => void d.accept()) // never left waiting on a "leave this page?" prompt
  await logIn(page, product.url, user(role))
  const me = await api({ page }, 'GET', '/users/me')
  return { context, page, id: me.body.user.id }
}
const api = async (who: { page: Page }, method: string, path: string, data?: unknown) => {
  const res = await who.page.request.fetch(`${product.url}/api${path}`, {
    method,
    data,
    headers: { 'content-type': 'application/json', ...SAME_ORIGIN },
  })
  return { status: res.status(), body: await res.json().catch(() => ({})) }
}
/** The story as stored (latest draft), read by that person's session. */
const stored = async (who: Person) => (await api(who, 'GET', `/exemplars/${storyId}?draft=true&depth=0`)).body

/** Waits until React has hydrated the element (it owns event handlers), so a click or a keystroke is not lost. */
async function hydrated(page: Page, selector: string) {
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel)
      return !!el && Object.keys(el).some((k) => k.startsWith('__reactProps'))
    },
    selector,
    { timeout: LONG },
  )
}

/** Who holds the story's edit lock, if anyone holds a live one (Payload's default lock lasts 300 s). */
async function lockHolder(who: Person): Promise<number | null> {
  const { body } = await api(
    who,
    'GET',
    `/payload-locked-documents?where[document.relationTo][equals]=exemplars&where[document.value][equals]=${storyId}&depth=0`,
  )
  const lock = body.docs?.[0]
  if (!lock || Date.now() - Date.parse(lock.updatedAt) > 240_000) return null
  return typeof lock.user?.value === 'object' ? lock.user.value.id : lock.user?.value
}

/** Opens the story's edit form; when someone else was just editing it, takes the document over as the admin offers. */
async function openStory(who: Person) {
  const url = `${product.url}/admin/collections/exemplars/${storyId}`
  const holder = await lockHolder(who)
  await who.page.goto(url)
  if (holder !== null && holder !== who.id) {
    const takeOver = who.page.locator('#document-locked-take-over')
    await takeOver.waitFor({ state: 'visible', timeout: LONG })
    await takeOver.click()
    await expect.poll(() => lockHolder(who), { timeout: LONG }).toBe(who.id)
    await who.page.goto(url) // a clean form, now ours
  }
  await who.page.locator('#field-title').waitFor({ timeout: LONG })
}

/** Picks an option of a select or relationship field (Payload's react-select): open the menu, click the label. */
async function choose(page: Page, field: string, label: string) {
  const control = page.locator(`#field-${field} .rs__control`)
  const option = page
    .locator(`#field-${field} .rs__option`)
    .filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
  await hydrated(page, `#field-${field} .rs__control`)
  // a menu opened while its options still load (relationships) is opened again until the option is there
  await expect
    .poll(
      async () => {
        if (await option.isVisible()) return true
        if (!(await page.locator(`#field-${field} .rs__menu`).isVisible())) await control.click()
        return option.isVisible()
      },
      { timeout: LONG, interval: 500 },
    )
    .toBe(true)
  await option.click()
  await expect.poll(() => page.locator(`#field-${field} .rs__single-value`).innerText(), { timeout: LONG }).toBe(label)
}

/** Whether the public search page, searched for words of the story, lists the story. */
async function searchFinds(page: Page, words: string): Promise<boolean> {
  await page.goto(`${product.url}/tim-kiem/?q=${encodeURIComponent(words)}`)
  await page
    .locator('#search-status')
    .filter({ hasText: /Tìm thấy|Không tìm thấy/ })
    .waitFor({ timeout: LONG })
  return (await page.locator(`#search-results a[href="/nguoi-tot-viec-tot/${slug}/"]`).count()) > 0
}

/** Clicks a save button and returns the server's answer to the save it sends. */
async function save(
  page: Page,
  button: string,
  method: 'POST' | 'PATCH',
  draft: boolean,
): Promise<{ status: number; body: Awaited<ReturnType<Response['json']>> }> {
  await hydrated(page, button)
  const answer = page.waitForResponse(
    (r: Response) =>
      r.request().method() === method &&
      new URL(r.url()).pathname.startsWith('/api/exemplars') &&
      (new URL(r.url()).searchParams.get('draft') === 'true') === draft,
    { timeout: LONG },
  )
  await page.locator(button).click()
  const res = await answer
  return { status: res.status(), body: await res.json().catch(() => ({})) }
}

beforeAll(async () => {
  product = sharedProduct()
  browser = await launchChromium()
  school = await login('school')
  editor = await login('editor')
})
afterAll(async () => {
  await browser?.close()
})

describe('school → editor → public', () => {
  it('the school submits a story in the admin with one click; the editor sees it waiting on the dashboard', async () => {
    const { page } = school
    await page.goto(`${product.url}/admin/collections/exemplars/create`)
    await page.locator('#field-title').waitFor({ timeout: LONG })
    // selects first: a select that opens proves the form is live before anything is typed
    await choose(page, 'subjectType', 'Học sinh')
    // its own school, preset and locked; no publish button for a school
    expect(await page.locator('#field-school .rs__single-value').innerText()).toBe(SCHOOL_NAME)
    expect(await page.locator('#field-school .rs__control--is-disabled, #field-school input:disabled').count()).toBeGreaterThan(0)
    expect(await page.locator('#action-save').count()).toBe(0)
    await page.locator('#field-title').fill(TITLE)
    await page.locator('#field-subjectName').fill('Em Đỗ Thu Hà')
    await page.locator('#field-summary').fill('Em Hà đã kịp thời cứu một bạn nhỏ bị trượt chân xuống ao.')
    const story = page
      .locator('#field-story [data-lexical-editor="true"], .field-type.rich-text-lexical [data-lexical-editor="true"]')
      .first()
    await story.click()
    await page.keyboard.type('Chiều thứ Bảy, em Hà phát hiện một bạn nhỏ trượt chân xuống ao và đã kịp thời kêu cứu, đưa bạn lên bờ.')
    await expect.poll(() => story.innerText(), { timeout: LONG }).toContain('đưa bạn lên bờ.')
    // the field copies the editor's text into the form when the browser is idle (Payload's useRunDeprioritized, up to
    // 500 ms later): a click right after the last key once saved the text without its last characters, under load
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => requestIdleCallback(done))))
    expect(await page.locator('#field-movement .rs__single-value').innerText()).toBe('Khác') // the default
    const created = await save(page, '#action-submit-review', 'POST', true)
    expect(created.status).toBe(201)
    storyId = created.body.doc.id
    slug = created.body.doc.slug
    expect(created.body.doc).toMatchObject({
      title: TITLE,
      subjectName: 'Em Đỗ Thu Hà',
      subjectType: 'hoc-sinh',
      movement: 'khac',
      reviewState: 'cho-duyet',
      _status: 'draft',
    })
    expect(JSON.stringify(created.body.doc.story)).toContain('kịp thời kêu cứu, đưa bạn lên bờ.')
    await editor.page.goto(`${product.url}/admin`)
    const queue = editor.page.locator('section[aria-labelledby="review-queue-title"]')
    await expect.poll(() => queue.innerText(), { timeout: 30_000 }).toContain(TITLE)
  })

  it('the school cannot publish it', async () => {
    expect((await api(school, 'PATCH', `/exemplars/${storyId}`, { _status: 'published' })).status).toBe(403)
  })

  it('the editor returns it with a reason typed in a dialog, and the school reads the reason in the admin', async () => {
    const { page } = editor
    const REASON = 'Đề nghị ghi rõ thời gian, địa điểm và ý kiến của gia đình bạn nhỏ.'
    await openStory(editor)
    await hydrated(page, '#action-return')
    await page.getByRole('button', { name: 'Trả lại (kèm lý do)' }).click()
    const dialog = page.getByRole('dialog', { name: 'Trả lại cho nhà trường' })
    await dialog.waitFor({ timeout: LONG })
    await dialog.getByLabel('Lý do, cần sửa gì (nhà trường đọc được)').fill(REASON)
    const returned = await save(page, '#return-confirm', 'PATCH', true)
    expect(returned.status).toBe(200)
    expect(await stored(editor)).toMatchObject({ reviewState: 'yeu-cau-chinh-sua', reviewNote: REASON })
    // the school's first screen lists it under "returned", with the reason
    await school.page.goto(`${product.url}/admin`)
    const returnedList = school.page.locator('section[data-state="yeu-cau-chinh-sua"]')
    await expect.poll(() => returnedList.innerText(), { timeout: 30_000 }).toContain(TITLE)
    expect(await returnedList.innerText()).toContain(REASON)
    await openStory(school)
    await expect.poll(() => school.page.locator('.review-notice--returned').innerText(), { timeout: 30_000 }).toContain('ghi rõ thời gian')
  })

  it('the school fixes and resubmits; the editor previews the draft as the public will see it', async () => {
    const { page } = school
    await openStory(school) // again, as after reading the reason: a fresh form
    await page.locator('#field-summary').fill('Chiều 15/11, tại ao làng Kim Anh, em Hà đã kịp thời cứu một bạn nhỏ bị trượt chân xuống ao.')
    const fixed = await save(page, '#action-submit-review', 'PATCH', true)
    expect(fixed.status).toBe(200)
    expect(fixed.body.doc.reviewState).toBe('cho-duyet')
    expect(await stored(school)).toMatchObject({ reviewState: 'cho-duyet', summary: expect.stringContaining('ao làng Kim Anh') })
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
    await openStory(editor)
    // Payload's publish button, named for what it does on a submitted story
    const publish = editor.page.getByRole('button', { name: 'Duyệt và xuất bản', exact: true })
    expect(await publish.getAttribute('id')).toBe('action-save')
    const published = await save(editor.page, '#action-save', 'PATCH', false)
    expect(published.status).toBe(200)
    expect(await stored(editor)).toMatchObject({ _status: 'published', reviewState: 'da-xuat-ban' })
    const page = await browser.newPage()
    await expect
      .poll(async () => (await page.goto(`${product.url}/nguoi-tot-viec-tot/${slug}/`))?.status(), { timeout: 60_000, interval: 500 })
      .toBe(200)
    expect(await page.locator('h1').innerText()).toBe(TITLE)
    expect(await page.locator('main').innerText()).toContain('ao làng Kim Anh')
    await page.goto(`${product.url}/nguoi-tot-viec-tot/`)
    expect(await page.locator('main').innerText()).toContain(TITLE)
    // the site search finds it too: this build indexed only the pages that changed (the changes index)
    expect(await searchFinds(page, 'dũng cảm cứu bạn')).toBe(true)
    await page.close()
  })

  it('the editor takes it down with one click; the workflow records it as taken down', async () => {
    await openStory(editor)
    await hydrated(editor.page, '#action-take-down')
    const answer = editor.page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && new URL(r.url()).pathname === `/api/exemplars/${storyId}`,
      { timeout: LONG },
    )
    await editor.page.getByRole('button', { name: 'Gỡ xuống', exact: true }).click()
    expect((await answer).status()).toBe(200)
    expect(await stored(editor)).toMatchObject({ _status: 'draft', reviewState: 'go-xuong' })
    // once the site is rebuilt without it, the search no longer finds it (the main index's copy is replaced)
    // asked outside the browser, whose cache may keep the page a minute (Cache-Control of pages)
    await expect
      .poll(async () => (await fetch(`${product.url}/nguoi-tot-viec-tot/${slug}/`)).status, { timeout: 60_000, interval: 500 })
      .toBe(404)
    const page = await browser.newPage()
    expect(await searchFinds(page, 'dũng cảm cứu bạn')).toBe(false)
    await page.close()
  })
})
