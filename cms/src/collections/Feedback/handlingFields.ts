import type { Field } from 'payload'
import { FEEDBACK_REJECT_REASONS, FEEDBACK_STATUSES } from '@gd/shared/vocab'
import { l } from '../../utilities/label'

const never = () => false
const dayTime = { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } as const

/** How staff handle a feedback item: internal notes, forwarding, refusal with its reason, the answer and who gave it. */
export const handlingFields: Field = {
  type: 'collapsible',
  label: l('Xử lý', 'Handling'),
  fields: [
    {
      name: 'internalNotes',
      type: 'textarea',
      label: l('Ghi chú nội bộ', 'Internal notes'),
      admin: { description: l('Chỉ cán bộ xem; không bao giờ hiển thị cho người dân.', 'Staff only; never shown to citizens.') },
    },
    {
      name: 'forwardedTo',
      type: 'text',
      label: l('Chuyển đến cơ quan', 'Forwarded to'),
      admin: { condition: (data) => data?.status === 'chuyen-co-quan-tham-quyen' },
    },
    {
      name: 'rejectReason',
      type: 'select',
      label: l('Lý do không xử lý', 'Reason not handled'),
      options: FEEDBACK_REJECT_REASONS.map((o) => ({ value: o.value, label: o.label })),
      admin: { condition: (data) => data?.status === 'khong-xu-ly' },
    },
    {
      name: 'rejectNote',
      type: 'textarea',
      label: l('Ghi chú lý do không xử lý', 'Note on the reason'),
      admin: { condition: (data) => data?.status === 'khong-xu-ly' },
    },
    {
      name: 'answer',
      type: 'textarea',
      label: l('Nội dung trả lời', 'Answer'),
      admin: {
        description: l(
          'Bắt buộc khi chuyển sang “Đã trả lời”; được gửi cho người dân qua thư điện tử và hiện ở trang tra cứu.',
          'Required for “answered”; mailed to the citizen and shown on the lookup page.',
        ),
      },
    },
    {
      name: 'answeredAt',
      type: 'date',
      label: l('Thời điểm trả lời', 'Answered at'),
      access: { create: never, update: never },
      admin: { readOnly: true, date: dayTime },
    },
    {
      name: 'answeredBy',
      type: 'relationship',
      relationTo: 'users',
      label: l('Người trả lời', 'Answered by'),
      access: { create: never, update: never },
      admin: { readOnly: true },
    },
  ],
}

/** Each change of status, priority or assignee, written by the triage hook (./hooks.ts); nobody edits it. */
export const statusHistoryField: Field = {
  name: 'statusHistory',
  type: 'array',
  label: l('Lịch sử xử lý', 'History'),
  labels: { singular: l('Bước', 'Step'), plural: l('Các bước', 'Steps') },
  access: { create: never, update: never },
  admin: {
    readOnly: true,
    // a table (when, who, from → to, note) in place of Payload's array editor
    components: { Field: '/components/feedback/FeedbackHistory#FeedbackHistory' },
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: l('Loại', 'Kind'),
      defaultValue: 'status',
      options: [
        { value: 'status', label: 'Trạng thái' },
        { value: 'priority', label: 'Ưu tiên' },
        { value: 'assignee', label: 'Cán bộ xử lý' },
      ],
    },
    {
      name: 'status',
      type: 'select',
      label: l('Trạng thái', 'Status'),
      options: FEEDBACK_STATUSES.map((o) => ({ value: o.value, label: o.label })),
    },
    { name: 'at', type: 'date', label: l('Thời điểm', 'When'), admin: { date: dayTime } },
    { name: 'by', type: 'relationship', relationTo: 'users', label: l('Người thực hiện', 'By') },
    { name: 'note', type: 'text', label: l('Ghi chú', 'Note') },
  ],
}
