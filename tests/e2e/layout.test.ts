import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../helpers/browser'
import { reviewScreenshot } from '../helpers/screenshots'
import type { TestServer } from '../helpers/server'
import { PAGE_TYPES, sharedProduct } from './page-types'
import { firstScreen, headerAtWidth, menuRowTops, seenProblems, type SeenOptions } from './what-a-person-sees'

/**
 * The public site as a person sees it, in Chromium at a phone's 360 and 390 px and a laptop's 1366 px, on every page
 * type: nothing wider than the screen, no link or button cut off, every text legible against what is painted behind it
 * (WCAG AA, computed here: axe leaves text on unknown backgrounds "incomplete"), no centred reading text, tap targets of
 * menus and forms at least 44×44 px. At 360×640 the home page shows the feedback and lookup links on the first screen
 * with the closed menu at most a fifth of it; at 1366 the menu is one row, and from 320 to 1920 px nothing overflows and
 * the menu, where it shows as a row, is one row. A full-page screenshot of each page type at
 * 390 px goes to test-results/screenshots/ for a reviewer. One browser, one page per width, one evaluate per page.
 */
const WIDTHS = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
]
const OPTIONS: SeenOptions = { minContrast: 4.5, minTarget: 44, maxCentredChars: 120 }
const fileName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()

let product: TestServer
let browser: Browser
const pages = new Map<number, { context: BrowserContext; page: Page }>()

beforeAll(async () => {
  product = sharedProduct()
  browser = await launchChromium()
  for (const size of WIDTHS) {
    const context = await browser.newContext({ viewport: size })
    pages.set(size.width, { context, page: await context.newPage() })
  }
})
afterAll(async () => {
  await browser?.close()
})

for (const { width, height } of WIDTHS) {
  describe(`${width}×${height} px`, () => {
    for (const type of PAGE_TYPES) {
      it(type.name, async () => {
        const { page } = pages.get(width)!
        await type.open(page, product.url)
        const problems = await page.evaluate(seenProblems, OPTIONS)
        expect(problems, `${type.name} ở ${width} px (${page.url()})`).toEqual([])
        if (width === 390) await reviewScreenshot(page, `${fileName(type.name)}-390`)
      })
    }
  })
}

describe('the first screen', () => {
  it('at 360×640 the home page shows “send feedback” and “look up” links, and the closed menu takes at most 20 %', async () => {
    const { page } = pages.get(360)!
    await page.goto(`${product.url}/`)
    const seen = await page.evaluate(firstScreen)
    expect(seen.menuOpen).toBe(false)
    expect(seen.feedback).not.toBeNull()
    expect(seen.feedback!).toBeLessThanOrEqual(seen.height)
    expect(seen.lookup).not.toBeNull()
    expect(seen.lookup!).toBeLessThanOrEqual(seen.height)
    expect(seen.menu).toBeLessThanOrEqual(seen.height * 0.2)
  })

  it('at 1366 px the main menu is one row (nothing left alone on a second)', async () => {
    const { page } = pages.get(1366)!
    await page.goto(`${product.url}/`)
    expect(await page.evaluate(menuRowTops)).toHaveLength(1)
  })

  it('at every width from 320 to 1920 px nothing is wider than the screen, and the menu, when shown as a row, is one row', async () => {
    const { page } = pages.get(1366)!
    await page.goto(`${product.url}/`)
    const seen = []
    for (let width = 320; width <= 1920; width += 16) {
      await page.setViewportSize({ width, height: 768 })
      seen.push(await page.evaluate(headerAtWidth))
    }
    await page.setViewportSize({ width: 1366, height: 768 })
    expect(seen.filter((s) => s.overflow || (s.menuAsRow && s.menuRows !== 1))).toEqual([])
    // both layouts were seen: the closed menu on narrow screens, the row on wide ones
    expect(seen.some((s) => s.menuAsRow) && seen.some((s) => !s.menuAsRow)).toBe(true)
  })
})
