import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import zlib from 'node:zlib'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { paragraphsToLexical } from '../../cms/src/seed/lexical'
import type { buildAndPublish as Build } from '../../cms/src/site-build/build'
import {
  currentResults,
  openSearchIndex,
  stillLive,
  type PagefindModule,
  partFilter,
  SEARCH_CHANGES_DIR,
  SEARCH_MAIN_DIR,
} from '../../shared/src/search-index'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * An incremental build indexes only the changed pages for search (shared/src/search-index.ts), leaves no readable
 * trace of a withdrawn page or of an edited page's old text, and is still the same site as a full build of the same
 * content: the same pages, byte for byte, and the same results for a search run by
 * Pagefind's own pagefind.js of each build (in Node, over HTTP), through the site's own openSearchIndex and
 * currentResults.
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let server: TestServer
let buildAndPublish: typeof Build
let f: Awaited<ReturnType<typeof createFixtures>>
let incremental: Awaited<ReturnType<typeof Build>>
let full: Awaited<ReturnType<typeof Build>>
let gone: { slug?: string | null }

const content = (words: string) => paragraphsToLexical([words])

beforeAll(async () => {
  ctx = await freshPayload('search-changes')
  payload = ctx.payload
  ;({ buildAndPublish } = await import('../../cms/src/site-build/build'))
  f = await createFixtures(payload)
  gone = await payload.create({
    collection: 'articles',
    overrideAccess: true,
    data: {
      title: 'Hội thi giáo viên dạy giỏi cấp huyện',
      content: content('Hội thi diễn ra tại Kim Anh.'),
      themes: [f.theme.id],
      _status: 'published',
    },
  })
  server = await startServer(ctx.dataDir)
}, 240_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

interface Found {
  id: string
  data: () => Promise<{ url: string }>
}
type Pagefind = PagefindModule & {
  search: (term: string, options: { filters: Record<string, string> }) => Promise<{ results: Found[] }>
  destroy: () => Promise<void>
}

/** Serves a build folder over HTTP (Pagefind loads its index with fetch) for the duration of fn. */
async function serving<T>(dir: string, fn: (origin: string) => Promise<T>): Promise<T> {
  const srv = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url!, 'http://x').pathname))
    fs.readFile(file, (err, data) => {
      res.statusCode = err ? 404 : 200
      res.end(err ? '' : data)
    })
  })
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve))
  try {
    return await fn(`http://127.0.0.1:${(srv.address() as AddressInfo).port}`)
  } finally {
    srv.close()
  }
}

/** The URLs a search finds in a build, as the search page lists them. */
async function searchUrls(dir: string, terms: string[]): Promise<string[][]> {
  return serving(dir, async (origin) => {
    // each build's own copy of Pagefind's module, so the two searches share nothing
    const module = (await import(pathToFileURL(path.join(dir, SEARCH_MAIN_DIR, 'pagefind.js')).href)) as Pagefind
    const index = await openSearchIndex(module, origin)
    const found: string[][] = []
    for (const term of terms) {
      const { results } = await index.pagefind.search(term, { filters: partFilter(term, index) })
      const shown = currentResults(results, index.replaced)
      found.push((await Promise.all(shown.map(async (r) => new URL((await r.data()).url, origin).pathname))).sort())
    }
    await index.pagefind.destroy()
    return found
  })
}

/** A file of a build folder, as text; its inode (the same file carried over by a hard link, or not). */
const read = (dir: string, name: string) => fs.readFileSync(path.join(dir, name), 'utf8')
const inode = (dir: string, name: string) => fs.statSync(path.join(dir, name)).ino

const htmlFiles = (dir: string): string[] =>
  (fs.readdirSync(dir, { recursive: true }) as string[]).filter((p) => p.endsWith('.html') && !p.startsWith('.')).sort()

/** The text of every fragment (page) of a Pagefind index in a build. */
const fragmentTexts = (indexDir: string): string[] =>
  fs
    .readdirSync(path.join(indexDir, 'fragment'))
    .map((name) => zlib.gunzipSync(fs.readFileSync(path.join(indexDir, 'fragment', name))).toString('utf8'))

describe('search after an incremental build', () => {
  it('keeps no trace of a withdrawn page: the whole site is indexed again', async () => {
    expect((await buildAndPublish(server.url, 'full')).log).toMatch(/tìm kiếm \(toàn bộ/)
    expect(fragmentTexts(path.join(fs.realpathSync(process.env.SITE_DIST!), SEARCH_MAIN_DIR)).join()).toContain('Hội thi giáo viên')
    await payload.update({ collection: 'articles', id: (gone as { id: number }).id, overrideAccess: true, data: { _status: 'draft' } })
    const withdrawn = await buildAndPublish(server.url, 'incremental')
    expect(withdrawn.mode).toBe('incremental')
    expect(withdrawn.log).toMatch(/tìm kiếm \(toàn bộ/)
    const texts = [SEARCH_MAIN_DIR, SEARCH_CHANGES_DIR].flatMap((d) =>
      fs.existsSync(path.join(withdrawn.dir, d, 'fragment')) ? fragmentTexts(path.join(withdrawn.dir, d)) : [],
    )
    expect(texts.join()).not.toContain('Hội thi giáo viên')
    // a page fewer: the sitemap is written again, without it
    expect(read(withdrawn.dir, 'sitemap-0.xml')).not.toContain(`/${gone.slug}/`)
  }, 240_000)

  it('indexes only the changed pages, carrying the main index over without the old text of the edited one', async () => {
    await payload.update({
      collection: 'articles',
      id: f.publishedArticle.id,
      overrideAccess: true,
      data: { title: 'Tin đã đăng về thư viện xanh Lai Khê' },
    })
    const added = await payload.create({
      collection: 'articles',
      overrideAccess: true,
      data: {
        title: 'Ngày hội đọc sách Kim Xuyên',
        content: content('Học sinh mang sách đến trường.'),
        themes: [f.theme.id],
        _status: 'published',
      },
    })
    const live = fs.realpathSync(process.env.SITE_DIST!)
    incremental = await buildAndPublish(server.url, 'incremental')
    expect(incremental.mode).toBe('incremental')
    // two pages indexed again (the edited article and the new one), not the whole site
    expect(incremental.log).toMatch(/tìm kiếm \(phần đổi, 2 trang\)/)
    // the main index is the live build's own files (hard links), not written again
    const entry = (dir: string) => fs.statSync(path.join(dir, SEARCH_MAIN_DIR, 'pagefind-entry.json')).ino
    expect(entry(incremental.dir)).toBe(entry(live))
    // the edited article's old text is not readable in the new build (its fragment left), nor is the words page
    const main = fragmentTexts(path.join(incremental.dir, SEARCH_MAIN_DIR)).join()
    expect(fragmentTexts(path.join(live, SEARCH_MAIN_DIR)).join()).toContain('"Tin đã đăng"')
    expect(main).not.toContain('"Tin đã đăng"')
    expect(fragmentTexts(path.join(incremental.dir, SEARCH_CHANGES_DIR))).toHaveLength(2)
    // a page more: the sitemap is written again, with it
    expect(read(incremental.dir, 'sitemap-0.xml')).toContain(`/tin-tuc/${added.slug}/`)
    const before = incremental.dir

    // the next build carries on from there: the same two pages (the new one edited again), not the whole site
    const fresh = await payload.find({ collection: 'articles', overrideAccess: true, where: { title: { like: 'Kim Xuyên' } } })
    await payload.update({
      collection: 'articles',
      id: fresh.docs[0].id,
      overrideAccess: true,
      data: { title: 'Ngày hội đọc sách Kim Xuyên năm học mới' },
    })
    incremental = await buildAndPublish(server.url, 'incremental')
    expect(incremental.log).toMatch(/tìm kiếm \(phần đổi, 2 trang\)/)
    // no page more or fewer: the live build's sitemap files are carried over, not written again
    for (const name of ['sitemap-index.xml', 'sitemap-0.xml']) expect(inode(incremental.dir, name), name).toBe(inode(before, name))
    // a page that opened the index of the build before knows it is not the live one any more, though the main index
    // is the same files: the changes index is another (site/src/scripts/search.ts then opens the live one again)
    const opened = await serving(before, async (origin) => {
      const module = (await import(pathToFileURL(path.join(before, SEARCH_MAIN_DIR, 'pagefind.js')).href)) as Pagefind
      const index = await openSearchIndex(module, origin)
      expect(await stillLive(index, origin)).toBe(true)
      await index.pagefind.destroy()
      return index
    })
    expect(await serving(incremental.dir, (origin) => stillLive(opened, origin))).toBe(false)
  }, 240_000)

  it('is the same site as a full build of the same content, page by page and search by search', async () => {
    full = await buildAndPublish(server.url, 'full')
    const pages = htmlFiles(full.dir)
    expect(htmlFiles(incremental.dir)).toEqual(pages)
    for (const page of pages)
      expect(fs.readFileSync(path.join(incremental.dir, page), 'utf8'), page).toBe(fs.readFileSync(path.join(full.dir, page), 'utf8'))
    // and so is its sitemap, though carried over from an earlier build
    for (const name of ['sitemap-index.xml', 'sitemap-0.xml']) expect(read(incremental.dir, name), name).toBe(read(full.dir, name))

    const terms = ['thu vien xanh', 'ngay hoi doc sach', 'hoi thi giao vien', 'tin da dang', 'kim anh']
    const [afterChanges, afterFull] = [await searchUrls(incremental.dir, terms), await searchUrls(full.dir, terms)]
    expect(afterChanges).toEqual(afterFull)
    // what each search must find: the edited title and the new article; nothing of the withdrawn one
    expect(afterFull[0]).toEqual([`/tin-tuc/${f.publishedArticle.slug}/`])
    expect(afterFull[1]).toHaveLength(1)
    expect(afterFull[2]).toEqual([])
  }, 240_000)
})
