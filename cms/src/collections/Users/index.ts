import type { CollectionConfig } from 'payload'
import { ROLES } from '@gd/shared/vocab'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { adminOrSelf } from '../../access/adminOrSelf'
import { ownOrAdminField, readAccounts } from '../../access/staffColleagues'
import { authenticated } from '../../access/authenticated'
import { l } from '../../utilities/label'
import { auditRoleChange } from './hooks/auditRoleChange'
import { auditDeletion } from '../../audit/deletions'
import { secureCookies } from '../../utilities/origins'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { refuseImpossibleID } from '../../utilities/validID'
import { equaliseLoginTime } from './hooks/equaliseLoginTime'
import { shownToAdminsOnly } from '../../utilities/hiddenInNav'
import { LOGIN_LOCK } from './signInRefused'
import { requireStrongPassword } from './passwordRule'
import { resetEmail } from './resetEmail'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: l('Người dùng', 'User'), plural: l('Người dùng', 'Users') },
  // the login cookie: Secure whenever the public origin is https, never sent on a cross-site post (Lax); a lock-out after
  // failed logins answers as any refusal does (./signInRefused.ts); a forgotten password comes back by ./resetEmail.ts
  auth: {
    forgotPassword: resetEmail,
    maxLoginAttempts: LOGIN_LOCK.attempts,
    lockTime: LOGIN_LOCK.minutes * 60 * 1000,
    cookies: { secure: secureCookies(), sameSite: 'Lax' },
  },
  admin: {
    hidden: shownToAdminsOnly,
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'school'],
    group: l('Hệ thống', 'System'),
  },
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist, equaliseLoginTime, requireStrongPassword],
    afterChange: [auditRoleChange],
    afterDelete: [auditDeletion],
  },
  access: {
    admin: authenticated,
    create: isAdmin,
    // communications officers also read their colleagues' names (a feedback item's assignee); schools only their own
    read: readAccounts,
    update: adminOrSelf,
    delete: isAdmin,
    // lifting a lock-out after too many failed logins (POST /api/users/unlock): administrators only
    unlock: isAdmin,
  },
  fields: [
    // Payload's own login e-mail field (merged into it): a colleague's account does not show it
    { name: 'email', type: 'email', label: l('Thư điện tử', 'E-mail'), required: true, access: { read: ownOrAdminField } },
    { name: 'name', type: 'text', label: l('Họ và tên', 'Full name'), required: true },
    {
      name: 'role',
      type: 'select',
      label: l('Vai trò', 'Role'),
      required: true,
      defaultValue: 'editor',
      options: ROLES.map((r) => ({ value: r.value, label: r.label })),
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
    {
      name: 'school',
      type: 'relationship',
      relationTo: 'schools',
      label: l('Trường', 'School'),
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
      admin: { condition: (data) => data?.role === 'school' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData?.role === 'school' && !value ? 'Tài khoản nhà trường phải gắn với một trường.' : true,
    },
  ],
}
