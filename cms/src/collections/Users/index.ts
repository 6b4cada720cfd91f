import type { CollectionConfig } from 'payload'
import { ROLES } from '@gd/shared/vocab'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { adminOrSelf } from '../../access/adminOrSelf'
import { authenticated } from '../../access/authenticated'
import { l } from '../../utilities/label'
import { auditRoleChange } from './hooks/auditRoleChange'
import { equaliseLoginTime } from './hooks/equaliseLoginTime'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: l('Người dùng', 'User'), plural: l('Người dùng', 'Users') },
  auth: { maxLoginAttempts: 10, lockTime: 10 * 60 * 1000 },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'school'],
    group: l('Hệ thống', 'System'),
  },
  hooks: { beforeOperation: [equaliseLoginTime], afterChange: [auditRoleChange] },
  access: {
    admin: authenticated,
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    // lifting a lock-out after too many failed logins (POST /api/users/unlock): administrators only
    unlock: isAdmin,
  },
  fields: [
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
