import type { Browser, Page } from 'playwright-core'
import { DEMO_USERS } from '../../cms/src/seed/users'
import { SAME_ORIGIN } from '../helpers/browser'

/** How long an admin screen or a rebuild may take on the shared product under the whole suite's load. */
export const LONG = 90_000

/**
 * Signs `page` in through the admin's login form, as a person does, and waits for the first screen (`landing`). The
 * e2e files sign in to the same demo accounts at the same moments: the server takes such sign-ins in turn
 * (cms/src/server/session-changes-in-turn.ts; a CI run lost the demo editor's session before it did).
 */
export async function logIn(
  page: Page,
  base: string,
  account: { email: string; password: string },
  landing: RegExp = /\/admin\/?$/,
): Promise<void> {
  await page.goto(`${base}/admin/login`)
  await page.locator('#field-email').fill(account.email)
  await page.locator('#field-password').fill(account.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(landing, { timeout: LONG })
}

/**
 * A page signed in to the admin as the demo account of a role (logIn), left on the first screen. Its context is the
 * caller's to close (closing the browser closes it too).
 */
export async function signIn(browser: Browser, base: string, role: 'admin' | 'editor' | 'school'): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN' })
  const page = await context.newPage()
  page.setDefaultTimeout(LONG)
  await logIn(
    page,
    base,
    DEMO_USERS.find((u) => u.role === role)!,
  )
  return page
}

/** The REST API as that page's session, sent the way the admin's own requests are (same origin). */
export function sessionApi(page: Page, base: string) {
  return async (method: string, path: string, data?: unknown) => {
    const res = await page.request.fetch(`${base}/api${path}`, {
      method,
      data,
      headers: { 'content-type': 'application/json', ...SAME_ORIGIN },
    })
    return { status: res.status(), body: await res.json().catch(() => ({})) }
  }
}

/**
 * Opens an admin address after an action whose screen reloads itself when the server has answered (the triage
 * buttons call location.reload()): a reload that starts while this navigation runs aborts it (net::ERR_ABORTED), so
 * the address is opened again once that reload has loaded.
 */
export async function gotoAfterReload(page: Page, url: string, timeout = LONG): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(url, { timeout })
      return
    } catch (error) {
      if (attempt >= 3 || !/ERR_ABORTED|interrupted by another navigation/.test(String(error))) throw error
      await page.waitForLoadState('load', { timeout })
    }
  }
}
