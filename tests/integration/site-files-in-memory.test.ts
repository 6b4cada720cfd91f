import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { markCopiesPending, precompressBuild } from '../../cms/src/site-build/precompress'
import { SiteFilesInMemory } from '../../cms/src/server/site-files-in-memory'

/**
 * The live build's files kept in memory by the server (issue 15 §4), on real folders and a real link swapped the way
 * a build is published (cms/src/site-build/publish.ts): the variant the request accepts, the same ETag and
 * Last-Modified as express.static, 304, a newly published build served at once, its compressed copies once they are
 * written after it went live, and the memory bound held.
 * Behind it, express.static answers what memory does not (marked `x-from: disk`), so a fall-through is visible.
 */
let dir: string
let link: string
let files: SiteFilesInMemory
let server: http.Server
let base: string
/** how many requests answerAtOnce answered */
let answeredAtOnce = 0
const MAX_BYTES = 60 * 1024

const page = (title: string, filler = 'Nội dung trang tĩnh để nén. ') =>
  `<!doctype html><html lang="vi"><head><title>${title}</title></head><body><h1>${title}</h1><p>${filler.repeat(100)}</p></body></html>`

/** A build folder with a home page, ten articles of about 3 KB, a stylesheet under /_astro/ and a large file. */
async function makeBuild(name: string, title: string): Promise<string> {
  const build = path.join(dir, 'builds', name)
  fs.mkdirSync(path.join(build, 'tin-tuc'), { recursive: true })
  fs.mkdirSync(path.join(build, '_astro'), { recursive: true })
  fs.writeFileSync(path.join(build, 'index.html'), page(title))
  for (let i = 1; i <= 10; i++) {
    fs.mkdirSync(path.join(build, 'tin-tuc', `bai-${i}`))
    // each article different enough that its compressed copies are not tiny
    fs.writeFileSync(path.join(build, 'tin-tuc', `bai-${i}`, 'index.html'), page(`${title} ${i}`, `${i} ${Math.random()} `.repeat(3)))
  }
  fs.writeFileSync(path.join(build, '_astro', 'site.abc123.css'), `body{color:#222}${'.a{margin:0}'.repeat(200)}`)
  fs.writeFileSync(path.join(build, 'lon.svg'), `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(40_000)}</svg>`)
  await precompressBuild(build)
  return build
}

/** Points the link at a build in one rename, as publishBuild does. */
function publish(build: string) {
  const tmp = `${link}.tmp-${Date.now()}`
  fs.symlinkSync(path.relative(dir, build), tmp)
  fs.renameSync(tmp, link)
}

function get(
  pathname: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${pathname}`, { headers, method }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-site-memory-'))
  link = path.join(dir, 'site')
  publish(await makeBuild('mot', 'Bản một'))
  // the big file stays out of memory: larger than the largest file kept
  files = new SiteFilesInMemory({ root: link, maxBytes: MAX_BYTES, maxFileBytes: 100 * 1024 })
  const app = express()
  app.disable('x-powered-by') // as the server does
  app.use((req, res, next) => files.answer(req, res, next, (send) => (res.setHeader('x-from', 'memory'), send())))
  app.use((_req, res, next) => (res.setHeader('x-from', 'disk'), next()))
  app.use(express.static(link))
  // as the server mounts it (cms/src/server/index.ts): a file already kept is answered before express
  server = http.createServer((req, res) => {
    const pathname = (req.url ?? '').split('?')[0]!
    if (!files.answerAtOnce(req, pathname, res, ['x-from', 'memory'], () => answeredAtOnce++)) void app(req, res)
  })
  server.listen(0, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(async () => {
  await new Promise((r) => server?.close(r))
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('the live build from memory', () => {
  it('answers the copy the request accepts, with the tags express.static gives the same file', async () => {
    const live = fs.realpathSync(link)
    const br = await get('/', { 'accept-encoding': 'gzip, deflate, br' })
    expect(br.status).toBe(200)
    expect(br.headers['x-from']).toBe('memory')
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(br.headers.vary).toMatch(/Accept-Encoding/i)
    expect(br.headers['cache-control']).toBe('public, max-age=60')
    expect(br.body.equals(fs.readFileSync(path.join(live, 'index.html.br')))).toBe(true)
    const gz = await get('/', { 'accept-encoding': 'br;q=0, gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gz.body).toString()).toBe(page('Bản một'))
    const plain = await get('/', { 'accept-encoding': 'identity' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(page('Bản một'))
    expect(new Set([br.headers.etag, gz.headers.etag, plain.headers.etag]).size).toBe(3)

    // the same ETag and Last-Modified as the file from disk: an answer does not depend on where it came from
    const fromDisk = await get('/index.html', { 'accept-encoding': 'identity', range: 'bytes=0-' })
    expect(fromDisk.headers['x-from']).toBe('disk')
    expect(plain.headers.etag).toBe(fromDisk.headers.etag)
    expect(plain.headers['last-modified']).toBe(fromDisk.headers['last-modified'])

    const css = await get('/_astro/site.abc123.css', { 'accept-encoding': 'br' })
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(css.headers['content-type']).toMatch(/^text\/css/)
  })

  it('answers 304 to If-None-Match and If-Modified-Since of the variant it sent', async () => {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const first = await get('/tin-tuc/bai-1/', { 'accept-encoding': encoding })
      const again = await get('/tin-tuc/bai-1/', { 'accept-encoding': encoding, 'if-none-match': first.headers.etag! })
      expect(again.status).toBe(304)
      expect(again.headers['x-from']).toBe('memory')
      expect(again.body.length).toBe(0)
      const since = await get('/tin-tuc/bai-1/', { 'accept-encoding': encoding, 'if-modified-since': first.headers['last-modified']! })
      expect(since.status).toBe(304)
    }
    const other = await get('/tin-tuc/bai-1/', { 'accept-encoding': 'gzip', 'if-none-match': 'W/"khac"' })
    expect(other.status).toBe(200)
  })

  it('reads a file once, then answers from memory', async () => {
    const file = path.join(fs.realpathSync(link), 'tin-tuc', 'bai-2', 'index.html')
    const before = (await get('/tin-tuc/bai-2/', { 'accept-encoding': 'identity' })).body.toString()
    fs.writeFileSync(file, 'ĐÃ ĐỔI TRÊN ĐĨA')
    expect((await get('/tin-tuc/bai-2/', { 'accept-encoding': 'identity' })).body.toString()).toBe(before)
  })

  it('answers a file it keeps before express, exactly as it answered it through express the first time', async () => {
    const live = fs.realpathSync(link)
    const weakTag = (file: string) => {
      const stat = fs.statSync(path.join(live, file))
      return `W/"${stat.size.toString(16)}-${stat.mtime.getTime().toString(16)}"`
    }
    const cases: { page: string; method?: string; query?: string; headers: Record<string, string> }[] = [
      { page: 'bai-6', headers: { 'accept-encoding': 'gzip, deflate, br' } },
      { page: 'bai-7', query: '?trang=2', headers: { 'accept-encoding': 'gzip' } },
      { page: 'bai-8', method: 'HEAD', headers: { 'accept-encoding': 'identity' } },
      { page: 'bai-9', headers: { 'accept-encoding': 'br', 'if-none-match': weakTag('tin-tuc/bai-9/index.html.br') } },
    ]
    const seen = (r: Awaited<ReturnType<typeof get>>) => {
      const { date: _date, connection: _connection, 'keep-alive': _keepAlive, ...headers } = r.headers
      return { status: r.status, headers, body: r.body.toString('base64') }
    }
    for (const c of cases) {
      const pathname = `/tin-tuc/${c.page}/${c.query ?? ''}`
      const before = answeredAtOnce
      const first = await get(pathname, c.headers, c.method)
      expect(answeredAtOnce, `${pathname}: the first answer reads the file, through express`).toBe(before)
      const again = await get(pathname, c.headers, c.method)
      expect(answeredAtOnce, `${pathname}: then at once`).toBe(before + 1)
      expect(seen(again), pathname).toEqual(seen(first))
      expect(first.status).toBe(c.headers['if-none-match'] ? 304 : 200)
    }
    // nothing a request may not have goes this way: a Range request, another method
    const before = answeredAtOnce
    expect((await get('/tin-tuc/bai-6/', { range: 'bytes=0-9' })).headers['x-from']).toBe('disk')
    expect((await get('/tin-tuc/bai-6/', {}, 'POST')).status).toBe(404)
    expect(answeredAtOnce).toBe(before)
  })

  it('serves a newly published build at once, and forgets the previous one', async () => {
    await get('/', { 'accept-encoding': 'br' })
    publish(await makeBuild('hai', 'Bản hai'))
    // the link is read again at most 10 ms after it was last read (LINK_CHECK_MS)
    await new Promise((r) => setTimeout(r, 15))
    for (const encoding of ['br', 'gzip', 'identity']) {
      const res = await get('/', { 'accept-encoding': encoding })
      const body = encoding === 'br' ? zlib.brotliDecompressSync(res.body) : encoding === 'gzip' ? zlib.gunzipSync(res.body) : res.body
      expect(body.toString(), encoding).toBe(page('Bản hai'))
    }
    expect(files.size).toBe(1)
  })

  it('sends a page of a build gone live before its compressed copies compressed once they are written', async () => {
    // as site-build/build.ts publishes: the folder marked as still to be compressed, live, then its copies written
    const build = path.join(dir, 'builds', 'ba')
    fs.mkdirSync(build, { recursive: true })
    fs.writeFileSync(path.join(build, 'index.html'), page('Bản ba'))
    await markCopiesPending(build)
    publish(build)
    await new Promise((r) => setTimeout(r, 15))
    const before = await get('/', { 'accept-encoding': 'gzip, br' })
    expect(before.headers['x-from']).toBe('memory')
    expect(before.headers['content-encoding']).toBeUndefined()
    expect(before.body.toString()).toBe(page('Bản ba'))
    expect(await precompressBuild(build, ['index.html'])).toBe(1)
    const after = await get('/', { 'accept-encoding': 'gzip, br' })
    expect(after.headers['content-encoding']).toBe('br')
    expect(zlib.brotliDecompressSync(after.body).toString()).toBe(page('Bản ba'))
    // and is kept from then on
    fs.writeFileSync(path.join(build, 'index.html.br'), 'ĐÃ ĐỔI')
    expect((await get('/', { 'accept-encoding': 'br' })).body.toString()).not.toBe('ĐÃ ĐỔI')
    publish(path.join(dir, 'builds', 'hai'))
    await new Promise((r) => setTimeout(r, 15))
  })

  it('keeps at most its bound, the least recently used leaving first, and leaves large files to the disk', async () => {
    for (let round = 0; round < 2; round++)
      for (let i = 1; i <= 10; i++) {
        const res = await get(`/tin-tuc/bai-${i}/`, { 'accept-encoding': 'identity' })
        expect(res.status).toBe(200)
        expect(res.body.toString()).toContain(`Bản hai ${i}`)
        expect(files.bytes).toBeLessThanOrEqual(MAX_BYTES)
      }
    expect(files.size).toBeGreaterThan(1)
    expect(files.size).toBeLessThan(11)
    // the most recent is kept: asked again, it comes from memory even after its file changed on disk
    fs.writeFileSync(path.join(fs.realpathSync(link), 'tin-tuc', 'bai-10', 'index.html'), 'ĐÃ ĐỔI')
    expect((await get('/tin-tuc/bai-10/', { 'accept-encoding': 'identity' })).body.toString()).toContain('Bản hai 10')
    // the oldest was dropped: asked again, it is read from disk anew
    fs.writeFileSync(path.join(fs.realpathSync(link), 'tin-tuc', 'bai-1', 'index.html'), 'ĐÃ ĐỔI')
    fs.rmSync(path.join(fs.realpathSync(link), 'tin-tuc', 'bai-1', 'index.html.br'))
    fs.rmSync(path.join(fs.realpathSync(link), 'tin-tuc', 'bai-1', 'index.html.gz'))
    expect((await get('/tin-tuc/bai-1/', { 'accept-encoding': 'identity' })).body.toString()).toBe('ĐÃ ĐỔI')

    const big = await get('/lon.svg', { 'accept-encoding': 'identity' })
    expect(big.status).toBe(200)
    expect(big.headers['x-from']).toBe('disk')
    expect(files.bytes).toBeLessThanOrEqual(MAX_BYTES)
  })

  it('leaves to the handlers after it what is not a plain file of the live build (attacker)', async () => {
    fs.writeFileSync(path.join(dir, 'bi-mat.html'), 'BÍ MẬT')
    for (const attempt of [
      '/../bi-mat.html',
      '/..%2fbi-mat.html',
      '/%2e%2e%2fbi-mat.html',
      '/..%5cbi-mat.html',
      '/.build-complete',
      '/%00.html',
      '/tin-tuc/',
      '/khong-co.html',
      '/%E0%A4%A.html',
    ]) {
      const res = await get(attempt)
      expect(res.headers['x-from'], attempt).toBe('disk')
      expect(res.body.toString()).not.toContain('BÍ MẬT')
    }
  })
})
