import type { CollectionConfig } from 'payload'
import { FEEDBACK_KINDS, FEEDBACK_STATUSES } from '@gd/shared/vocab'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { l } from '../../utilities/label'

/**
 * Citizen feedback (góp ý, phản ánh, kiến nghị, câu hỏi). Created only by the public endpoint
 * (server code with overrideAccess); read and changed only by staff; never readable anonymously.
 */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: l('Ý kiến người dân', 'Feedback'), plural: l('Ý kiến người dân', 'Feedback') },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['code', 'subject', 'kind', 'status', 'receivedAt'],
    group: l('Tiếp nhận ý kiến', 'Feedback'),
    listSearchableFields: ['code', 'subject', 'name', 'email'],
  },
  access: { create: () => false, read: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: '-receivedAt',
  fields: [
    {
      name: 'code',
      type: 'text',
      label: l('Mã tham chiếu', 'Reference code'),
      required: true,
      unique: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      label: l('Trạng thái', 'Status'),
      required: true,
      defaultValue: 'moi',
      options: FEEDBACK_STATUSES.map((o) => ({ value: o.value, label: o.label })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'receivedAt',
      type: 'date',
      label: l('Thời điểm tiếp nhận', 'Received at'),
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
    },
    {
      name: 'kind',
      type: 'select',
      label: l('Loại ý kiến', 'Kind'),
      required: true,
      options: FEEDBACK_KINDS.map((o) => ({ value: o.value, label: o.label })),
    },
    { name: 'theme', type: 'relationship', relationTo: 'themes', label: l('Lĩnh vực', 'Theme') },
    { name: 'school', type: 'relationship', relationTo: 'schools', label: l('Trường học liên quan', 'School') },
    {
      name: 'consultation',
      type: 'relationship',
      relationTo: 'consultations',
      label: l('Góp ý cho dự thảo', 'Comment on draft'),
      index: true,
      admin: { description: l('Có khi ý kiến được gửi từ trang dự thảo lấy ý kiến.', 'Set when sent from a draft for comment.') },
    },
    { name: 'subject', type: 'text', label: l('Tiêu đề', 'Subject'), required: true },
    { name: 'message', type: 'textarea', label: l('Nội dung', 'Message'), required: true },
    {
      type: 'collapsible',
      label: l('Người gửi', 'Sender'),
      fields: [
        { name: 'name', type: 'text', label: l('Họ và tên', 'Name'), required: true },
        { name: 'email', type: 'email', label: l('Thư điện tử', 'E-mail') },
        { name: 'phone', type: 'text', label: l('Số điện thoại', 'Phone') },
        { name: 'consent', type: 'checkbox', label: l('Đồng ý xử lý dữ liệu cá nhân', 'Consent to processing'), required: true },
        { name: 'publishAnswer', type: 'checkbox', label: l('Đồng ý công khai hỏi đáp', 'Agrees to publication') },
        { name: 'showName', type: 'checkbox', label: l('Đồng ý hiện tên khi công khai', 'Agrees to show name') },
      ],
    },
  ],
}
