/**
 * Thư viện ảnh, video: public addresses of photo albums, each photo's own page and uploaded videos, and the rule
 * that decides what an uploaded video file is (an MP4 by its bytes, never by its name or the browser's word).
 * The CMS refuses anything else on upload (cms/src/collections/Videos/validateVideo.ts); the site links the files.
 */
export const GALLERY_URL = '/thu-vien-anh/'
export const VIDEOS_URL = '/video/'
export const albumHref = (slug: string): string => `${GALLERY_URL}${encodeURIComponent(slug)}/`
/** Each photo of an album has a page of its own (the gallery works without JavaScript): 1-based, in the album's order. */
export const photoSlug = (n: number): string => `anh-${n}`
export const photoHref = (albumSlug: string, n: number): string => `${albumHref(albumSlug)}${photoSlug(n)}/`
export const videoHref = (slug: string): string => `${VIDEOS_URL}${encodeURIComponent(slug)}/`

/** Video files are served beside the images (MEDIA_DIR/video → /media/video/<name>), so backups and nginx cover them. */
export const VIDEO_SUBDIR = 'video'
export const videoFileUrl = (filename: string): string => `/media/${VIDEO_SUBDIR}/${encodeURIComponent(filename)}`

export const MAX_VIDEO_MB = 100
export const MAX_VIDEO_BYTES = MAX_VIDEO_MB * 1024 * 1024

/** Brands of the ISO base media file format that are MP4 video (QuickTime 'qt  ', audio-only 'M4A ' and images are not). */
const MP4_BRANDS = new Set([
  'isom',
  'iso2',
  'iso3',
  'iso4',
  'iso5',
  'iso6',
  'mp41',
  'mp42',
  'avc1',
  'M4V ',
  'M4VH',
  'M4VP',
  'dash',
  'msnv',
  'mmp4',
])

export type VideoProblem = 'not-mp4' | 'no-video-track' | 'broken'

/** Reads box headers from `at` to `end`: [type, start of content, end of box]; null if a size does not fit. */
function boxes(data: Buffer, at: number, end: number): [string, number, number][] | null {
  const found: [string, number, number][] = []
  while (at < end) {
    if (end - at < 8) return null
    let size = data.readUInt32BE(at)
    let header = 8
    if (size === 1) {
      if (end - at < 16) return null
      const big = data.readBigUInt64BE(at + 8)
      if (big > BigInt(Number.MAX_SAFE_INTEGER)) return null
      size = Number(big)
      header = 16
    } else if (size === 0) size = end - at
    if (size < header || at + size > end) return null
    found.push([data.toString('latin1', at + 4, at + 8), at + header, at + size])
    at += size
    if (found.length > 10_000) return null
  }
  return found
}

/**
 * null when `data` is an MP4 video: an ISO base media file whose first box is `ftyp` with an MP4 brand, whose
 * top-level boxes fill the file exactly, with a `moov` holding a track whose handler is `vide`, and media data.
 * An HTML page, an SVG or a QuickTime .mov renamed .mp4 is 'not-mp4'; an audio-only MP4 is 'no-video-track'.
 */
export function videoProblem(data: Buffer): VideoProblem | null {
  if (data.length < 16 || data.toString('latin1', 4, 8) !== 'ftyp') return 'not-mp4'
  const top = boxes(data, 0, data.length)
  if (!top) return 'broken'
  const [ftypType, ftypStart, ftypEnd] = top[0]!
  if (ftypType !== 'ftyp' || ftypEnd - ftypStart < 8) return 'broken'
  const brands = [data.toString('latin1', ftypStart, ftypStart + 4)]
  for (let i = ftypStart + 8; i + 4 <= ftypEnd; i += 4) brands.push(data.toString('latin1', i, i + 4))
  if (!brands.some((b) => MP4_BRANDS.has(b))) return 'not-mp4'
  const moov = top.find(([t]) => t === 'moov')
  if (!moov || !top.some(([t]) => t === 'mdat')) return 'broken'
  for (const [type, start, end] of boxes(data, moov[1], moov[2]) ?? []) {
    if (type !== 'trak') continue
    const mdia = (boxes(data, start, end) ?? []).find(([t]) => t === 'mdia')
    const hdlr = mdia && (boxes(data, mdia[1], mdia[2]) ?? []).find(([t]) => t === 'hdlr')
    // hdlr: version/flags (4), pre_defined (4), handler_type (4)
    if (hdlr && hdlr[2] - hdlr[1] >= 12 && data.toString('latin1', hdlr[1] + 8, hdlr[1] + 12) === 'vide') return null
  }
  return 'no-video-track'
}

/** What an editor reads when a file is refused (Vietnamese, shown by the admin and answered with a 4xx). */
export const VIDEO_MESSAGES: Record<VideoProblem | 'too-large' | 'empty', string> = {
  'not-mp4': 'Chỉ chấp nhận tệp video MP4; nội dung tệp không phải là video MP4 (đổi tên tệp thành .mp4 không đủ).',
  'no-video-track': 'Tệp MP4 này không có hình (chỉ có âm thanh): hãy tải lên một video.',
  broken: 'Tệp MP4 bị hỏng hoặc không đầy đủ. Vui lòng xuất lại video rồi tải lên.',
  'too-large': `Video vượt quá dung lượng cho phép (tối đa ${MAX_VIDEO_MB} MB).`,
  empty: 'Tệp tải lên rỗng.',
}
