import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../helpers/browser'
import type { TestServer } from '../helpers/server'
import { guardedPage, sharedProduct } from './page-types'

/**
 * Weight budgets of the reading pages, on every one the sitemap lists (news articles, exemplars): HTML plus linked
 * CSS at most 20 KB gzip, and no JavaScript but the allowed enhancements. (Documents too.)
 */
const BUDGET_BYTES = 20 * 1024

/** Detail pages held to the budget, by path (list pages and their /trang/n/ excluded). One line per page type. */
const READING_PAGES: RegExp[] = [
  /^\/tin-tuc\/(?!trang\/)[^/]+\/$/,
  /^\/nguoi-tot-viec-tot\/(?!trang\/)[^/]+\/$/,
  /^\/van-ban\/(?!trang\/|loai\/|nam\/|co-quan\/)[^/]+\/$/,
  /^\/thong-bao\/[^/]+\/$/,
  /^\/thu-tuc-hanh-chinh\/[^/]+\/$/,
  /^\/su-kien\/[^/]+\/$/,
]

/** The only scripts a reading page may ship: each enhancement by its bundle name (Astro names it after its component). */
const ALLOWED_SCRIPTS: { name: string; pattern: RegExp }[] = [
  { name: 'nút “In trang này” (PrintButton)', pattern: /^\/_astro\/PrintButton\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/ },
]

let product: TestServer
let browser: Browser

beforeAll(async () => {
  product = sharedProduct()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const gz = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length

async function get(path: string): Promise<Buffer> {
  const res = await fetch(`${product.url}${path}`)
  expect(res.status, path).toBe(200)
  return Buffer.from(await res.arrayBuffer())
}

/** Every reading page, from the sitemap; news articles first. */
async function readingPaths(): Promise<string[]> {
  const index = (await get('/sitemap-index.xml')).toString('utf8')
  const paths: string[] = []
  for (const [, loc] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const sitemap = (await get(new URL(loc!).pathname)).toString('utf8')
    for (const [, url] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const path = new URL(url!).pathname
      if (READING_PAGES.some((p) => p.test(path))) paths.push(path)
    }
  }
  return paths.sort((a, b) => Number(!a.startsWith('/tin-tuc/')) - Number(!b.startsWith('/tin-tuc/')))
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1] ?? null

describe('reading pages (articles, exemplars, documents)', () => {
  it(`weigh at most ${BUDGET_BYTES / 1024} KB gzip (HTML + CSS) and ship only the allowed scripts`, async () => {
    const paths = await readingPaths()
    expect(paths.filter((p) => p.startsWith('/tin-tuc/')).length).toBeGreaterThan(5)
    const cssCache = new Map<string, number>()
    const rows: { path: string; html: number; css: number; total: number }[] = []
    const badScripts: string[] = []
    for (const path of paths) {
      const html = (await get(path)).toString('utf8')
      let css = 0
      for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
        if (!/\brel\s*=\s*"stylesheet"/i.test(tag!)) continue
        const href = attr(tag!, 'href')!
        if (!cssCache.has(href)) cssCache.set(href, gz(await get(href)))
        css += cssCache.get(href)!
      }
      // the style attribute and <style> blocks are inside the HTML, so they count already
      for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
        const type = attr(tag!, 'type')
        if (type === 'application/ld+json') continue // data, not code
        const src = attr(tag!, 'src')
        if (!src || !ALLOWED_SCRIPTS.some((s) => s.pattern.test(src))) badScripts.push(`${path}: ${tag}`)
      }
      for (const [tag] of html.matchAll(/<link\b[^>]*\brel\s*=\s*"(?:modulepreload|preload|prefetch)"[^>]*>/gi)) {
        const href = attr(tag!, 'href') ?? ''
        if (/\.m?js$/.test(href) && !ALLOWED_SCRIPTS.some((s) => s.pattern.test(href))) badScripts.push(`${path}: ${tag}`)
      }
      const htmlGz = gz(html)
      rows.push({ path, html: htmlGz, css, total: htmlGz + css })
    }
    rows.sort((a, b) => b.total - a.total)
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
    console.log(
      `[ngân sách] ${rows.length} trang (tin bài, người tốt việc tốt, văn bản, thông báo, thủ tục, sự kiện); lớn nhất ${rows[0]!.path}: HTML ${kb(rows[0]!.html)} + CSS ${kb(rows[0]!.css)} = ${kb(rows[0]!.total)} gzip ` +
        `(giới hạn ${kb(BUDGET_BYTES)}); nhỏ nhất ${kb(rows[rows.length - 1]!.total)}`,
    )
    expect(rows.filter((r) => r.total > BUDGET_BYTES)).toEqual([])
    expect(badScripts).toEqual([])
  })

  it('load no other script in the browser, and nothing from another host', async () => {
    const [path] = await readingPaths()
    const { context, page, outside } = await guardedPage(browser, product.url)
    const scripts: string[] = []
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname)
    })
    await page.goto(`${product.url}${path}`)
    await page.waitForLoadState('networkidle')
    console.log(`[ngân sách] script tải khi đọc ${path}: ${scripts.join(', ') || 'không có'}`)
    expect(scripts.filter((s) => !ALLOWED_SCRIPTS.some((a) => a.pattern.test(s)))).toEqual([])
    // the one enhancement works: the print button is shown
    await expect.poll(() => page.getByRole('button', { name: 'In trang này' }).isVisible()).toBe(true)
    expect(outside).toEqual([])
    await context.close()
  })
})
