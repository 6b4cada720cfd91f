/** Upload limits for images, with the reasons a contributor reads. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024
/** 40 megapixels: any real photo fits; a decompression bomb (tiny file, huge canvas) does not. */
export const MAX_IMAGE_PIXELS = 40_000_000
export const ALLOWED_IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'avif'] as const
export const ALLOWED_IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']
