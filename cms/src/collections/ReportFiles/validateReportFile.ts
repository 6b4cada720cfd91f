import fs from 'node:fs/promises'
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { MAX_REPORT_FILE_BYTES, REPORT_FILE_MIME_TYPES, sniffReportFile } from './limits'

/**
 * Checks a report's attachment before Payload stores it: PDF, JPEG or PNG by content, at most 10 MB; the stored type
 * and name ending are what the content shows.
 */
export const validateReportFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file || (!req.user && !args.overrideAccess)) return args
  const size = file.size ?? file.data?.length ?? 0
  if (size > MAX_REPORT_FILE_BYTES) throw new APIError('Tệp đính kèm vượt quá dung lượng cho phép (tối đa 10 MB).', 413, null, true)
  const data = file.data?.length ? file.data : file.tempFilePath ? await fs.readFile(file.tempFilePath) : null
  if (!data || data.length === 0) throw new APIError('Tệp tải lên rỗng.', 400, null, true)
  const kind = sniffReportFile(data)
  if (!kind) throw new APIError('Chỉ chấp nhận tệp PDF hoặc ảnh JPG, PNG; nội dung tệp không đúng định dạng.', 400, null, true)
  file.mimetype = REPORT_FILE_MIME_TYPES[kind]
  file.name = `${(file.name || 'tep').replace(/\.[^./\\]*$/, '')}.${kind}`
  return args
}
