import type { Access, FieldAccess, Where } from 'payload'

/** Staff roles: the accounts a feedback item can be assigned to. */
export const STAFF_ROLES = ['admin', 'editor'] as const

/**
 * Who reads which accounts: administrators every account; communications officers their own and their staff
 * colleagues' (to pick a feedback item's assignee); everyone else (a school) only their own. What a colleague's
 * account shows is narrowed further by field access (`ownOrAdminField`): its name and role, not its e-mail.
 */
export const readAccounts: Access = ({ req: { user } }) => {
  if (!user) return false
  if (user.role === 'admin') return true
  const own: Where = { id: { equals: user.id } }
  if (user.role === 'editor') return { or: [own, { role: { in: [...STAFF_ROLES] } }] }
  return own
}

/** An account's private fields (its e-mail): readable by administrators and by the account itself only. */
export const ownOrAdminField: FieldAccess = ({ req: { user }, doc, id }) => {
  if (!user) return false
  if (user.role === 'admin') return true
  const own = doc?.id ?? id
  return own !== undefined && String(own) === String(user.id)
}
