import type { FieldAccess } from 'payload'
import { isStaffUser } from './isStaff'
import { schoolIdOf } from '../utilities/schoolIdOf'

/**
 * Field read access for what only staff and the item's own school may see (the reviewer's comment): staff always;
 * a school contributor only when the document read belongs to its school; anyone else never. Without a document
 * (query paths, sorting, the admin's permissions without data) a school is refused, so the field can't be probed.
 */
export const staffOrOwnSchoolField: FieldAccess = ({ req: { user }, doc }) => {
  if (isStaffUser(user)) return true
  if (user?.role !== 'school' || !user.school || !doc) return false
  const own = schoolIdOf(user.school)
  const owner = schoolIdOf((doc as { school?: unknown }).school)
  return own != null && owner != null && String(own) === String(owner)
}
