import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { albumHref, photoHref, videoFileUrl, videoProblem } from '@gd/shared/gallery'
import { albumById, albumPhotos, newestOn } from '../../site/src/lib/gallery'
import type { AlbumDoc } from '../../site/src/lib/types'

const MP4 = fs.readFileSync(path.resolve(import.meta.dirname, '../../cms/src/seed/data/video-khai-giang.mp4'))

describe('what an uploaded video is (by its bytes)', () => {
  it('accepts the seed’s H.264 MP4', () => expect(videoProblem(MP4)).toBeNull())
  it('refuses an HTML page or an SVG whatever its name', () => {
    expect(videoProblem(Buffer.from('<!doctype html><script>alert(1)</script>'))).toBe('not-mp4')
    expect(videoProblem(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toBe('not-mp4')
    // an HTML page that starts with bytes looking like a box header
    expect(videoProblem(Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom<html><script>x</script>')]))).not.toBeNull()
  })
  it('refuses a QuickTime movie, a cut-off file and a file without a picture', () => {
    const mov = Buffer.from(MP4)
    for (let i = 8; i + 4 <= mov.readUInt32BE(0); i += 4) if (i !== 12) mov.write('qt  ', i, 'latin1')
    expect(videoProblem(mov)).toBe('not-mp4')
    expect(videoProblem(MP4.subarray(0, MP4.length - 10))).toBe('broken')
    const audio = Buffer.from(MP4)
    audio.write('soun', audio.indexOf('vide', 0, 'latin1'), 'latin1')
    expect(videoProblem(audio)).toBe('no-video-track')
  })
})

describe('the library’s addresses and selections', () => {
  it('gives each album, photo and video file its address', () => {
    expect(albumHref('le-khai-giang')).toBe('/thu-vien-anh/le-khai-giang/')
    expect(photoHref('le-khai-giang', 3)).toBe('/thu-vien-anh/le-khai-giang/anh-3/')
    expect(videoFileUrl('khai giảng.mp4')).toBe('/media/video/khai%20gi%E1%BA%A3ng.mp4')
  })
  it('lists newest first, then by Vietnamese title; leaves out a photo whose image is gone; finds an album by id', () => {
    const a = { id: 1, title: 'Đá cầu', takenOn: '2026-05-01' }
    const b = { id: 2, title: 'Bơi lội', takenOn: '2026-05-01' }
    const c = { id: 3, title: 'Khai giảng', takenOn: '2026-09-05' }
    expect(newestOn([a, b, c], (x) => x.takenOn).map((x) => x.id)).toEqual([3, 2, 1])
    const album = {
      id: 7,
      slug: 'hoi-thi',
      title: 'Hội thi',
      photos: [
        { image: { id: 1, filename: 'a.jpg', alt: 'Ảnh một' }, caption: 'Một' },
        { image: 99 },
        { image: { id: 2, filename: 'b.jpg', alt: 'Ảnh hai' } },
      ],
    } as unknown as AlbumDoc
    expect(albumPhotos(album).map((p) => [p.n, p.caption, p.href])).toEqual([
      [1, 'Một', '/thu-vien-anh/hoi-thi/anh-1/'],
      [2, '', '/thu-vien-anh/hoi-thi/anh-2/'],
    ])
    expect(albumById([album], 7)).toBe(album)
    expect(albumById([album], { id: 7 } as AlbumDoc)).toBe(album)
    expect(albumById([album], 8)).toBeNull()
  })
})
