import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../helpers/browser'
import type { TestServer } from '../helpers/server'
import { guardedPage, PAGE_TYPES, sharedProduct } from './page-types'

/**
 * WCAG 2.1 AA on every page type (axe-core in Chromium, zero violations), keyboard use (skip link, visible focus)
 * and narrow screens (320 px, no horizontal scroll), against the product as `npm start` runs it.
 */
let product: TestServer
let browser: Browser
// WCAG 2.1 A/AA, plus 2.2 AA (target size): what Lighthouse also checks
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

beforeAll(async () => {
  product = sharedProduct()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: string[]
}

/**
 * axe-core's source evaluated in the page (not a script tag: the site's CSP rightly refuses inline scripts), once per
 * loaded page: the second check of a page (at 320 px) finds it there.
 */
async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source)
  return page.evaluate(async (tags) => {
    const w = window as unknown as { axe: typeof axe }
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    }))
  }, WCAG_TAGS)
}

/** Whether the focused element shows a focus indicator: a non-transparent outline or a box shadow. */
async function focusShown(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return null
    const s = getComputedStyle(el)
    const transparent = (c: string) => c === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(c)
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor)
    const shadow = s.boxShadow !== 'none' && s.boxShadow !== ''
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? el.getAttribute('name') ?? '').trim().slice(0, 40),
      visible: outline || shadow,
    }
  })
}

describe('keyboard only', () => {
  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    for (const path of ['/', '/tin-tuc/', '/gop-y/']) {
      const { context, page } = await guardedPage(browser, product.url)
      await page.goto(`${product.url}${path}`)
      await page.keyboard.press('Tab')
      const first = await page.evaluate(() => ({ cls: document.activeElement?.className, text: document.activeElement?.textContent }))
      expect(first.cls, path).toBe('skip-link')
      expect(first.text).toBe('Bỏ qua đến nội dung chính')
      const box = await page.locator('.skip-link').boundingBox()
      expect(box && box.x >= 0 && box.y >= 0 && box.width > 0, 'skip link visible when focused').toBe(true)
      await page.keyboard.press('Enter')
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('noi-dung-chinh')
      // the next Tab continues inside the main content, not back in the header
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true)
      await context.close()
    }
  })
})

/**
 * Each page type is opened once and checked three ways in order: axe at 1280 px, the focus walk, then the same page
 * narrowed to 320 px (the media queries apply on resize) for horizontal scroll and axe again. Opening it once
 * instead of three times keeps the suite short without changing what is checked.
 */
for (const type of PAGE_TYPES) {
  describe(type.name, () => {
    let opened: Awaited<ReturnType<typeof guardedPage>>
    beforeAll(async () => {
      opened = await guardedPage(browser, product.url, { javaScriptEnabled: type.javaScript })
      await type.open(opened.page, product.url)
    })
    afterAll(async () => {
      await opened?.context.close()
    })

    it('axe-core (WCAG 2.1 A/AA and 2.2 AA): zero violations', async () => {
      const { page, outside } = opened
      const violations = await axeViolations(page)
      if (violations.length) console.log(`[axe] ${type.name} ${page.url()}\n${JSON.stringify(violations, null, 2)}`)
      expect(violations).toEqual([])
      expect(outside).toEqual([])
    })

    it('keyboard only: every element reached by Tab shows where the focus is', async () => {
      const { page } = opened
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      const hidden: string[] = []
      let reached = 0
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab')
        const focus = await focusShown(page)
        if (!focus) break
        reached++
        if (!focus.visible) hidden.push(`${focus.tag} “${focus.text}”`)
      }
      expect(reached).toBeGreaterThan(3)
      expect(hidden).toEqual([])
    })

    it('at 320 px wide: no horizontal scroll, no axe violation', async () => {
      const { page } = opened
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      await page.setViewportSize({ width: 320, height: 800 })
      const widths = await page.evaluate(() => ({
        viewport: window.innerWidth,
        scroll: document.documentElement.scrollWidth,
        body: document.body.scrollWidth,
      }))
      expect(widths.viewport).toBe(320)
      expect(widths.scroll, `${page.url()} rộng ${widths.scroll}px`).toBeLessThanOrEqual(320)
      expect(widths.body).toBeLessThanOrEqual(320)
      // the narrow layout is checked by axe too (target sizes, scrollable regions, reflow)
      expect(await axeViolations(page)).toEqual([])
    })
  })
}
