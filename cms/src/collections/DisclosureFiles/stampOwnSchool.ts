import type { CollectionBeforeValidateHook } from 'payload'
import { schoolIdOf } from '../../utilities/schoolIdOf'

/** A school's upload belongs to its own school, whatever it sends; staff choose (or leave it to the department). */
export const stampOwnSchool: CollectionBeforeValidateHook = ({ data, req }) =>
  req.user?.role === 'school' ? { ...(data ?? {}), school: schoolIdOf(req.user.school) } : data
