import http from 'node:http'
import type { AddressInfo } from 'node:net'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../helpers/browser'
import { createFixtures } from '../helpers/fixtures'
import { tinyPdf } from '../helpers/office-files'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * Framing and sniffing, over HTTP against the real server and in Chromium: every response (Next's too) forbids
 * framing by another site and MIME sniffing; uploaded files cannot run as a page of the site, and documents are
 * downloaded (Content-Disposition: attachment, the Vietnamese name kept in filename*).
 */
let server: TestServer
let ctx: Awaited<ReturnType<typeof freshPayload>>
let image: { filename?: string | null }
let pdf: { filename?: string | null }

beforeAll(async () => {
  ctx = await freshPayload('attack-headers')
  await createFixtures(ctx.payload)
  const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#1d4e89' } })
    .png()
    .toBuffer()
  image = await ctx.payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: 'Ảnh' },
    file: { data: png, name: 'anh.png', mimetype: 'image/png', size: png.length },
  })
  const data = tinyPdf()
  pdf = await ctx.payload.create({
    collection: 'files',
    overrideAccess: true,
    data: { title: 'Kế hoạch' },
    file: { data, name: 'kế-hoạch-năm-học.pdf', mimetype: 'application/pdf', size: data.length },
  })
  server = await startServer(ctx.dataDir)
}, 300_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

const get = (path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' })

function expectNoFramingNoSniffing(res: Response, what: string) {
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff')
  expect(res.headers.get('x-frame-options'), what).toBe('SAMEORIGIN')
  expect(res.headers.get('content-security-policy') ?? '', what).toContain("frame-ancestors 'self'")
}

describe('every response', () => {
  it('the admin, the REST API (answers and errors), the site, its 404 and health forbid framing and sniffing', async () => {
    for (const path of [
      '/admin/login',
      '/admin',
      '/api/articles',
      '/api/users/me',
      '/api/khong-co',
      '/_next/khong-co.js',
      '/',
      '/khong-co/',
      '/healthz',
    ]) {
      const res = await get(path)
      expectNoFramingNoSniffing(res, `${path} (${res.status})`)
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
      await res.arrayBuffer()
    }
  })

  it('an uploaded image is an image only: no sniffing, and opened alone it runs nothing (sandbox)', async () => {
    for (const path of [`/media/${image.filename}`, `/api/media/file/${image.filename}`]) {
      const res = await get(path)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('content-type'), path).toBe('image/png')
      expectNoFramingNoSniffing(res, path)
      expect(res.headers.get('content-security-policy'), path).toMatch(/default-src 'none'.*sandbox/)
      await res.arrayBuffer()
    }
  })

  it('a document is downloaded, never shown as a page of the site, its Vietnamese name kept', async () => {
    const res = await get(`/api/files/file/${encodeURIComponent(pdf.filename!)}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expectNoFramingNoSniffing(res, 'pdf')
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'.*sandbox/)
    const disposition = res.headers.get('content-disposition') ?? ''
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/)
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(pdf.filename)
    await res.arrayBuffer()
  })
})

describe('in Chromium, a page of another site', () => {
  it('cannot frame the admin login', async () => {
    const evil = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(`<!doctype html><title>evil</title><iframe name="admin" src="${server.url}/admin/login" width="800" height="600"></iframe>`)
    })
    await new Promise<void>((resolve) => evil.listen(0, 'localhost', resolve))
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      await page.goto(`http://localhost:${(evil.address() as AddressInfo).port}/`)
      await page.waitForTimeout(3000)
      const frame = page.frame({ name: 'admin' })
      expect(frame).not.toBeNull()
      expect(await frame!.locator('input[type="password"]').count()).toBe(0)
      expect(
        await frame!
          .locator('body')
          .innerText()
          .catch(() => ''),
      ).not.toMatch(/Đăng nhập|Mật khẩu/)
    } finally {
      await browser.close()
      evil.close()
    }
  }, 60_000)
})
