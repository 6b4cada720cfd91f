import type { Access } from 'payload'
import { isStaffUser } from './isStaff'
import { schoolIdOf } from '../utilities/schoolIdOf'

/** Staff may act on any item; a school contributor only on its own school's items. */
export const staffOrOwnSchool: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  if (user?.role === 'school' && user.school) return { school: { equals: schoolIdOf(user.school) } }
  return false
}
