import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { SiteBuildCoordinator as Coordinator } from '../../cms/src/site-build/coordinator'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { NGINX_BIN, type RunningNginx, startNginx } from '../helpers/nginx'
import { startServer, type TestServer } from '../helpers/server'
import { copiesComplete, markCopiesPending, precompressBuild } from '../../cms/src/site-build/precompress'

/**
 * The static site from the embedded server (issue 15 §4): the build writes a brotli and a gzip copy next to every
 * text file worth compressing, an incremental build keeps them equal to their pages, and the server answers with the
 * copy the request accepts (Content-Encoding, Vary), 304 on a conditional request, a year of cache for hashed assets
 * only, and nothing from outside the live folder.
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let server: TestServer
let f: Awaited<ReturnType<typeof createFixtures>>
let coordinator: Coordinator
let siteDist: string

const live = () => fs.realpathSync(siteDist)

/** Every compressible file of the live build at least 1 KiB has both copies, and each decompresses to the file. */
function checkCopies(): number {
  let checked = 0
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if (/\.(html|css|js|xml|json|svg)$/.test(e.name) && fs.statSync(p).size >= 1024) {
        const data = fs.readFileSync(p)
        expect(zlib.brotliDecompressSync(fs.readFileSync(`${p}.br`)).equals(data), `${p}.br`).toBe(true)
        expect(zlib.gunzipSync(fs.readFileSync(`${p}.gz`)).equals(data), `${p}.gz`).toBe(true)
        checked++
      } else if (/\.(br|gz)$/.test(e.name)) expect(fs.existsSync(p.slice(0, -3)), `${p} sans source`).toBe(true)
    }
  }
  walk(live())
  return checked
}

/** A raw GET (no URL normalisation by the client: the path goes on the wire as written). */
const rawGet = (pathname: string, headers: Record<string, string> = {}) => rawGetFrom(server.url, pathname, headers)

function rawGetFrom(
  base: string,
  pathname: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname === 'localhost' ? '127.0.0.1' : hostname, port, path: pathname, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

beforeAll(async () => {
  ctx = await freshPayload('precompressed')
  payload = ctx.payload
  siteDist = process.env.SITE_DIST!
  const { SiteBuildCoordinator } = await import('../../cms/src/site-build/coordinator')
  f = await createFixtures(payload)
  server = await startServer(ctx.dataDir)
  coordinator = new SiteBuildCoordinator(payload, server.url, 300)
  coordinator.request({ reason: 'build đầu' })
  await coordinator.idle()
  expect(coordinator.history.at(-1)?.error).toBeUndefined()
}, 300_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

describe('precompressed copies written by the build', () => {
  it('sit next to every page, stylesheet and script, equal to it once decompressed, after a full and an incremental build', async () => {
    expect(checkCopies()).toBeGreaterThan(10)
    const before = live()
    await payload.update({
      collection: 'articles',
      id: f.publishedArticle.id,
      overrideAccess: true,
      data: { title: 'Tin đã đăng, nay sửa để nén lại' },
    })
    coordinator.request({ reason: `articles#${f.publishedArticle.id}` })
    await coordinator.idle()
    expect(coordinator.history.at(-1)!.result!.mode).toBe('incremental')
    expect(live()).not.toBe(before)
    expect(checkCopies()).toBeGreaterThan(10)
    const page = path.join(live(), 'tin-tuc', f.publishedArticle.slug!, 'index.html')
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${page}.br`)).toString()).toContain('Tin đã đăng, nay sửa để nén lại')
    expect(copiesComplete(live())).toBe(true)
  }, 300_000)

  it('left unwritten by a build stopped after it went live, are written by the next build for the pages it keeps', async () => {
    // the copies are written after the build goes live (site-build/build.ts): stopped then, the live folder keeps its
    // mark and misses copies; the next build carries those pages over and must not carry the gap with them
    const stopped = live()
    let removed = 0
    const strip = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name)
        if (e.isDirectory()) strip(p)
        else if (/\.html\.(br|gz)$/.test(e.name)) {
          fs.rmSync(p)
          removed++
        }
      }
    }
    strip(stopped)
    expect(removed).toBeGreaterThan(10)
    await markCopiesPending(stopped)
    await payload.update({ collection: 'articles', id: f.publishedArticle.id, overrideAccess: true, data: { title: 'Tin sửa lần nữa' } })
    coordinator.request({ reason: `articles#${f.publishedArticle.id}` })
    await coordinator.idle()
    const result = coordinator.history.at(-1)!.result!
    expect(result.mode).toBe('incremental')
    expect(result.reused).toBeGreaterThan(0)
    expect(live()).not.toBe(stopped)
    expect(checkCopies()).toBeGreaterThan(10)
    expect(copiesComplete(live())).toBe(true)
  }, 300_000)
})

describe('the embedded server', () => {
  const article = () => `/tin-tuc/${f.publishedArticle.slug}/`
  const file = (urlPath: string) => fs.readFileSync(path.join(live(), urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath))

  it('answers brotli, gzip or the file itself by Accept-Encoding, always with Vary: Accept-Encoding', async () => {
    for (const p of ['/', article()]) {
      const br = await rawGet(p, { 'accept-encoding': 'gzip, deflate, br' })
      expect(br.status).toBe(200)
      expect(br.headers['content-encoding']).toBe('br')
      expect(br.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(br.headers.vary).toMatch(/Accept-Encoding/i)
      expect(zlib.brotliDecompressSync(br.body).equals(file(p))).toBe(true)
      // the bytes written at build time, not compressed again per request
      expect(br.body.equals(fs.readFileSync(path.join(live(), p, 'index.html.br')))).toBe(true)

      const gz = await rawGet(p, { 'accept-encoding': 'gzip' })
      expect(gz.headers['content-encoding']).toBe('gzip')
      expect(zlib.gunzipSync(gz.body).equals(file(p))).toBe(true)

      const refused = await rawGet(p, { 'accept-encoding': 'br;q=0, gzip' })
      expect(refused.headers['content-encoding']).toBe('gzip')

      const plain = await rawGet(p, { 'accept-encoding': 'identity' })
      expect(plain.headers['content-encoding']).toBeUndefined()
      expect(plain.body.equals(file(p))).toBe(true)
    }
  })

  it('answers 304 to If-None-Match and If-Modified-Since, per encoding', async () => {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const first = await rawGet('/', { 'accept-encoding': encoding })
      expect(first.headers.etag).toBeTruthy()
      expect(first.headers['last-modified']).toBeTruthy()
      const again = await rawGet('/', { 'accept-encoding': encoding, 'if-none-match': first.headers.etag! })
      expect(again.status).toBe(304)
      expect(again.body.length).toBe(0)
      const since = await rawGet('/', { 'accept-encoding': encoding, 'if-modified-since': first.headers['last-modified']! })
      expect(since.status).toBe(304)
    }
    // a brotli copy's tag is not the plain file's
    const br = await rawGet('/', { 'accept-encoding': 'br' })
    const plain = await rawGet('/', { 'accept-encoding': 'identity' })
    expect(br.headers.etag).not.toBe(plain.headers.etag)
  })

  it('keeps hashed assets a year (immutable), pages and the search entry file a minute', async () => {
    const home = (await rawGet('/', { 'accept-encoding': 'br' })).body
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(zlib.brotliDecompressSync(home).toString())?.[1]
    expect(css).toBeTruthy()
    for (const encoding of ['br', 'identity']) {
      const asset = await rawGet(css!, { 'accept-encoding': encoding })
      expect(asset.status).toBe(200)
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
      expect(asset.headers['content-type']).toMatch(/^text\/css/)
      const page = await rawGet(article(), { 'accept-encoding': encoding })
      expect(page.headers['cache-control']).toBe('public, max-age=60')
    }
    // Pagefind's entry file keeps its name from build to build: not immutable
    const entry = await rawGet('/pagefind/pagefind-entry.json', { 'accept-encoding': 'br' })
    expect(entry.status).toBe(200)
    expect(entry.headers['cache-control']).toBe('public, max-age=60')
  })

  it('serves a build published while it runs at once, though the previous one was answered from memory', async () => {
    for (const encoding of ['br', 'gzip', 'identity']) await rawGet(article(), { 'accept-encoding': encoding })
    const title = `Tin sửa lúc ${Date.now()}`
    await payload.update({ collection: 'articles', id: f.publishedArticle.id, overrideAccess: true, data: { title } })
    coordinator.request({ reason: `articles#${f.publishedArticle.id}` })
    await coordinator.idle()
    await new Promise((r) => setTimeout(r, 15)) // the server reads the link again at most 10 ms after it last did
    for (const encoding of ['br', 'gzip', 'identity']) {
      const res = await rawGet(article(), { 'accept-encoding': encoding })
      const body = encoding === 'br' ? zlib.brotliDecompressSync(res.body) : encoding === 'gzip' ? zlib.gunzipSync(res.body) : res.body
      expect(body.toString(), encoding).toContain(title)
    }
  }, 300_000)

  it('answers a path the server answers itself from the server, though its built file is kept in memory', async () => {
    // the confirmation page's template, asked for by its file name, is kept in memory like any page…
    for (let i = 0; i < 2; i++) expect((await rawGet('/gop-y/da-gui/index.html', { 'accept-encoding': 'br' })).status).toBe(200)
    // …and the confirmation itself (the same file, by the path the form sends a citizen to) still comes from the
    // server, with the citizen's code in it and never cached: not the bare template from memory
    const done = await rawGet('/gop-y/da-gui/?ma=GY-2026-ABCDE', { 'accept-encoding': 'identity' })
    expect(done.status).toBe(200)
    expect(done.headers['cache-control']).toBe('no-store')
    expect(done.body.toString()).toContain('GY-2026-ABCDE')
  })

  it('serves nothing from outside the live folder, however the path is encoded (attacker)', async () => {
    // files an attacker would want, beside the live folder: the database, and a page with its compressed copies
    const secret = '<html><body>' + 'BÍ MẬT '.repeat(400) + '</body></html>'
    fs.writeFileSync(path.join(ctx.dataDir, 'bi-mat.html'), secret)
    fs.writeFileSync(path.join(ctx.dataDir, 'bi-mat.html.br'), zlib.brotliCompressSync(secret))
    fs.writeFileSync(path.join(ctx.dataDir, 'bi-mat.html.gz'), zlib.gzipSync(secret))
    fs.copyFileSync(path.join(ctx.dataDir, 'bi-mat.html'), path.join(path.dirname(live()), 'bi-mat.html'))
    fs.copyFileSync(path.join(ctx.dataDir, 'bi-mat.html.br'), path.join(path.dirname(live()), 'bi-mat.html.br'))
    const attempts = [
      '/../cms.db',
      '/..%2f..%2fcms.db',
      '/%2e%2e/%2e%2e/cms.db',
      '/%2e%2e%2f%2e%2e%2fcms.db',
      '/..%252f..%252fcms.db',
      '/..%5c..%5ccms.db',
      '/tin-tuc/..%2f..%2f..%2fcms.db',
      '/..%2f..%2fbi-mat.html',
      '/..%2fbi-mat.html',
      '/%2e%2e%2f%2e%2e%2fbi-mat.html',
      '/%2e%2e/bi-mat.html',
      '/..%5cbi-mat.html',
      '/..%2f..%2fbi-mat.html%00.css',
      '/.%2e/.%2e/bi-mat.html',
    ]
    for (const attempt of attempts)
      for (const encoding of ['br', 'gzip', 'identity']) {
        const res = await rawGet(attempt, { 'accept-encoding': encoding })
        expect([400, 404], `${attempt} (${encoding}): ${res.status}`).toContain(res.status)
        const body =
          res.headers['content-encoding'] === 'br'
            ? zlib.brotliDecompressSync(res.body)
            : res.headers['content-encoding'] === 'gzip'
              ? zlib.gunzipSync(res.body)
              : res.body
        expect(body.toString('latin1')).not.toContain('SQLite format')
        expect(body.toString()).not.toContain('BÍ MẬT')
      }
  })
})

describe.runIf(Boolean(NGINX_BIN))('nginx (deploy/nginx.conf)', () => {
  it('sends the gzip copy the build wrote (gzip_static), with Vary, and the page itself to a client without gzip', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-nginx-site-'))
    const html = `<!doctype html><html lang="vi"><body>${'<p>Trang tĩnh nén sẵn.</p>'.repeat(200)}</body></html>`
    fs.writeFileSync(path.join(root, 'index.html'), html)
    expect(await precompressBuild(root)).toBe(1)
    fs.chmodSync(root, 0o755)
    for (const name of fs.readdirSync(root)) fs.chmodSync(path.join(root, name), 0o644)
    const nginx: RunningNginx = await startNginx('127.0.0.1:9', root)
    try {
      const gz = await rawGetFrom(nginx.url, '/', { 'accept-encoding': 'gzip' })
      expect(gz.status).toBe(200)
      expect(gz.headers['content-encoding']).toBe('gzip')
      expect(gz.headers.vary).toMatch(/Accept-Encoding/i)
      // the very bytes written at build time (nginx's own gzip filter is off)
      expect(gz.body.equals(fs.readFileSync(path.join(root, 'index.html.gz')))).toBe(true)
      const plain = await rawGetFrom(nginx.url, '/', { 'accept-encoding': 'identity' })
      expect(plain.headers['content-encoding']).toBeUndefined()
      expect(plain.body.toString()).toBe(html)
    } finally {
      await nginx.stop()
      fs.rmSync(root, { recursive: true, force: true })
    }
  }, 60_000)
})
