import type { CollectionConfig } from 'payload'
import { CONSULTATION_STATUSES } from '@gd/shared/vocab'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { staffOrPublishedOnly } from '../../access/staffOrPublishedOnly'
import { publishedAtField } from '../../fields/publishedAt'
import { slugField } from '../../fields/slug'
import { safeRichText } from '../../fields/safeRichText'
import { l } from '../../utilities/label'
import { notBefore } from '../Documents/hooks'
import { countComments } from './hooks'
import { auditDeletion } from '../../audit/deletions'
import { scheduleConsultationRebuilds, unscheduleConsultationRebuilds } from '../../site-build/consultations'
import { rebuildAfterChange, rebuildAfterDelete } from '../../site-build/hooks'
import { recordTransition } from '../../workflow/recordTransition'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { refuseImpossibleID } from '../../utilities/validID'
import { hiddenFromSchools } from '../../utilities/hiddenInNav'

const dayAndTime = { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' }

/**
 * Drafts open for comment (dự thảo lấy ý kiến), plan I.2. Open from opensAt to closesAt; comments arrive through the
 * public endpoint as feedback linked to the draft. After closing, the page shows the count and the synthesis.
 */
export const Consultations: CollectionConfig = {
  slug: 'consultations',
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist],
    afterChange: [recordTransition, rebuildAfterChange, scheduleConsultationRebuilds],
    afterDelete: [auditDeletion, rebuildAfterDelete, unscheduleConsultationRebuilds],
  },
  labels: { singular: l('Dự thảo lấy ý kiến', 'Draft for comment'), plural: l('Dự thảo lấy ý kiến', 'Drafts for comment') },
  admin: {
    hidden: hiddenFromSchools,
    useAsTitle: 'title',
    defaultColumns: ['title', 'opensAt', 'closesAt', 'status', '_status'],
    group: l('Văn bản', 'Documents'),
  },
  access: { read: staffOrPublishedOnly, readVersions: isStaff, create: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: '-opensAt',
  versions: { drafts: true, maxPerDoc: 30 },
  fields: [
    { name: 'title', type: 'text', label: l('Tên dự thảo', 'Title'), required: true, maxLength: 250 },
    slugField('title'),
    { name: 'summary', type: 'textarea', label: l('Tóm tắt', 'Summary'), required: true, maxLength: 1500 },
    safeRichText({ name: 'content', label: l('Nội dung chính của dự thảo', 'Main points of the draft') }),
    {
      name: 'draftFile',
      type: 'upload',
      relationTo: 'files',
      required: true,
      label: l('Tệp dự thảo (PDF, Word)', 'Draft file (PDF, Word)'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'opensAt',
          type: 'date',
          label: l('Bắt đầu lấy ý kiến', 'Opens at'),
          required: true,
          index: true,
          admin: { date: dayAndTime },
        },
        {
          name: 'closesAt',
          type: 'date',
          label: l('Hết hạn lấy ý kiến', 'Closes at'),
          required: true,
          admin: { date: dayAndTime },
          validate: notBefore('opensAt', 'Thời hạn kết thúc phải sau thời điểm bắt đầu lấy ý kiến.'),
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      label: l('Trạng thái', 'Status'),
      required: true,
      defaultValue: 'dang-lay-y-kien',
      options: CONSULTATION_STATUSES.map((o) => ({ value: o.value, label: o.label })),
      admin: {
        position: 'sidebar',
        description: l('Chọn "Đã kết thúc" để đóng sớm trước thời hạn.', 'Choose "ended" to close before the deadline.'),
      },
    },
    {
      name: 'commentCount',
      type: 'number',
      label: l('Số ý kiến đã nhận', 'Comments received'),
      virtual: true,
      admin: { position: 'sidebar', readOnly: true },
      hooks: { afterRead: [countComments] },
    },
    safeRichText({
      name: 'synthesis',
      label: l('Tổng hợp, tiếp thu, giải trình ý kiến', 'Synthesis of the comments'),
      admin: { description: l('Công khai trên trang sau khi hết hạn lấy ý kiến.', 'Shown on the page after closing.') },
    }),
    {
      name: 'themes',
      type: 'relationship',
      relationTo: 'themes',
      hasMany: true,
      label: l('Chủ đề', 'Themes'),
      admin: { position: 'sidebar' },
    },
    publishedAtField,
  ],
}
