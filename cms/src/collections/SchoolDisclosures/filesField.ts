import type { PayloadRequest, UploadField, Where } from 'payload'
import { l } from '../../utilities/label'
import { schoolIdOf } from '../../utilities/schoolIdOf'

export const NOT_OWN_FILE = 'Chỉ được đính kèm tệp do trường mình tải lên.'

/**
 * Why these files cannot be attached by this user, or true: every file must exist, and a school attaches only its
 * own uploads (staff attach any). Run on every save, drafts included (./checkOnEverySave.ts), and by the field.
 */
export async function checkFiles(value: unknown, req: PayloadRequest): Promise<true | string> {
  const ids = (Array.isArray(value) ? value : []).map((v) => schoolIdOf(v)).filter((id) => id != null)
  if (ids.length === 0) return true
  const { docs } = await req.payload.find({
    collection: 'disclosure-files',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    pagination: false,
    req,
  })
  if (docs.length < new Set(ids.map(String)).size) return 'Không tìm thấy tệp đã chọn.'
  const user = req.user
  if (user?.role === 'school' && docs.some((f) => schoolIdOf(f.school) !== schoolIdOf(user.school))) return NOT_OWN_FILE
  return true
}

/** The disclosure's files (at least one to publish): a school picks among its own uploads. */
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
  validate: async (value, { req }) =>
    Array.isArray(value) && value.length > 0 ? checkFiles(value, req) : 'Vui lòng đính kèm ít nhất một tệp.',
  admin: { description: l('Tải tệp PDF hoặc Word (tối đa 20 MB mỗi tệp) rồi chọn ở đây.', 'PDF or Word, 20 MB each.') },
})
