import sharp from 'sharp'
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { ALLOWED_IMAGE_FORMATS, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from '../limits'

/**
 * Checks an uploaded file before Payload stores or resizes it: images only (by content, not by name),
 * at most 10 MB, and at most MAX_IMAGE_PIXELS so sharp never decodes a decompression bomb.
 */
export const validateImage: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  // beforeOperation runs before access control: leave anonymous requests to be refused (403) by access
  if (!file || (!req.user && !args.overrideAccess)) return args
  const size = file.size ?? file.data?.length ?? 0
  if (size > MAX_IMAGE_BYTES) {
    throw new APIError('Ảnh vượt quá dung lượng cho phép (tối đa 10 MB).', 413, null, true)
  }
  let meta: sharp.Metadata
  try {
    // metadata() reads the header only (no pixel is decoded), so the canvas size can be checked before any decode
    meta = await sharp(file.data, { limitInputPixels: false }).metadata()
  } catch {
    throw new APIError('Tệp tải lên không phải là ảnh hợp lệ (chấp nhận JPEG, PNG, WebP, GIF, AVIF).', 400, null, true)
  }
  if (!meta.format || !(ALLOWED_IMAGE_FORMATS as readonly string[]).includes(meta.format === 'heif' ? 'avif' : meta.format)) {
    throw new APIError('Chỉ chấp nhận ảnh JPEG, PNG, WebP, GIF hoặc AVIF.', 400, null, true)
  }
  if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_IMAGE_PIXELS) {
    throw new APIError('Ảnh có kích thước điểm ảnh quá lớn (tối đa 40 megapixel).', 400, null, true)
  }
  return args
}
