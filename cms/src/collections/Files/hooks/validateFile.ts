import fs from 'node:fs/promises'
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { FILE_MIME_TYPES, MAX_FILE_BYTES, sniffFileKind } from '../limits'

/**
 * Checks an uploaded document before Payload stores it: PDF or Word only (by content, not by name), at most 20 MB.
 * The stored MIME type is the one the content shows, so the file is served with the right Content-Type.
 */
export const validateFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  // beforeOperation runs before access control: leave anonymous requests to be refused (403) by access
  if (!file || (!req.user && !args.overrideAccess)) return args
  const size = file.size ?? file.data?.length ?? 0
  if (size > MAX_FILE_BYTES) {
    throw new APIError('Tệp vượt quá dung lượng cho phép (tối đa 20 MB).', 413, null, true)
  }
  const data = file.data?.length ? file.data : file.tempFilePath ? await fs.readFile(file.tempFilePath) : null
  if (!data || data.length === 0) throw new APIError('Tệp tải lên rỗng.', 400, null, true)
  const kind = sniffFileKind(data)
  if (kind === 'broken-pdf') throw new APIError('Tệp PDF bị hỏng hoặc không đầy đủ. Vui lòng xuất lại tệp rồi tải lên.', 400, null, true)
  if (!kind) {
    throw new APIError('Chỉ chấp nhận tệp PDF hoặc Word (.doc, .docx); nội dung tệp không đúng định dạng.', 400, null, true)
  }
  file.mimetype = FILE_MIME_TYPES[kind]
  // the stored name ends with what the file is, whatever it was called
  file.name = `${(file.name || 'tep').replace(/\.[^./\\]*$/, '')}.${kind}`
  return args
}
