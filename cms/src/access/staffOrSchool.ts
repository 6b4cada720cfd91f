import type { Access } from 'payload'
import { isStaffUser } from './isStaff'

/** Staff, or a school contributor tied to a school. */
export const staffOrSchool: Access = ({ req: { user } }) => isStaffUser(user) || (user?.role === 'school' && Boolean(user.school))
