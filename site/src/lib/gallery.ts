/** Pure selections of the photo and video library (Thư viện ảnh, video): order, an album's photos, a video's file. */
import { photoHref, videoFileUrl } from '@gd/shared/gallery'
import { populated, type AlbumDoc, type Id, type Media, type VideoDoc } from './types.ts'

const collator = new Intl.Collator('vi')

/** Newest first by the given day, then by title in Vietnamese order. */
export const newestOn = <T extends { title: string }>(list: T[], dayOf: (t: T) => string | null | undefined): T[] =>
  [...list].sort((a, b) => (dayOf(b) ?? '').localeCompare(dayOf(a) ?? '') || collator.compare(a.title, b.title))

export interface AlbumPhoto {
  /** 1-based place in the album, the number in the photo's address */
  n: number
  media: Media
  caption: string
  href: string
}

/** An album's photos in the editors' order; a photo whose image is gone (deleted upload) is left out. */
export function albumPhotos(album: AlbumDoc): AlbumPhoto[] {
  return (album.photos ?? [])
    .map((p) => ({ media: populated<Media>(p.image), caption: p.caption ?? '' }))
    .filter((p): p is { media: Media; caption: string } => !!p.media?.filename)
    .map((p, i) => ({ ...p, n: i + 1, href: photoHref(album.slug, i + 1) }))
}

/** The album an article or exemplar shows, among the published ones (a draft album shows nothing). */
export function albumById(albums: AlbumDoc[], value: { id: Id } | Id | null | undefined): AlbumDoc | null {
  if (value == null) return null
  const id = typeof value === 'object' ? value.id : value
  return albums.find((a) => String(a.id) === String(id)) ?? null
}

export interface VideoFile {
  src: string
  /** size for the download link, e.g. "1,2 MB" */
  size: string | null
}

export function videoFile(video: VideoDoc): VideoFile | null {
  if (!video.filename) return null
  const mb = typeof video.filesize === 'number' ? video.filesize / (1024 * 1024) : null
  const size = mb === null ? null : `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(Math.max(mb, 0.1))} MB`
  return { src: videoFileUrl(video.filename), size }
}

export const videoPoster = (video: VideoDoc): Media | null => populated<Media>(video.poster)
