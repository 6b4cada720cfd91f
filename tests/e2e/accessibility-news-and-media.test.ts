import { describe, expect, it } from 'vitest'
import { checkPageTypes, SERVICES_FROM, sharedBrowser } from './accessibility-checks'
import { guardedPage, PAGE_TYPES } from './page-types'

/**
 * WCAG 2.1 AA, keyboard use and narrow screens (./accessibility-checks.ts) on the page types that publish news and
 * media, from the home page to the exemplar stories (the rest: accessibility-services.test.ts), and the skip link.
 */
const env = sharedBrowser()

describe('keyboard only', () => {
  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    for (const path of ['/', '/tin-tuc/', '/gop-y/']) {
      const { context, page } = await guardedPage(env.browser, env.product.url)
      await page.goto(`${env.product.url}${path}`)
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

checkPageTypes(PAGE_TYPES.slice(0, SERVICES_FROM), env)
