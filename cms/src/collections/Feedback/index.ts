import type { CollectionConfig } from 'payload'
import { FEEDBACK_KINDS, FEEDBACK_REJECT_REASONS, FEEDBACK_SOURCES, FEEDBACK_STATUSES } from '@gd/shared/vocab'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { l } from '../../utilities/label'
import { generateReferenceCode } from '@gd/shared/reference-code'
import { assignCode, notifyFeedback, triage } from './hooks'
import { deadlineLabel, deadlineStateOf } from '@gd/shared/feedback-deadlines'
import { personalDataEndpoints } from './personal-data'
import { feedbackSettings } from './settings'
import { statisticsEndpoint } from './statisticsEndpoint'
import { qaEndpoint, qaFields, rebuildForQa, rebuildForQaDelete } from './qa'

const never = () => false
const staffUsers = { role: { in: ['admin', 'editor'] } }
const dayTime = { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } as const

/**
 * Citizen feedback (góp ý, phản ánh, kiến nghị, câu hỏi). Anonymous people create it only through the public
 * endpoint (server code with overrideAccess); staff may also record items received by other channels; read and
 * changed only by staff; never readable anonymously. Triage: see ./hooks.ts.
 */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: l('Ý kiến người dân', 'Feedback'), plural: l('Ý kiến người dân', 'Feedback') },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['code', 'priority', 'subject', 'status', 'deadlineState', 'answerBy', 'assignee', 'receivedAt'],
    group: l('Tiếp nhận ý kiến', 'Feedback'),
    listSearchableFields: ['code', 'subject', 'name', 'email'],
  },
  access: { create: isStaff, read: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: ['-priority', '-receivedAt'],
  hooks: { beforeValidate: [assignCode], beforeChange: [triage], afterChange: [notifyFeedback, rebuildForQa], afterDelete: [rebuildForQaDelete] },
  // personal data: GET /api/feedback/du-lieu-ca-nhan?email=…|phone=…, POST /api/feedback/du-lieu-ca-nhan/xoa (admins only)
  // public Q&A: GET /api/feedback/hoi-dap (published entries, public fields only)
  // statistics: GET /api/feedback/thong-ke?from=YYYY-MM-DD&to=YYYY-MM-DD (staff only)
  endpoints: [qaEndpoint, statisticsEndpoint, ...personalDataEndpoints],
  fields: [
    {
      name: 'code',
      type: 'text',
      label: l('Mã tham chiếu', 'Reference code'),
      required: true,
      unique: true,
      index: true,
      // drawn here too so the admin's create form is valid; what staff send is replaced by a fresh code
      defaultValue: () => generateReferenceCode(),
      access: { create: never, update: never },
      admin: { readOnly: true, position: 'sidebar', description: l('Tự động cấp khi tiếp nhận.', 'Assigned on receipt.') },
    },
    {
      name: 'status',
      type: 'select',
      label: l('Trạng thái', 'Status'),
      required: true,
      defaultValue: 'moi',
      index: true,
      options: FEEDBACK_STATUSES.map((o) => ({ value: o.value, label: o.label })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'priority',
      type: 'checkbox',
      label: l('Ưu tiên (cảnh báo sớm)', 'Priority (early warning)'),
      index: true,
      defaultValue: false,
      admin: { position: 'sidebar', description: l('Tự động khi nội dung thuộc chủ đề nhạy cảm; đổi bằng tay phải ghi lý do.', 'Set for sensitive topics; changing it by hand needs a reason.') },
    },
    {
      name: 'priorityTopics',
      type: 'text',
      label: l('Chủ đề nhạy cảm phát hiện', 'Sensitive topics found'),
      access: { create: never, update: never },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.priorityTopics) },
    },
    {
      name: 'priorityReason',
      type: 'text',
      label: l('Lý do đổi mức ưu tiên', 'Reason for the priority change'),
      maxLength: 500,
      admin: { position: 'sidebar', description: l('Bắt buộc khi đánh dấu hoặc bỏ ưu tiên bằng tay.', 'Required when raising or clearing priority by hand.') },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      label: l('Cán bộ xử lý', 'Assignee'),
      filterOptions: () => staffUsers,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'source',
      type: 'select',
      label: l('Kênh tiếp nhận', 'Channel'),
      defaultValue: 'website',
      options: FEEDBACK_SOURCES.map((o) => ({ value: o.value, label: o.label })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'acknowledgeBy',
      type: 'date',
      label: l('Hạn tiếp nhận', 'Acknowledge by'),
      access: { create: never, update: never },
      admin: { readOnly: true, position: 'sidebar', date: dayTime, description: l('Tính theo ngày làm việc từ khi tiếp nhận.', 'Working days from receipt.') },
    },
    {
      name: 'deadlineState',
      type: 'text',
      virtual: true,
      label: l('Tình trạng thời hạn', 'Deadline'),
      admin: { readOnly: true, position: 'sidebar', disableListFilter: true },
      hooks: {
        afterRead: [
          async ({ data, req }) => {
            if (!data?.status) return undefined
            const ctx = req.context as { feedbackHolidays?: string[] }
            ctx.feedbackHolidays ??= (await feedbackSettings(req.payload, req)).holidays
            return deadlineLabel(deadlineStateOf(data, new Date(), ctx.feedbackHolidays))
          },
        ],
      },
    },
    {
      name: 'answerBy',
      type: 'date',
      label: l('Hạn trả lời', 'Answer by'),
      index: true,
      access: { create: never, update: never },
      admin: { readOnly: true, position: 'sidebar', date: dayTime },
    },
    {
      name: 'receivedAt',
      type: 'date',
      label: l('Thời điểm tiếp nhận', 'Received at'),
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      admin: { readOnly: true, position: 'sidebar', date: dayTime },
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
        {
          name: 'consentText',
          type: 'textarea',
          label: l('Nội dung đồng ý đã hiển thị', 'Consent text shown'),
          access: { create: never, update: never },
          admin: { readOnly: true, condition: (data) => Boolean(data?.consentText) },
        },
        {
          name: 'anonymisedAt',
          type: 'date',
          label: l('Đã ẩn danh lúc', 'Anonymised at'),
          index: true,
          access: { create: never, update: never },
          admin: {
            readOnly: true,
            date: dayTime,
            condition: (data) => Boolean(data?.anonymisedAt),
            description: l('Họ tên, thư điện tử và số điện thoại đã được xóa (hết thời hạn lưu trữ hoặc theo yêu cầu).', 'Name, e-mail and phone removed.'),
          },
        },
        {
          name: 'consentVersion',
          type: 'text',
          label: l('Phiên bản nội dung đồng ý', 'Consent version'),
          access: { create: never, update: never },
          admin: { readOnly: true, condition: (data) => Boolean(data?.consentVersion) },
        },
      ],
    },
    {
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
          admin: { description: l('Bắt buộc khi chuyển sang “Đã trả lời”; được gửi cho người dân qua thư điện tử và hiện ở trang tra cứu.', 'Required for “answered”; mailed to the citizen and shown on the lookup page.') },
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
    },
    ...qaFields,
    {
      name: 'statusHistory',
      type: 'array',
      label: l('Lịch sử xử lý', 'History'),
      labels: { singular: l('Bước', 'Step'), plural: l('Các bước', 'Steps') },
      access: { create: never, update: never },
      admin: { readOnly: true, initCollapsed: true, description: l('Ghi tự động ở mỗi lần đổi trạng thái hoặc mức ưu tiên; không sửa được.', 'Written automatically; not editable.') },
      fields: [
        { name: 'kind', type: 'select', label: l('Loại', 'Kind'), defaultValue: 'status', options: [{ value: 'status', label: 'Trạng thái' }, { value: 'priority', label: 'Ưu tiên' }] },
        { name: 'status', type: 'select', label: l('Trạng thái', 'Status'), options: FEEDBACK_STATUSES.map((o) => ({ value: o.value, label: o.label })) },
        { name: 'at', type: 'date', label: l('Thời điểm', 'When'), admin: { date: dayTime } },
        { name: 'by', type: 'relationship', relationTo: 'users', label: l('Người thực hiện', 'By') },
        { name: 'note', type: 'text', label: l('Ghi chú', 'Note') },
      ],
    },
  ],
}
