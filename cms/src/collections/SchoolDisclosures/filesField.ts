import type { UploadField, Where } from 'payload'
import { l } from '../../utilities/label'
import { schoolIdOf } from '../../utilities/schoolIdOf'

export const NOT_OWN_FILE = 'Chỉ được đính kèm tệp do trường mình tải lên.'

/**
 * The disclosure's files (at least one): a school picks and may attach only its own uploads (checked on the server,
 * whatever the form sends); staff attach any.
 */
export const disclosureFilesField = (): UploadField => ({
  name: 'files',
  type: 'upload',
  relationTo: 'disclosure-files',
  hasMany: true,
  required: true,
  minRows: 1,
  maxRows: 20,
  label: l('Tệp đính kèm (PDF, Word)', 'Files'),
  filterOptions: ({ user }): Where | true => (user?.role === 'school' ? { school: { equals: schoolIdOf(user.school) } } : true),
  validate: async (value, { req }) => {
    const ids = (Array.isArray(value) ? value : []).map((v) => schoolIdOf(v)).filter((id) => id != null)
    if (ids.length === 0) return 'Vui lòng đính kèm ít nhất một tệp.'
    const { docs } = await req.payload.find({
      collection: 'disclosure-files',
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      overrideAccess: true,
      pagination: false,
    })
    if (docs.length < new Set(ids).size) return 'Không tìm thấy tệp đã chọn.'
    const user = req.user
    if (user?.role === 'school' && docs.some((f) => schoolIdOf(f.school) !== schoolIdOf(user.school))) return NOT_OWN_FILE
    return true
  },
  admin: { description: l('Tải tệp PDF hoặc Word (tối đa 20 MB mỗi tệp) rồi chọn ở đây.', 'PDF or Word, 20 MB each.') },
})
