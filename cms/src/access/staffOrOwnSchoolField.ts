import type { FieldAccess } from 'payload'
import { isStaffUser } from './isStaff'
import { schoolIdOf } from '../utilities/schoolIdOf'

/**
 * Field read access for what only staff and the item's own school may see (the reviewer's comment): staff always;
 * a school contributor only when the document belongs to its school; anyone else never. The document is `doc` when
 * Payload reads one, or `data` when the admin builds its form (the form's own values, never read from the database).
 * Without either (query paths, sorting) a school is refused, so the field can't be probed through a where clause.
 */
export const staffOrOwnSchoolField: FieldAccess = ({ req: { user }, doc, data }) => {
  if (isStaffUser(user)) return true
  const target = doc ?? data
  if (user?.role !== 'school' || !user.school || !target) return false
  const own = schoolIdOf(user.school)
  const owner = schoolIdOf((target as { school?: unknown }).school)
  return own != null && owner != null && String(own) === String(owner)
}
