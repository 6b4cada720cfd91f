import fs from 'node:fs'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { THEMES } from '../../shared/src/themes'
import { launchChromium } from '../helpers/browser'
import { freshDataDir } from '../helpers/env'
import type { TestServer } from '../helpers/server'
import { guardedPage, ownProduct } from './page-types'

/**
 * Feeds, sitemap and page metadata of the built site, on a product whose public origin (PUBLIC_URL) is not the
 * address it is tested on: every absolute URL must use the public origin. Also print and the search kind filter.
 */
const PUBLIC_ORIGIN = 'https://gddt.example.gov.vn'
let product: TestServer
let browser: Browser
const dataDir = freshDataDir('feeds')
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name),
})

beforeAll(async () => {
  product = await ownProduct(dataDir, { PUBLIC_URL: PUBLIC_ORIGIN })
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await product?.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

/** The test server's address for a URL on the public origin. */
const local = (publicUrl: string) => {
  const u = new URL(publicUrl)
  expect(u.origin).toBe(PUBLIC_ORIGIN)
  return `${product.url}${u.pathname}${u.search}`
}

async function getXml(path: string) {
  const res = await fetch(`${product.url}${path}`)
  expect(res.status, path).toBe(200)
  expect(res.headers.get('content-type') ?? '').toMatch(/xml/)
  const text = await res.text()
  expect(XMLValidator.validate(text), `${path} là XML hợp lệ`).toBe(true)
  return parser.parse(text)
}

async function getHtml(path: string): Promise<string> {
  const res = await fetch(`${product.url}${path}`)
  expect(res.status, path).toBe(200)
  return res.text()
}

/** The /tin-tuc/<slug>/ links of a list page and its later pages, in order. */
async function articleLinksOfList(base: string): Promise<string[]> {
  const links: string[] = []
  for (let page = 1; ; page++) {
    const res = await fetch(`${product.url}${page === 1 ? base : `${base}trang/${page}/`}`)
    if (res.status === 404) break
    const html = await res.text()
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'))
    for (const [, href] of main.matchAll(/<h[23] class="card__title"><a href="(\/tin-tuc\/[^"]+)"/g)) links.push(href!)
  }
  return links
}

describe('RSS', () => {
  it('/rss.xml: valid RSS 2.0 with the newest 30 news, absolute links on the public origin that open', async () => {
    const feed = await getXml('/rss.xml')
    expect(feed.rss['@version']).toBe('2.0')
    const channel = feed.rss.channel
    expect(channel.title).toMatch(/Tin tức – Phòng Giáo dục và Đào tạo huyện Kim Thành/)
    expect(channel.link).toBe(`${PUBLIC_ORIGIN}/`)
    expect(channel.language).toBe('vi-vn')
    expect(channel['atom:link']['@href']).toBe(`${PUBLIC_ORIGIN}/rss.xml`)
    const all = await articleLinksOfList('/tin-tuc/')
    expect(all.length).toBeGreaterThan(5)
    const items = channel.item as { title: string; link: string; guid: { '#text': string }; pubDate: string; category?: string[] }[]
    expect(items.length).toBe(Math.min(30, all.length))
    expect(items.map((i) => new URL(i.link).pathname)).toEqual(all.slice(0, items.length))
    for (const item of items) {
      expect(item.title.length).toBeGreaterThan(0)
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false)
      expect(item.guid['#text']).toBe(item.link)
    }
    const dated = items.map((i) => Date.parse(i.pubDate))
    expect([...dated].sort((a, b) => b - a)).toEqual(dated)
    for (const item of items.slice(0, 5)) expect((await fetch(local(item.link))).status).toBe(200)
  })

  it('each theme has a valid feed with exactly its own news, announced on its page', async () => {
    for (const theme of THEMES) {
      const feed = await getXml(`/chu-de/${theme.slug}/rss.xml`)
      const items = (feed.rss.channel.item ?? []) as { link: string; category?: string[] }[]
      const onPage = await articleLinksOfList(`/chu-de/${theme.slug}/`)
      expect(
        items.map((i) => new URL(i.link).pathname),
        theme.slug,
      ).toEqual(onPage.slice(0, 30))
      for (const item of items) expect(item.category ?? []).toContain(theme.name)
      const html = await getHtml(`/chu-de/${theme.slug}/`)
      expect(linkHref(html, 'alternate', `title="${theme.name} (RSS)"`)).toBe(`/chu-de/${theme.slug}/rss.xml`)
    }
  })

  it('/phat-ngon/thong-cao/rss.xml: valid, only press releases, each of them a news page that opens', async () => {
    const feed = await getXml('/phat-ngon/thong-cao/rss.xml')
    expect(feed.rss.channel.title).toMatch(/^Thông cáo báo chí – /)
    const items = (feed.rss.channel.item ?? []) as { title: string; link: string }[]
    expect(items.length).toBeGreaterThan(0)
    // the CMS says which articles are press releases
    const res = await fetch(`${product.url}/api/articles?where[pressRelease][equals]=true&limit=100&depth=0`)
    const flagged = ((await res.json()) as { docs: { slug: string }[] }).docs.map((d) => `/tin-tuc/${d.slug}/`)
    for (const item of items) {
      const path = new URL(item.link).pathname
      expect(flagged).toContain(path)
      expect((await fetch(local(item.link))).status).toBe(200)
    }
    const news = (await getXml('/rss.xml')).rss.channel.item as { link: string }[]
    expect(news.length).toBeGreaterThanOrEqual(items.length)
    expect(linkHref(await getHtml('/phat-ngon/thong-cao/'), 'alternate', 'title="Thông cáo báo chí (RSS)"')).toBe(
      '/phat-ngon/thong-cao/rss.xml',
    )
  })
})

describe('sitemap', () => {
  it('/robots.txt points at the sitemap on the public origin', async () => {
    const text = await (await fetch(`${product.url}/robots.txt`)).text()
    expect(text).toMatch(/^User-agent: \*$/m)
    expect(text).toContain(`Sitemap: ${PUBLIC_ORIGIN}/sitemap-index.xml`)
  })

  it('/sitemap-index.xml lists valid sitemaps covering every public page, on the public origin', async () => {
    const index = await getXml('/sitemap-index.xml')
    const sitemaps = index.sitemapindex.sitemap as { loc: string }[]
    expect(sitemaps.length).toBeGreaterThan(0)
    const paths: string[] = []
    for (const { loc } of sitemaps) {
      const map = await getXml(new URL(local(loc)).pathname)
      for (const { loc: url } of map.urlset.url as { loc: string }[]) paths.push(new URL(local(url)).pathname)
    }
    expect(new Set(paths).size).toBe(paths.length)
    const sections = [
      '/',
      '/tin-tuc/',
      '/chu-de/',
      '/nguoi-tot-viec-tot/',
      '/gop-y/',
      '/tim-kiem/',
      '/tra-cuu/',
      '/van-ban/',
      '/du-thao/',
      '/hoi-dap/',
      '/truong-hoc/',
      '/phat-ngon/',
      '/phat-ngon/thong-cao/',
      '/gioi-thieu/',
      '/lien-he/',
    ]
    // and every top-level section the site has, so a new one cannot be left out unnoticed
    const pagesDir = new URL('../../site/src/pages/', import.meta.url)
    const topLevel = fs
      .readdirSync(pagesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('['))
      .map((d) => `/${d.name}/`)
    expect(topLevel.length).toBeGreaterThanOrEqual(10)
    for (const p of new Set([...sections, ...topLevel])) expect(paths, p).toContain(p)
    for (const theme of THEMES) expect(paths).toContain(`/chu-de/${theme.slug}/`)
    for (const article of await articleLinksOfList('/tin-tuc/')) expect(paths).toContain(article)
    expect(paths).not.toContain('/gop-y/da-gui/')
    expect(paths).not.toContain('/du-thao/da-gui/')
    expect(paths.some((p) => p.includes('404'))).toBe(false)
    // every listed page opens, and none of them asks search engines to stay away
    const pages = await Promise.all(
      paths.map(async (p) => {
        const res = await fetch(`${product.url}${p}`)
        return { p, status: res.status, noindex: /<meta name="robots" content="noindex"/.test(await res.text()) }
      }),
    )
    expect(pages.filter((x) => x.status !== 200 || x.noindex)).toEqual([])
  })
})

/** The content of <meta property|name="key"> in a page. */
function meta(html: string, key: string): string | null {
  const tag = [...html.matchAll(/<meta\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`property="${key}"`) || t.includes(`name="${key}"`))
  return tag ? (/content="([^"]*)"/.exec(tag)?.[1] ?? null) : null
}
/** The href of <link rel="…"> (the first, or the one whose tag contains `also`). */
function linkHref(html: string, rel: string, also = ''): string | null {
  const tag = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`rel="${rel}"`) && t.includes(also))
  return tag ? (/href="([^"]*)"/.exec(tag)?.[1] ?? null) : null
}
function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!))
}
const decode = (s: string | null) =>
  s
    ?.replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>') ?? null

describe('page metadata', () => {
  it('an article: canonical, OpenGraph and Twitter card with its cover, NewsArticle JSON-LD', async () => {
    const [path] = await articleLinksOfList('/tin-tuc/')
    const html = await getHtml(path!)
    const canonical = `${PUBLIC_ORIGIN}${path}`
    expect(linkHref(html, 'canonical')).toBe(canonical)
    expect(meta(html, 'og:url')).toBe(canonical)
    expect(meta(html, 'og:type')).toBe('article')
    expect(meta(html, 'og:locale')).toBe('vi_VN')
    expect(meta(html, 'og:site_name')).toBe('Phòng Giáo dục và Đào tạo huyện Kim Thành')
    const title = decode(/<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!)
    expect(decode(meta(html, 'og:title'))).toBe(title)
    expect(meta(html, 'og:description')).toBeTruthy()
    const image = meta(html, 'og:image')!
    expect(image).toMatch(new RegExp(`^${PUBLIC_ORIGIN}/media/.+\\.(webp|jpe?g|png)$`))
    expect((await fetch(local(image))).headers.get('content-type')).toMatch(/^image\//)
    expect(Number(meta(html, 'og:image:width'))).toBeGreaterThan(0)
    expect(meta(html, 'twitter:card')).toBe('summary_large_image')
    expect(meta(html, 'twitter:image')).toBe(image)
    expect(meta(html, 'article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    const [ld] = jsonLd(html)
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: title,
      url: canonical,
      image: [image],
      inLanguage: 'vi',
      publisher: { '@type': 'GovernmentOrganization', name: 'Phòng Giáo dục và Đào tạo huyện Kim Thành', url: `${PUBLIC_ORIGIN}/` },
    })
    expect(Date.parse(String(ld!.datePublished))).not.toBeNaN()
    expect(linkHref(html, 'alternate', 'title="Tin tức (RSS)"')).toBe('/rss.xml')
  })

  it('the home page: GovernmentOrganization JSON-LD from the site settings', async () => {
    const html = await getHtml('/')
    expect(linkHref(html, 'canonical')).toBe(`${PUBLIC_ORIGIN}/`)
    const org = jsonLd(html).find((d) => d['@type'] === 'GovernmentOrganization')
    expect(org).toMatchObject({
      name: 'Phòng Giáo dục và Đào tạo huyện Kim Thành',
      url: `${PUBLIC_ORIGIN}/`,
      parentOrganization: { '@type': 'GovernmentOrganization' },
      address: { '@type': 'PostalAddress', addressCountry: 'VN' },
    })
    expect(String(org!.email)).toMatch(/@/)
    expect(meta(html, 'og:type')).toBe('website')
  })

  it("the site's icon is the owner's logo from the site settings, the header's emblem, a small raster image", async () => {
    const html = await getHtml('/')
    const icon = linkHref(html, 'icon')
    expect(icon).toMatch(/^\/media\/bieu-trung.*\.(webp|png)$/)
    expect(/<img class="site-header__logo" src="([^"]+)"/.exec(html)?.[1]).toBe(icon)
    expect(linkHref(html, 'apple-touch-icon')).toBe(icon)
    const res = await fetch(`${product.url}${icon}`)
    expect(res.headers.get('content-type')).toMatch(/^image\/(webp|png)$/)
    expect((await res.arrayBuffer()).byteLength).toBeLessThan(20_000)
  })

  it('pages kept out of search engines have noindex and no canonical', async () => {
    for (const html of [await getHtml('/gop-y/da-gui/?ma=GY-2026-7K3QX'), await (await fetch(`${product.url}/khong-co/`)).text()]) {
      expect(meta(html, 'robots')).toBe('noindex')
      expect(linkHref(html, 'canonical')).toBeNull()
    }
  })
})

describe('print', () => {
  it('an article shows a print button with JavaScript, none without, and prints without navigation', async () => {
    const [path] = await articleLinksOfList('/tin-tuc/')
    const withJs = await guardedPage(browser, product.url)
    await withJs.page.goto(`${product.url}${path}`)
    const button = withJs.page.getByRole('button', { name: 'In trang này' })
    await expect.poll(() => button.isVisible()).toBe(true)
    await withJs.page.evaluate(() => {
      ;(window as unknown as { printed: number }).printed = 0
      window.print = () => void ((window as unknown as { printed: number }).printed += 1)
    })
    await button.click()
    expect(await withJs.page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
    await withJs.page.emulateMedia({ media: 'print' })
    for (const selector of ['.site-nav', '.site-footer', '.breadcrumbs', '.print-action', '.related']) {
      const shown = await withJs.page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display !== 'none')
        .catch(() => false)
      expect(shown, `${selector} khi in`).toBe(false)
    }
    expect(await withJs.page.locator('main h1').isVisible()).toBe(true)
    const pdf = await withJs.page.pdf({ format: 'A4' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await withJs.context.close()

    const noJs = await guardedPage(browser, product.url, { javaScriptEnabled: false })
    await noJs.page.goto(`${product.url}${path}`)
    expect(await noJs.page.getByRole('button', { name: 'In trang này' }).isVisible()).toBe(false)
    await noJs.context.close()
  })

  it('a document has the print button too', async () => {
    const { context, page } = await guardedPage(browser, product.url)
    await page.goto(`${product.url}/van-ban/`)
    const href = await page
      .locator('main a[href^="/van-ban/"]:not([href*="/loai/"]):not([href*="/nam/"]):not([href*="/co-quan/"])')
      .first()
      .getAttribute('href')
    await page.goto(`${product.url}${href}`)
    await expect.poll(() => page.getByRole('button', { name: 'In trang này' }).isVisible()).toBe(true)
    await context.close()
  })
})

describe('search by kind', () => {
  async function search(q: string, kind: string) {
    const { context, page } = await guardedPage(browser, product.url)
    await page.goto(`${product.url}/tim-kiem/`)
    await page.getByRole('searchbox').fill(q)
    await page.getByLabel('Loại nội dung').selectOption({ label: kind })
    await page.getByRole('button', { name: 'Tìm kiếm' }).click()
    await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 15_000 }).toMatch(/Tìm thấy|Không tìm thấy/)
    const results = await page.locator('#search-results li').evaluateAll((items) =>
      items.map((li) => ({
        title: li.querySelector('a')!.textContent!,
        href: li.querySelector('a')!.getAttribute('href')!,
        kind: li.querySelector('.meta')?.textContent,
      })),
    )
    const selected = await page.getByLabel('Loại nội dung').inputValue()
    await context.close()
    return { results, selected }
  }

  it('“dao” over everything finds “Đào tạo” news; narrowed to a kind, only that kind', async () => {
    const all = await search('dao', 'Tất cả')
    expect(all.results.some((r) => r.title.includes('Đào tạo'))).toBe(true)
    const news = await search('dao', 'Tin tức')
    expect(news.selected).toBe('news')
    expect(news.results.length).toBeGreaterThan(0)
    expect(news.results.every((r) => r.href.startsWith('/tin-tuc/') && r.kind === 'Tin tức')).toBe(true)
    const exemplars = await search('truong', 'Người tốt việc tốt')
    expect(exemplars.results.length).toBeGreaterThan(0)
    expect(exemplars.results.every((r) => r.href.startsWith('/nguoi-tot-viec-tot/') && r.kind === 'Người tốt việc tốt')).toBe(true)
  })

  it('documents, drafts for comment and Q&A each narrow to their own pages', async () => {
    const documents = await search('chuyen doi so', 'Văn bản')
    expect(documents.selected).toBe('document')
    expect(documents.results.length).toBeGreaterThan(0)
    expect(documents.results.every((r) => r.href.startsWith('/van-ban/') && r.kind === 'Văn bản')).toBe(true)
    const drafts = await search('tuyen sinh', 'Dự thảo')
    expect(drafts.results.length).toBeGreaterThan(0)
    expect(drafts.results.every((r) => r.href.startsWith('/du-thao/') && r.kind === 'Dự thảo')).toBe(true)
    expect(drafts.results.some((r) => r.title.includes('tuyển sinh vào lớp 6'))).toBe(true)
  })

  it('every result can be reached: page links (?trang=n) lead to the last ones, and news results show their date', async () => {
    const { context, page } = await guardedPage(browser, product.url)
    await page.goto(`${product.url}/tim-kiem/?q=truong`)
    await page.locator('#search-results li').first().waitFor({ timeout: 15_000 })
    const total = Number(/Tìm thấy (\d+) kết quả/.exec(await page.locator('#search-status').innerText())?.[1])
    expect(total).toBeGreaterThan(20)
    const first = await page.locator('#search-results li').count()
    expect(first).toBeLessThanOrEqual(20)
    const dates = await page.locator('#search-results .search-results__facts').allInnerTexts()
    expect(dates.some((d) => /^Tin tức · ngày \d{2}\/\d{2}\/\d{4}$/.test(d))).toBe(true)
    const pageLinks = page.getByRole('navigation', { name: 'Các trang kết quả' }).getByRole('link')
    const last = pageLinks.filter({ hasText: /^\d+$/ }).last()
    await last.click()
    await page.waitForURL(/trang=\d+/)
    await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 15_000 }).toMatch(/trang (\d+)\/\1\./)
    const start = Number(await page.locator('#search-results').getAttribute('start'))
    expect(start + (await page.locator('#search-results li').count()) - 1).toBeGreaterThanOrEqual(total)
    await context.close()
  })

  it('a Q&A hit is the entry itself: titled by its question, linking to its anchor, landing on it', async () => {
    const qa = await search('xe dua don', 'Hỏi đáp')
    expect(qa.results.length).toBeGreaterThan(0)
    expect(qa.results.every((r) => /^\/hoi-dap\/#hoi-dap-\d+$/.test(r.href) && r.kind === 'Hỏi đáp')).toBe(true)
    const hit = qa.results.find((r) => r.title.includes('xe đưa đón'))
    expect(hit, JSON.stringify(qa.results)).toBeDefined()
    const { context, page } = await guardedPage(browser, product.url)
    await page.goto(`${product.url}${hit!.href}`)
    const target = page.locator(':target')
    expect(await target.evaluate((e) => e.tagName)).toBe('H3')
    expect(await target.innerText()).toBe(hit!.title)
    // on it at once, not by a smooth scroll (smooth only for jumps within a page: global.css), its top at the top of
    // the window: scrolling is by whole pixels and the heading may sit a fraction of one lower (-0.31 px seen here)
    const landed = await target.evaluate((e) => {
      const r = e.getBoundingClientRect()
      return { top: r.top, bottom: r.bottom, height: innerHeight, scrollY }
    })
    expect(landed.top > -1 && landed.bottom <= landed.height && landed.scrollY > 0, JSON.stringify(landed)).toBe(true)
    await context.close()
  })
})
