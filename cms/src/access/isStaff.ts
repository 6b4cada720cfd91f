import type { Access, FieldAccess } from 'payload'

/** Administrators and communications officers. */
export const isStaffUser = (user: { role?: string | null } | null | undefined): boolean => user?.role === 'admin' || user?.role === 'editor'

export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)

export const isStaffField: FieldAccess = ({ req: { user } }) => isStaffUser(user)
