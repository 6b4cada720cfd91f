import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { l } from '../utilities/label'
import { capRequest } from '../access/requestCaps'
import { refuseImpossibleID } from '../utilities/validID'

export const AUDIT_ACTIONS = [
  { value: 'created', label: 'Tạo mới' },
  { value: 'submitted', label: 'Gửi duyệt' },
  { value: 'returned', label: 'Yêu cầu chỉnh sửa' },
  { value: 'published', label: 'Xuất bản' },
  { value: 'unpublished', label: 'Gỡ xuống' },
  { value: 'deleted', label: 'Xóa' },
  { value: 'role-changed', label: 'Đổi vai trò' },
  { value: 'login-failed', label: 'Đăng nhập sai nhiều lần' },
  { value: 'exported', label: 'Xuất dữ liệu cá nhân' },
  { value: 'erased', label: 'Xóa dữ liệu cá nhân theo yêu cầu' },
  { value: 'anonymised', label: 'Ẩn danh theo thời hạn lưu trữ' },
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]['value']

const never = () => false

/**
 * Append-only record of who did what and when. Written by hooks only (server code, overrideAccess);
 * admins read and filter it; nobody can edit or delete an entry through the API.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  hooks: { beforeOperation: [refuseImpossibleID, capRequest] },
  labels: { singular: l('Nhật ký hệ thống', 'Audit entry'), plural: l('Nhật ký hệ thống', 'Audit log') },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['at', 'action', 'userEmail', 'targetCollection', 'targetTitle'],
    group: l('Hệ thống', 'System'),
    listSearchableFields: ['userEmail', 'targetTitle', 'summary'],
  },
  access: { read: isAdmin, create: never, update: never, delete: never },
  defaultSort: '-at',
  fields: [
    {
      name: 'at',
      type: 'date',
      label: l('Thời điểm', 'When'),
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' } },
    },
    {
      name: 'action',
      type: 'select',
      label: l('Hành động', 'Action'),
      required: true,
      index: true,
      options: AUDIT_ACTIONS.map((a) => ({ value: a.value, label: a.label })),
    },
    { name: 'user', type: 'relationship', relationTo: 'users', label: l('Người thực hiện', 'User') },
    { name: 'userEmail', type: 'text', label: l('Thư điện tử', 'E-mail'), index: true },
    { name: 'role', type: 'text', label: l('Vai trò', 'Role') },
    { name: 'school', type: 'relationship', relationTo: 'schools', label: l('Trường', 'School') },
    { name: 'targetCollection', type: 'text', label: l('Bộ sưu tập', 'Collection'), index: true },
    { name: 'targetId', type: 'text', label: l('Mã tài liệu', 'Document ID') },
    { name: 'targetTitle', type: 'text', label: l('Tiêu đề', 'Title') },
    { name: 'summary', type: 'text', label: l('Tóm tắt', 'Summary') },
  ],
}
