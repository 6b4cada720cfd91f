import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { SiteBuildCoordinator as Coordinator } from '../../cms/src/site-build/coordinator'
import { createFixtures } from '../helpers/fixtures'
import { holdFiles, SEARCH_FILES } from '../helpers/held-files'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'
import { until } from '../helpers/wait'

/**
 * Publish → live: the build coordinator building the real site (Astro + Pagefind) from the real server's REST API,
 * publishing atomically; and scheduled publishing run by the server's own job queue.
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let server: TestServer
let f: Awaited<ReturnType<typeof createFixtures>>
let coordinator: Coordinator
// imported after freshPayload has set DATA_DIR and SITE_DIST: the CMS reads its paths when first loaded
let SiteBuildCoordinator: typeof Coordinator
let siteDist: string

const live = () => fs.realpathSync(siteDist)
/** Gives the published article a new title, asks for the rebuild and waits for it. */
async function retitle(title: string): Promise<void> {
  await payload.update({ collection: 'articles', id: f.publishedArticle.id, overrideAccess: true, data: { title } })
  coordinator.request({ reason: `articles#${f.publishedArticle.id}` })
  await coordinator.idle()
}
/** The articles' content cache file of the site build (the next one, staged, when `staged`). */
async function articlesCache(staged = false): Promise<string> {
  const { CONTENT_CACHE_DIR } = await import('../../cms/src/site-build/paths')
  const { contentCacheFile } = await import('@gd/shared/site-build-contract')
  return path.join(CONTENT_CACHE_DIR, contentCacheFile('articles', staged))
}
const page = (slug: string) => fs.readFileSync(path.join(siteDist, 'tin-tuc', slug, 'index.html'), 'utf8')

beforeAll(async () => {
  ctx = await freshPayload('publish')
  payload = ctx.payload
  siteDist = process.env.SITE_DIST!
  ;({ SiteBuildCoordinator } = await import('../../cms/src/site-build/coordinator'))
  f = await createFixtures(payload)
  await payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { orgName: 'Phòng Giáo dục và Đào tạo (kiểm thử)' } })
  server = await startServer(ctx.dataDir, { JOBS_CRON: '* * * * * *' })
  coordinator = new SiteBuildCoordinator(payload, server.url, 300)
}, 240_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('the build coordinator', () => {
  it('coalesces a burst of changes into one build and publishes it as a link swap', async () => {
    for (let i = 0; i < 5; i++) coordinator.request({ reason: `thay đổi ${i}` })
    await coordinator.idle()
    expect(coordinator.history).toHaveLength(1)
    expect(coordinator.history[0].error).toBeUndefined()
    expect(coordinator.history[0].result?.mode).toBe('full')
    expect(fs.lstatSync(siteDist).isSymbolicLink()).toBe(true)
    // production (docker-compose): the link is relative and the build lies beside SITE_DIST, in the same volume, so
    // nginx in its own container resolves it; the build is readable by others (nginx runs as another user)
    expect(path.isAbsolute(fs.readlinkSync(siteDist))).toBe(false)
    expect(path.dirname(path.dirname(live()))).toBe(fs.realpathSync(path.dirname(siteDist)))
    expect(fs.statSync(live()).mode & 0o755).toBe(0o755)
    expect(fs.statSync(path.join(live(), 'index.html')).mode & 0o644).toBe(0o644)
    expect(page(f.publishedArticle.slug!)).toContain('Tin đã đăng')
    expect(fs.existsSync(path.join(siteDist, 'tin-tuc', f.draftArticle.slug!, 'index.html'))).toBe(false)
    const status = await payload.findGlobal({ slug: 'site-build', overrideAccess: true })
    expect(status.status).toBe('thanh-cong')
    expect(status.lastSuccessAt).toBeTruthy()
  }, 120_000)

  it('runs one more build, and only one, for changes that arrive during a build', async () => {
    const before = coordinator.history.length
    coordinator.request({ reason: 'lần 1' })
    await new Promise((r) => setTimeout(r, 500)) // the debounce has passed: the build is running
    coordinator.request({ reason: 'trong lúc build 1' })
    coordinator.request({ reason: 'trong lúc build 2' })
    await coordinator.idle()
    expect(coordinator.history.length - before).toBe(2)
    expect(coordinator.history.at(-1)?.reasons).toEqual(['trong lúc build 1', 'trong lúc build 2'])
  }, 120_000)

  it('rebuilds incrementally: the edited page changes, unchanged pages are carried over', async () => {
    const otherTheme = await payload.create({
      collection: 'themes',
      overrideAccess: true,
      data: {
        name: 'Đội ngũ nhà giáo và cán bộ quản lý',
        slug: 'doi-ngu-nha-giao-can-bo-quan-ly',
        order: 8,
        year: 2024,
        status: 'dang-ap-dung',
      },
    })
    const other = await payload.create({
      collection: 'articles',
      overrideAccess: true,
      data: { title: 'Tin khác không đổi', content: f.publishedArticle.content, themes: [otherTheme.id], _status: 'published' },
    })
    coordinator.request({ reason: 'thêm tin' })
    await coordinator.idle()
    const before = live()
    await retitle('Tin đã đăng, nay sửa tiêu đề')
    const result = coordinator.history.at(-1)!.result!
    expect(result.mode).toBe('incremental')
    expect(live()).not.toBe(before)
    expect(page(f.publishedArticle.slug!)).toContain('Tin đã đăng, nay sửa tiêu đề')
    expect(page(other.slug!)).toContain('Tin khác không đổi')
    // only the edited article is rendered again; the other article (another theme, not related) is carried over
    expect(result.rendered).toBe(1)
    expect(result.reused).toBeGreaterThanOrEqual(2)
  }, 120_000)

  it('links the live pages into the next build’s folder while the site is idle; the next incremental build is that folder, a full one discards it', async () => {
    const { BUILDS_DIR: builds } = await import('../../cms/src/site-build/paths')
    const { COMPLETE_MARKER } = await import('../../cms/src/site-build/publish')
    /** Build folders that are neither complete nor live: the one linked ahead (./cms/src/site-build/linked-ahead.ts). */
    const ahead = () =>
      fs
        .readdirSync(builds)
        .filter((n) => !n.startsWith('.'))
        .map((n) => path.join(builds, n))
        .filter((dir) => dir !== live() && !fs.existsSync(path.join(dir, COMPLETE_MARKER)))
    const kept = path.join('tin-tuc', f.publishedArticle.slug!, 'index.html')
    /** The folder linked ahead, once the page is linked in it from the live build (the same file, not a copy). */
    const linkedAhead = async () => {
      let found: string | undefined
      const linked = await until(() => {
        found = ahead().find(
          (dir) => fs.statSync(path.join(dir, kept), { throwIfNoEntry: false })?.ino === fs.statSync(path.join(live(), kept)).ino,
        )
        return found !== undefined
      }, 30_000)
      expect(linked, `các thư mục build: ${fs.readdirSync(builds).join(', ')}`).toBe(true)
      return found!
    }
    const first = await linkedAhead()
    await retitle('Tin đã đăng, sửa lần nữa')
    expect(coordinator.history.at(-1)!.result!.mode).toBe('incremental')
    expect(live()).toBe(first)
    expect(page(f.publishedArticle.slug!)).toContain('Tin đã đăng, sửa lần nữa')
    const second = await linkedAhead()
    expect(second).not.toBe(first)
    // the live build made from other code: the next build renders everything into a new folder, and the one linked ahead goes
    fs.writeFileSync(path.join(live(), '.site-code'), 'mã nguồn trước khi cập nhật')
    await retitle('Tin đã đăng, nay sửa tiêu đề')
    expect(coordinator.history.at(-1)!.result!.mode).toBe('full')
    expect(live()).not.toBe(second)
    expect(fs.existsSync(second)).toBe(false)
  }, 180_000)

  it('takes an unpublished article off and puts a new one on in the same incremental build (as many published as before)', async () => {
    const theme = (await payload.find({ collection: 'themes', overrideAccess: true, limit: 1 })).docs[0]
    const data = { content: f.publishedArticle.content, themes: [theme.id], _status: 'published' as const }
    const leaving = await payload.create({ collection: 'articles', overrideAccess: true, data: { ...data, title: 'Tin sắp gỡ' } })
    coordinator.request({ reason: 'thêm tin sắp gỡ' })
    await coordinator.idle()
    expect(page(leaving.slug!)).toContain('Tin sắp gỡ')
    // one taken off and one put on between two builds: the CMS counts as many published articles as before
    await payload.update({ collection: 'articles', id: leaving.id, overrideAccess: true, data: { _status: 'draft' } })
    const coming = await payload.create({ collection: 'articles', overrideAccess: true, data: { ...data, title: 'Tin mới thay thế' } })
    // the live build's search index, held by links of our own (the build it replaced is deleted after the swap)
    const held = holdFiles(live(), SEARCH_FILES)
    coordinator.request({ reason: 'gỡ một tin, đăng một tin' })
    await coordinator.idle()
    expect(coordinator.history.at(-1)!.result!.mode).toBe('incremental')
    // nothing is written through a link into the live build's search index (rebuild-triggers: when it is made anew)
    expect(held.release()).toEqual([])
    expect(fs.existsSync(path.join(siteDist, 'tin-tuc', leaving.slug!, 'index.html'))).toBe(false)
    expect(page(coming.slug!)).toContain('Tin mới thay thế')
    expect(fs.readFileSync(path.join(siteDist, 'tin-tuc', 'index.html'), 'utf8')).not.toContain('Tin sắp gỡ')
    await payload.delete({ collection: 'articles', id: coming.id, overrideAccess: true })
    coordinator.request({ reason: 'xóa tin thay thế' })
    await coordinator.idle()
    expect(fs.existsSync(path.join(siteDist, 'tin-tuc', coming.slug!, 'index.html'))).toBe(false)
  }, 180_000)

  it('renders everything again when the live build was made from other site code (after a deploy), so no page names a missing stylesheet', async () => {
    // the live build says it was made from other code, as the one before a deploy would
    fs.writeFileSync(path.join(live(), '.site-code'), 'mã nguồn trước khi cập nhật')
    await retitle('Tin đã đăng, sửa sau khi cập nhật')
    expect(coordinator.history.at(-1)!.result!.mode).toBe('full')
    const stylesheets = new Set<string>()
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name)
        if (e.isDirectory()) walk(p)
        else if (e.name.endsWith('.html'))
          for (const m of fs.readFileSync(p, 'utf8').matchAll(/href="(\/_astro\/[^"]+\.css)"/g)) stylesheets.add(m[1])
      }
    }
    walk(live())
    expect(stylesheets.size).toBeGreaterThan(0)
    for (const href of stylesheets) expect(fs.existsSync(path.join(live(), href)), href).toBe(true)
    // and the next change, on the same code, is incremental again
    await retitle('Tin đã đăng, nay sửa tiêu đề')
    expect(coordinator.history.at(-1)!.result!.mode).toBe('incremental')
  }, 240_000)

  it('reads everything from the CMS again when the content cache was cut off in the middle of a line', async () => {
    const file = await articlesCache()
    const whole = fs.readFileSync(file)
    expect(whole.toString().split('\n').length).toBeGreaterThan(3)
    // cut after the first doc's line, inside the second one (a crash or a full disk while it was written)
    const second = whole.indexOf('\n', whole.indexOf('\n') + 1)
    fs.writeFileSync(file, whole.subarray(0, second + 20))
    await retitle('Tin đã đăng, sửa khi bộ nhớ đệm hỏng')
    expect(coordinator.history.at(-1)!.error).toBeUndefined()
    expect(page(f.publishedArticle.slug!)).toContain('Tin đã đăng, sửa khi bộ nhớ đệm hỏng')
    const { docs } = await payload.find({
      collection: 'articles',
      overrideAccess: true,
      where: { _status: { equals: 'published' } },
      limit: 0,
    })
    for (const doc of docs) expect(page(doc.slug!)).toContain(doc.title)
    // and the cache is whole again: every published article, one line of JSON each
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(1)
    expect(lines.map((l) => (JSON.parse(l) as { id: number }).id).sort()).toEqual(docs.map((d) => d.id).sort())
    // put back the title the next test expects
    await retitle('Tin đã đăng, nay sửa tiêu đề')
  }, 240_000)

  it('fails, keeping the live site and the cache it was built from, when its next content cache cannot be written', async () => {
    const current = await articlesCache()
    const cacheBefore = fs.readFileSync(current)
    const before = live()
    // a folder where the build writes its next cache: that write fails (the build renders its pages meanwhile and
    // must wait for it: site/src/lib/loaders/cache-writes.ts)
    const staged = await articlesCache(true)
    fs.mkdirSync(staged, { recursive: true })
    try {
      await retitle('Tin đã đăng, sửa khi không ghi được bộ nhớ đệm')
      expect(coordinator.history.at(-1)!.error).toBeTruthy()
    } finally {
      fs.rmSync(staged, { recursive: true, force: true })
    }
    expect(live()).toBe(before)
    expect(page(f.publishedArticle.slug!)).toContain('Tin đã đăng, nay sửa tiêu đề')
    expect(fs.readFileSync(current).equals(cacheBefore)).toBe(true)
    // and the next build, which can write it, publishes the change
    await retitle('Tin đã đăng, nay sửa tiêu đề lần nữa')
    expect(coordinator.history.at(-1)!.error).toBeUndefined()
    expect(page(f.publishedArticle.slug!)).toContain('Tin đã đăng, nay sửa tiêu đề lần nữa')
    await retitle('Tin đã đăng, nay sửa tiêu đề')
  }, 240_000)

  it('keeps the live site when a build fails, and says so in the status', async () => {
    const before = live()
    const broken = new SiteBuildCoordinator(payload, 'http://127.0.0.1:9', 50)
    broken.request({ reason: 'CMS không trả lời', full: true })
    await broken.idle()
    expect(broken.history[0].error).toBeTruthy()
    expect(live()).toBe(before)
    expect(page(f.publishedArticle.slug!)).toContain('nay sửa tiêu đề')
    const status = await payload.findGlobal({ slug: 'site-build', overrideAccess: true })
    expect(status.status).toBe('that-bai')
    expect(status.logTail).toMatch(/Không đọc được dữ liệu từ CMS/)
    expect(fs.readdirSync(`${siteDist}.builds`).length).toBeLessThanOrEqual(2)
  }, 120_000)
})

describe('scheduled publishing', () => {
  it('makes a draft public after its time, run by the server’s own job queue', async () => {
    const draft = await payload.create({
      collection: 'articles',
      overrideAccess: true,
      draft: true,
      data: { title: 'Tin hẹn giờ đăng', content: f.publishedArticle.content, themes: [f.theme.id], _status: 'draft' },
    })
    const when = new Date(Date.now() + 3000)
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id } },
      waitUntil: when,
    })
    const visible = async () => (await (await fetch(`${server.url}/api/articles?where[id][equals]=${draft.id}`)).json()).docs.length
    expect(await visible()).toBe(0)
    const deadline = Date.now() + 30_000
    while (Date.now() < deadline && (await visible()) === 0) await new Promise((r) => setTimeout(r, 500))
    expect(await visible()).toBe(1)
    expect(Date.now()).toBeGreaterThanOrEqual(when.getTime())
    const doc = await payload.findByID({ collection: 'articles', id: draft.id, overrideAccess: true })
    expect(doc._status).toBe('published')
    expect(doc.reviewState).toBe('da-xuat-ban')
  }, 60_000)
})
