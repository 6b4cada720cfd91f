/** Responsive image attributes for CMS media: files are served by the CMS server at /media/<filename>. */
import type { Media, MediaSize } from './types.ts'

export type SizeName = 'thumbnail' | 'card' | 'hero'
const SIZE_ORDER: SizeName[] = ['thumbnail', 'card', 'hero']

export interface ImageAttrs {
  src: string
  srcset?: string
  sizes?: string
  width?: number
  height?: number
  alt: string
}

export function mediaUrl(filename: string): string {
  return `/media/${encodeURIComponent(filename)}`
}

function usable(size: MediaSize | null | undefined): size is MediaSize & { filename: string; width: number } {
  return !!size && typeof size.filename === 'string' && size.filename !== '' && typeof size.width === 'number' && size.width > 0
}

/**
 * `prefer` is the size used for src (the fallback for browsers without srcset); srcset lists every generated
 * size so the browser picks by `sizes`. Without generated sizes the original file is used.
 */
export function imageAttrs(media: Media | null | undefined, prefer: SizeName, sizes: string): ImageAttrs | null {
  if (!media || !media.filename || !(media.mimeType ?? 'image/').startsWith('image/')) return null
  const alt = media.alt ?? ''
  // sizes not enlarged past the original can be one file: list each once
  const variants = SIZE_ORDER.map((name) => media.sizes?.[name])
    .filter(usable)
    .filter((v, i, all) => all.findIndex((w) => w.filename === v.filename) === i)
  if (variants.length === 0) {
    return { src: mediaUrl(media.filename), alt, width: media.width ?? undefined, height: media.height ?? undefined }
  }
  const chosen = usable(media.sizes?.[prefer])
    ? (media.sizes?.[prefer] as MediaSize & { filename: string; width: number })
    : variants[variants.length - 1]!
  return {
    src: mediaUrl(chosen.filename),
    srcset: variants.map((v) => `${mediaUrl(v.filename)} ${v.width}w`).join(', '),
    sizes,
    width: chosen.width,
    height: chosen.height ?? undefined,
    alt,
  }
}
