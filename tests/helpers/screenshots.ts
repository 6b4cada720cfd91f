import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { ROOT } from './env'

/**
 * Screenshots for a reviewer, in test-results/screenshots/: what a citizen, a school or an officer sees, saved to be
 * looked at and never asserted on. `npm test` on a workstation takes them; under CI (nothing of a clean clone is
 * kept) they are skipped unless SCREENSHOTS=on, and SCREENSHOTS=off skips them anywhere. The full-page captures were
 * 26 of the 54 CPU-seconds Chromium spent on the layout file (45 s → 24 s without them, measured here).
 */
const SCREENSHOTS_DIR = path.join(ROOT, 'test-results/screenshots')
const wanted = process.env.SCREENSHOTS ? process.env.SCREENSHOTS === 'on' : !process.env.CI

/** Saves the page as it is now as test-results/screenshots/<name>.png (full page unless told otherwise). */
export async function reviewScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!wanted) return
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}.png`), fullPage: options.fullPage ?? true })
}
