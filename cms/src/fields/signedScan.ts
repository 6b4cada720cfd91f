import type { UploadField, Where } from 'payload'
import { l } from '../utilities/label'
import { schoolIdOf } from '../utilities/schoolIdOf'

export const SCAN_NOT_PDF = 'Bản scan có chữ ký, đóng dấu phải là tệp PDF. Vui lòng quét lại thành PDF rồi tải lên.'

/**
 * The signed, stamped scan of a report (PDF only, at most 10 MB, in the private report files): a school picks only
 * its own uploads; a photo or any other type is refused in Vietnamese.
 */
export const signedScanField = (): UploadField => ({
  name: 'signedScan',
  type: 'upload',
  relationTo: 'report-files',
  label: l('Bản scan có chữ ký, đóng dấu (PDF)', 'Signed scan (PDF)'),
  filterOptions: ({ user }): Where => {
    const pdf: Where = { mimeType: { equals: 'application/pdf' } }
    return user?.role === 'school' ? { and: [pdf, { school: { equals: schoolIdOf(user.school) } }] } : pdf
  },
  validate: async (value: unknown, { req }: { req: { payload: import('payload').Payload } }) => {
    const id = schoolIdOf(value)
    if (id == null) return true
    const file = await req.payload.findByID({ collection: 'report-files', id, depth: 0, overrideAccess: true, disableErrors: true })
    if (!file) return 'Không tìm thấy tệp đã chọn.'
    return file.mimeType === 'application/pdf' ? true : SCAN_NOT_PDF
  },
  admin: { description: l('Tệp PDF, tối đa 10 MB; chỉ Phòng và nhà trường xem được.', 'PDF, at most 10 MB.') },
})
