import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { schoolIdOf } from '../../../utilities/schoolIdOf'

/**
 * A school contributor writes only for its own school and never publishes: the school is forced to
 * the contributor's own, and a request to publish is refused with 403.
 */
export const enforceSchoolRules: CollectionBeforeChangeHook = ({ data, req, originalDoc }) => {
  const user = req.user
  if (user?.role !== 'school') return data
  if (data._status === 'published' && originalDoc?._status !== 'published') {
    throw new APIError('Tài khoản nhà trường không được xuất bản; vui lòng gửi để cán bộ truyền thông duyệt.', 403, null, true)
  }
  if (data._status === 'published') {
    throw new APIError('Bài đã xuất bản chỉ cán bộ truyền thông được sửa.', 403, null, true)
  }
  return { ...data, school: schoolIdOf(user.school) }
}
