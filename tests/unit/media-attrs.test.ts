import { describe, expect, it } from 'vitest'
import { imageAttrs } from '../../site/src/lib/media'
import type { Media } from '../../site/src/lib/types'

const base = { id: 1, alt: 'Biểu trưng', filename: 'bieu-trung.png', mimeType: 'image/png', updatedAt: '', createdAt: '' }

describe('imageAttrs', () => {
  it('a small image whose sizes are one file (not enlarged) lists that file once in srcset', () => {
    const one = { filename: 'bieu-trung-256x256.webp', width: 256, height: 256 }
    const logo = { ...base, width: 256, height: 256, sizes: { thumbnail: one, card: one, hero: one } } as Media
    const attrs = imageAttrs(logo, 'thumbnail', '3.5rem')
    expect(attrs?.src).toBe('/media/bieu-trung-256x256.webp')
    expect(attrs?.srcset).toBe('/media/bieu-trung-256x256.webp 256w')
  })

  it('a large image lists each of its sizes, smallest first, and uses the preferred one as src', () => {
    const size = (w: number) => ({ filename: `anh-${w}.webp`, width: w, height: Math.round((w * 9) / 16) })
    const photo = { ...base, width: 2000, height: 1125, sizes: { thumbnail: size(400), card: size(768), hero: size(1280) } } as Media
    const attrs = imageAttrs(photo, 'card', '100vw')
    expect(attrs?.src).toBe('/media/anh-768.webp')
    expect(attrs?.srcset).toBe('/media/anh-400.webp 400w, /media/anh-768.webp 768w, /media/anh-1280.webp 1280w')
  })
})
