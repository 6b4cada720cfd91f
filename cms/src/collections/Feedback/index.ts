import { urgentReportsJoin } from '../../fields/urgentReportsJoin'
import type { CollectionConfig } from 'payload'
import { FEEDBACK_KINDS, FEEDBACK_SOURCES, FEEDBACK_STATUSES } from '@gd/shared/vocab'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { l } from '../../utilities/label'
import { generateReferenceCode } from '@gd/shared/reference-code'
import { assignCode, notifyFeedback, triage } from './hooks'
import { deadlineLabel, deadlineStateOf } from '@gd/shared/feedback-deadlines'
import { personalDataEndpoints } from './personalData'
import { feedbackSettings } from '../../globals/SiteSettings/feedbackSettings'
import { statisticsEndpoint, statisticsPrintEndpoint, statisticsWorkbookEndpoint } from './statisticsEndpoint'
import { qaEndpoint, qaFields } from './qa'
import { handlingFields, statusHistoryField } from './handlingFields'
import { senderFields } from './senderFields'
import { resubmissionKeyField } from './resubmission'
import { asReceived, onCreateForm } from './asReceived'
import { auditDeletion } from '../../audit/deletions'
import { rebuildForCommentCount, rebuildForCommentCountDelete, rebuildForQa, rebuildForQaDelete } from '../../site-build/feedback-rebuilds'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { refuseImpossibleID } from '../../utilities/validID'

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
    defaultColumns: ['code', 'subject', 'status', 'deadlineState', 'priority', 'assignee', 'receivedAt'],
    group: l('Tiếp nhận ý kiến', 'Feedback'),
    listSearchableFields: ['code', 'subject', 'name', 'email'],
  },
  access: { create: isStaff, read: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: ['-priority', '-receivedAt'],
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist],
    beforeValidate: [assignCode],
    beforeChange: [triage],
    afterChange: [notifyFeedback, rebuildForQa, rebuildForCommentCount],
    afterDelete: [rebuildForQaDelete, auditDeletion, rebuildForCommentCountDelete],
  },
  // personal data: GET /api/feedback/du-lieu-ca-nhan?email=…|phone=…, POST /api/feedback/du-lieu-ca-nhan/xoa (admins only)
  // public Q&A: GET /api/feedback/hoi-dap (published entries, public fields only)
  // statistics: GET /api/feedback/thong-ke?from=YYYY-MM-DD&to=YYYY-MM-DD (staff only), and as the page's exports
  // /thong-ke/excel and /thong-ke/ban-in with the same range
  endpoints: [qaEndpoint, statisticsEndpoint, statisticsWorkbookEndpoint, statisticsPrintEndpoint, ...personalDataEndpoints],
  fields: [
    // what the citizen sent, read-only, at the top of an item's screen (the inputs below are on the create form only)
    {
      name: 'asReceived',
      type: 'ui',
      admin: {
        condition: (_d, _s, { operation }) => operation === 'update',
        components: { Field: '/components/feedback/CitizenSubmission#CitizenSubmission' },
      },
    },
    // under it: status, deadline with its date, assignee, and the triage as actions (each a save judged by ./hooks.ts)
    {
      name: 'triage',
      type: 'ui',
      admin: {
        condition: (_d, _s, { operation }) => operation === 'update',
        components: { Field: '/components/feedback/FeedbackTriage#FeedbackTriage' },
      },
    },
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
      admin: {
        position: 'sidebar',
        // changed by the actions at the top of the item (Tiếp nhận, Trả lời, Chuyển, Không xử lý, Đóng), not by hand
        readOnly: true,
        description: l('Đổi bằng các nút xử lý ở đầu trang.', 'Changed by the actions at the top of the page.'),
      },
    },
    {
      name: 'priority',
      type: 'checkbox',
      label: l('Ưu tiên (cảnh báo sớm)', 'Priority (early warning)'),
      index: true,
      defaultValue: false,
      admin: {
        position: 'sidebar',
        components: { Cell: '/components/feedback/FeedbackCells#PriorityCell' },
        description: l(
          'Tự động khi nội dung thuộc chủ đề nhạy cảm; đổi bằng tay phải ghi lý do.',
          'Set for sensitive topics; changing it by hand needs a reason.',
        ),
      },
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
      admin: {
        position: 'sidebar',
        description: l('Bắt buộc khi đánh dấu hoặc bỏ ưu tiên bằng tay.', 'Required when raising or clearing priority by hand.'),
      },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      label: l('Cán bộ xử lý', 'Assignee'),
      filterOptions: () => staffUsers,
      index: true,
      admin: { position: 'sidebar', components: { Cell: '/components/feedback/FeedbackCells#AssigneeCell' } },
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
      admin: {
        readOnly: true,
        position: 'sidebar',
        date: dayTime,
        description: l('Tính theo ngày làm việc từ khi tiếp nhận.', 'Working days from receipt.'),
      },
    },
    {
      name: 'deadlineState',
      type: 'text',
      virtual: true,
      label: l('Tình trạng thời hạn', 'Deadline'),
      admin: {
        readOnly: true,
        position: 'sidebar',
        disableListFilter: true,
        components: { Cell: '/components/feedback/FeedbackCells#DeadlineCell' },
      },
      hooks: {
        afterRead: [
          async ({ data, req }) => {
            if (!data?.status) return undefined
            const { holidays } = await feedbackSettings(req.payload, req)
            return deadlineLabel(deadlineStateOf(data, new Date(), holidays))
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
    { name: 'theme', type: 'relationship', relationTo: 'themes', label: l('Lĩnh vực', 'Theme') },
    { name: 'school', type: 'relationship', relationTo: 'schools', label: l('Trường học liên quan', 'School') },
    {
      // what the citizen sent: inputs on the create form only (staff recording a phoned-in item); an item's screen
      // shows it read-only at the top (asReceived UI field), and the API refuses to change it (./asReceived.ts)
      type: 'collapsible',
      label: l('Nội dung ý kiến', 'Submission'),
      admin: { condition: onCreateForm },
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: l('Loại ý kiến', 'Kind'),
          required: true,
          options: FEEDBACK_KINDS.map((o) => ({ value: o.value, label: o.label })),
          ...asReceived,
        },
        {
          name: 'consultation',
          type: 'relationship',
          relationTo: 'consultations',
          label: l('Góp ý cho dự thảo', 'Comment on draft'),
          index: true,
          ...asReceived,
          admin: {
            description: l('Có khi ý kiến được gửi từ trang dự thảo lấy ý kiến.', 'Set when sent from a draft for comment.'),
          },
        },
        { name: 'subject', type: 'text', label: l('Tiêu đề', 'Subject'), required: true, ...asReceived },
        { name: 'message', type: 'textarea', label: l('Nội dung', 'Message'), required: true, ...asReceived },
      ],
    },
    senderFields,
    handlingFields,
    ...qaFields,
    statusHistoryField,
    resubmissionKeyField,
    urgentReportsJoin('relatedFeedback'),
  ],
}
