import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { MAX_VIDEO_BYTES } from '@gd/shared/gallery'
import { loginTokens } from '../helpers/auth'
import { createFixtures } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { startServer, type TestServer } from '../helpers/server'

/**
 * Thư viện ảnh, video through the running CMS's REST API: staff make and publish albums (photos from Media, sized by
 * sharp) and upload MP4 videos with a poster; schools and visitors cannot; the public reads only what is published.
 * An attacker's file renamed .mp4 (an HTML page, an SVG, a QuickTime movie, a cut-off MP4) is refused by its content
 * with a Vietnamese 400 and nothing is stored; an oversized one gets 413. Videos live under the media folder, so the
 * backup carries them. (The public pages: tests/e2e/gallery.test.ts.)
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let server: TestServer
let tokens: Record<'editor' | 'school', string>
const MP4 = fs.readFileSync(path.resolve(import.meta.dirname, '../../cms/src/seed/data/video-khai-giang.mp4'))

beforeAll(async () => {
  ctx = await freshPayload('gallery')
  payload = ctx.payload
  await createFixtures(payload)
  server = await startServer(ctx.dataDir)
  tokens = await loginTokens(server.url, { editor: 'editor@test.example', school: 'truong-a@test.example' })
}, 240_000)
afterAll(async () => {
  await server?.stop()
  await ctx?.close()
})

const auth = (token?: string): Record<string, string> => (token ? { authorization: `JWT ${token}` } : {})
const json = (method: string, p: string, token?: string, body?: unknown) =>
  fetch(`${server.url}/api${p}`, {
    method,
    headers: { 'content-type': 'application/json', ...auth(token) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
const upload = (collection: string, token: string | undefined, bytes: Buffer, name: string, type: string, data: object) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify(data))
  return fetch(`${server.url}/api/${collection}`, { method: 'POST', headers: auth(token), body: form })
}
const stored = async (collection: 'albums' | 'videos') => (await payload.count({ collection, overrideAccess: true })).totalDocs

let photoIds: number[] = []
let posterId: number

describe('albums (Album ảnh)', () => {
  it('photos uploaded for an album get WebP sizes made by sharp, on disk', async () => {
    photoIds = []
    for (const [i, colour] of ['#1d4e89', '#00798c', '#d1495b'].entries()) {
      const jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: colour } })
        .jpeg()
        .toBuffer()
      const res = await upload('media', tokens.editor, jpeg, `anh-${i}.jpg`, 'image/jpeg', {
        alt: `Học sinh dự lễ khai giảng, ảnh ${i + 1}`,
      })
      expect(res.status).toBe(201)
      const { doc } = (await res.json()) as { doc: { id: number; sizes: Record<string, { filename: string; width: number }> } }
      expect(Object.keys(doc.sizes).sort()).toEqual(['card', 'hero', 'thumbnail'])
      expect(doc.sizes.thumbnail!.width).toBe(400)
      for (const size of Object.values(doc.sizes)) {
        expect(fs.existsSync(path.join(ctx.dataDir, 'media', size.filename))).toBe(true)
        expect((await sharp(path.join(ctx.dataDir, 'media', size.filename)).metadata()).format).toBe('webp')
      }
      photoIds.push(doc.id)
    }
    posterId = photoIds[0]!
  })

  it('an editor publishes an album with ordered, captioned photos; the public reads it with the photos populated', async () => {
    const res = await json('POST', '/albums', tokens.editor, {
      title: 'Lễ khai giảng năm học mới',
      takenOn: '2026-09-05T05:00:00.000Z',
      description: 'Học sinh các trường dự lễ khai giảng.',
      photos: [
        { image: photoIds[2], caption: 'Đánh trống khai trường' },
        { image: photoIds[0], caption: 'Chào cờ' },
      ],
      _status: 'published',
    })
    expect(res.status).toBe(201)
    const pub = (await (await json('GET', '/albums?where[slug][equals]=le-khai-giang-nam-hoc-moi&depth=1')).json()) as {
      docs: { photos: { caption: string; image: { alt: string; sizes: { card: { filename: string } } } }[] }[]
    }
    expect(pub.docs).toHaveLength(1)
    expect(pub.docs[0]!.photos.map((p) => p.caption)).toEqual(['Đánh trống khai trường', 'Chào cờ'])
    expect(pub.docs[0]!.photos[0]!.image.alt).toBe('Học sinh dự lễ khai giảng, ảnh 3')
    expect((await fetch(`${server.url}/media/${pub.docs[0]!.photos[0]!.image.sizes.card.filename}`)).status).toBe(200)
  })

  it('a draft album is not public; an album without photos cannot be published', async () => {
    expect(
      (
        await json('POST', '/albums', tokens.editor, {
          title: 'Album nháp',
          takenOn: '2026-10-01',
          description: 'Nháp.',
          photos: [{ image: photoIds[1] }],
          _status: 'draft',
        })
      ).status,
    ).toBe(201)
    const anon = (await (await json('GET', '/albums?where[slug][equals]=album-nhap')).json()) as { docs: unknown[] }
    expect(anon.docs).toHaveLength(0)
    const before = await stored('albums')
    const empty = await json('POST', '/albums', tokens.editor, {
      title: 'Album trống',
      takenOn: '2026-10-01',
      description: 'Không có ảnh.',
      photos: [],
      _status: 'published',
    })
    expect(empty.status).toBe(400)
    expect(await stored('albums')).toBe(before)
  })

  it('schools and visitors cannot make albums', async () => {
    const body = { title: 'Album của trường', takenOn: '2026-10-01', description: 'Thử.', photos: [{ image: photoIds[0] }] }
    const before = await stored('albums')
    expect((await json('POST', '/albums', tokens.school, body)).status).toBe(403)
    expect((await json('POST', '/albums', undefined, body)).status).toBe(403)
    expect(await stored('albums')).toBe(before)
  })

  it('an article shows an album through its album field', async () => {
    const album = (
      await payload.find({ collection: 'albums', where: { slug: { equals: 'le-khai-giang-nam-hoc-moi' } }, overrideAccess: true })
    ).docs[0]!
    const article = (
      await payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, limit: 1, overrideAccess: true })
    ).docs[0]!
    expect((await json('PATCH', `/articles/${article.id}`, tokens.editor, { album: album.id, _status: 'published' })).status).toBe(200)
    const read = (await (await json('GET', `/articles/${article.id}?depth=1`)).json()) as { album: { title: string } }
    expect(read.album.title).toBe('Lễ khai giảng năm học mới')
  })
})

describe('videos (MP4 with a poster)', () => {
  it('an editor uploads an MP4 with a poster; it is stored as video/mp4 under the media folder and served with ranges', async () => {
    const res = await upload('videos', tokens.editor, MP4, 'khai giang.mp4', 'video/mp4', {
      title: 'Không khí lễ khai giảng',
      recordedOn: '2026-09-05',
      description: 'Video ngắn về ngày khai trường.',
      poster: posterId,
      _status: 'published',
    })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { filename: string; mimeType: string; slug: string } }
    expect(doc.mimeType).toBe('video/mp4')
    expect(doc.slug).toBe('khong-khi-le-khai-giang')
    expect(fs.readFileSync(path.join(ctx.dataDir, 'media', 'video', doc.filename)).equals(MP4)).toBe(true)
    const whole = await fetch(`${server.url}/media/video/${encodeURIComponent(doc.filename)}`)
    expect(whole.status).toBe(200)
    expect(whole.headers.get('content-type')).toBe('video/mp4')
    const part = await fetch(`${server.url}/media/video/${encodeURIComponent(doc.filename)}`, { headers: { range: 'bytes=0-99' } })
    expect(part.status).toBe(206)
    expect((await part.arrayBuffer()).byteLength).toBe(100)
  })

  const quicktime = () => {
    const mov = Buffer.from(MP4)
    // the ftyp box's brands (major, then the compatible ones after the minor version): all QuickTime
    const end = mov.readUInt32BE(0)
    for (let i = 8; i + 4 <= end; i += 4) if (i !== 12) mov.write('qt  ', i, 'latin1')
    return mov
  }
  it.each([
    ['an HTML page renamed .mp4', () => Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>')],
    [
      'an SVG renamed .mp4',
      () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>'),
    ],
    ['a QuickTime movie renamed .mp4', quicktime],
    ['an MP4 cut off halfway', () => MP4.subarray(0, Math.floor(MP4.length / 2))],
  ])('%s is refused by its content with a Vietnamese 400, nothing stored', async (_what, bytes) => {
    const before = await stored('videos')
    const res = await upload('videos', tokens.editor, bytes(), 'video.mp4', 'video/mp4', {
      title: 'Tệp giả mạo',
      recordedOn: '2026-09-05',
      description: 'Thử.',
      poster: posterId,
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/MP4/)
    expect(await stored('videos')).toBe(before)
    expect(fs.readdirSync(path.join(ctx.dataDir, 'media', 'video')).filter((f) => f.startsWith('video'))).toEqual([])
  })

  it('a video without a poster is refused; schools and visitors cannot upload', async () => {
    const before = await stored('videos')
    const data = { title: 'Không ảnh đại diện', recordedOn: '2026-09-05', description: 'Thử.' }
    expect((await upload('videos', tokens.editor, MP4, 'a.mp4', 'video/mp4', data)).status).toBe(400)
    expect((await upload('videos', tokens.school, MP4, 'a.mp4', 'video/mp4', { ...data, poster: posterId })).status).toBe(403)
    expect((await upload('videos', undefined, MP4, 'a.mp4', 'video/mp4', { ...data, poster: posterId })).status).toBe(403)
    expect(await stored('videos')).toBe(before)
  })

  it('a video over the limit gets 413 in Vietnamese, over REST and through the Local API, nothing stored', async () => {
    const big = Buffer.alloc(MAX_VIDEO_BYTES + 1)
    MP4.copy(big)
    await expect(
      payload.create({
        collection: 'videos',
        overrideAccess: true,
        data: { title: 'Quá lớn', recordedOn: '2026-09-05', description: 'Thử.', poster: posterId },
        file: { data: big, name: 'lon.mp4', mimetype: 'video/mp4', size: big.length },
      }),
    ).rejects.toMatchObject({ status: 413, message: expect.stringMatching(/tối đa 100 MB/) })
    const res = await upload('videos', tokens.editor, big, 'lon.mp4', 'video/mp4', { title: 'Quá lớn' })
    expect(res.status).toBe(413)
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/Video vượt quá dung lượng/)
    expect(await stored('videos')).toBe(1)
  })

  it('the backup carries the uploaded videos', async () => {
    const { backup } = await import('../../scripts/lib/backup.ts')
    const archive = await backup(path.join(ctx.dataDir, 'sao-luu'))
    const names = execFileSync('tar', ['-tzf', archive], { encoding: 'utf8' }).split('\n')
    expect(names.filter((n) => /^media\/video\/[^/]+\.mp4$/.test(n))).toHaveLength(1)
  })
})
