import type { Access } from 'payload'
import { isStaffUser } from './isStaff'

/**
 * Read access for drafts-enabled content that belongs to no school (documents, drafts for comment):
 * staff read everything; everyone else, schools included, only what is published.
 */
export const staffOrPublishedOnly: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return { _status: { equals: 'published' } }
}
