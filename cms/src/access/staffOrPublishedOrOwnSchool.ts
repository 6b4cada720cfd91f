import type { Access } from 'payload'
import { isStaffUser } from './isStaff'
import { schoolIdOf } from '../utilities/schoolIdOf'

/**
 * Read access for drafts-enabled content: staff read everything; a school reads what is published
 * and its own school's items; the public reads only what is published.
 */
export const staffOrPublishedOrOwnSchool: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  const published = { _status: { equals: 'published' } }
  if (user?.role === 'school' && user.school) {
    return { or: [published, { school: { equals: schoolIdOf(user.school) } }] }
  }
  return published
}
