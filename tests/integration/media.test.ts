import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { freshPayload } from '../helpers/payload'

let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload

beforeAll(async () => {
  ctx = await freshPayload('media')
  payload = ctx.payload
})
afterAll(async () => ctx?.close())

const upload = (data: Buffer, name: string, mimetype: string, alt = 'Ảnh kiểm thử') =>
  payload.create({ collection: 'media', overrideAccess: true, data: { alt }, file: { data, name, mimetype, size: data.length } })
const mediaCount = async () => (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs

describe('image uploads', () => {
  it('store a real image with WebP sizes for the site', async () => {
    const png = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#1d4e89' } })
      .png()
      .toBuffer()
    const doc = await upload(png, 'anh.png', 'image/png')
    expect(doc.width).toBe(1600)
    expect(Object.keys(doc.sizes ?? {}).sort()).toEqual(['card', 'hero', 'thumbnail'])
    expect(doc.sizes?.hero?.mimeType).toBe('image/webp')
    expect(doc.sizes?.hero?.width).toBe(1280)
  })

  it('refuse a file that is not an image, whatever its name says', async () => {
    const before = await mediaCount()
    await expect(upload(Buffer.from('%PDF-1.4 không phải ảnh'), 'anh.jpg', 'image/jpeg')).rejects.toThrow(/không phải là ảnh hợp lệ/)
    await expect(
      upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'x.svg', 'image/svg+xml'),
    ).rejects.toThrow(/Chỉ chấp nhận ảnh|không phải là ảnh/)
    expect(await mediaCount()).toBe(before)
  })

  it('refuse a decompression bomb (tiny file, huge canvas)', async () => {
    const bomb = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#000' } })
      .png({ compressionLevel: 9 })
      .toBuffer()
    expect(bomb.length).toBeLessThan(1024 * 1024)
    const before = await mediaCount()
    await expect(upload(bomb, 'bom.png', 'image/png')).rejects.toThrow(/quá lớn/)
    expect(await mediaCount()).toBe(before)
  })

  it('refuse a file over 10 MB', async () => {
    const big = await sharp({
      create: { width: 2400, height: 2400, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } },
    })
      .png({ compressionLevel: 0 })
      .toBuffer()
    expect(big.length).toBeGreaterThan(10 * 1024 * 1024)
    await expect(upload(big, 'lon.png', 'image/png')).rejects.toThrow(/tối đa 10 MB/)
  })

  it('require a Vietnamese alt text', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } })
      .png()
      .toBuffer()
    await expect(upload(png, 'a.png', 'image/png', '')).rejects.toThrow()
  })
})
