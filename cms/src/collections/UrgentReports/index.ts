import { APIError, type CollectionAfterChangeHook, type CollectionBeforeValidateHook, type CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin'
import { isStaffField, isStaffUser } from '../../access/isStaff'
import { staffOrOwnSchool } from '../../access/staffOrOwnSchool'
import { staffOrSchool } from '../../access/staffOrSchool'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { l } from '../../utilities/label'
import { schoolIdOf } from '../../utilities/schoolIdOf'
import { refuseImpossibleID } from '../../utilities/validID'
import { sendUrgentReportAlert } from './notify'

const dayTime = { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } as const
/** What the department links to the incident; a school never sets them. */
const LINKS = ['relatedFeedback', 'relatedPress', 'relatedStatements'] as const
const staffOnly = { create: isStaffField, update: isStaffField }
/** The department's acknowledgement is ticked by staff; a school reads when it was acknowledged, not the checkbox. */
const staffOnlyShown = (_data: unknown, _sibling: unknown, { user }: { user: unknown }) => isStaffUser(user as never)

/**
 * A school files for itself only and cannot change a report once the department has acknowledged it; staff
 * acknowledging it stamps who and when (once).
 */
const enforceUrgentReport: CollectionBeforeValidateHook = ({ data, req, originalDoc }) => {
  const next: Record<string, unknown> = { ...(data ?? {}) }
  const user = req.user
  if (user?.role === 'school') {
    if (originalDoc?.acknowledgedAt)
      throw new APIError(
        'Phòng đã nắm thông tin báo cáo này; nhà trường không sửa được nữa. Vui lòng gửi báo cáo bổ sung.',
        403,
        null,
        true,
      )
    next.school = schoolIdOf(user.school)
    delete next.acknowledged
    for (const link of LINKS) delete next[link]
  }
  if (originalDoc?.acknowledgedAt) {
    next.acknowledgedAt = originalDoc.acknowledgedAt
    next.acknowledgedBy = originalDoc.acknowledgedBy
    next.acknowledged = true
  } else if (next.acknowledged === true && isStaffUser(user)) {
    next.acknowledgedAt = new Date().toISOString()
    next.acknowledgedBy = typeof user?.id === 'number' ? user.id : null
  } else {
    next.acknowledged = false
    next.acknowledgedAt = null
    next.acknowledgedBy = null
  }
  return next
}

const alertOnCreate: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create') await sendUrgentReportAlert(req, doc)
  return doc
}

/** Báo cáo đột xuất (plan IV.2, "định kỳ hoặc đột xuất"): an incident a school reports at any time. */
export const UrgentReports: CollectionConfig = {
  slug: 'urgent-reports',
  labels: { singular: l('Báo cáo đột xuất', 'Urgent report'), plural: l('Báo cáo đột xuất', 'Urgent reports') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'school', 'occurredAt', 'acknowledged', 'createdAt'],
    group: l('Báo cáo dư luận', 'Opinion reports'),
  },
  access: { create: staffOrSchool, read: staffOrOwnSchool, update: staffOrOwnSchool, delete: isAdmin },
  defaultSort: '-createdAt',
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist],
    beforeValidate: [enforceUrgentReport],
    afterChange: [alertOnCreate],
  },
  fields: [
    { name: 'title', type: 'text', label: l('Sự việc (tóm tắt)', 'Incident'), required: true, maxLength: 250 },
    {
      name: 'school',
      type: 'relationship',
      relationTo: 'schools',
      label: l('Trường', 'School'),
      required: true,
      index: true,
      defaultValue: ({ user }) => (user?.role === 'school' ? (schoolIdOf(user.school) ?? undefined) : undefined),
    },
    {
      type: 'row',
      fields: [
        { name: 'occurredAt', type: 'date', label: l('Thời gian xảy ra', 'When'), required: true, admin: { date: dayTime } },
        { name: 'place', type: 'text', label: l('Địa điểm', 'Where'), required: true, maxLength: 250 },
      ],
    },
    { name: 'description', type: 'textarea', label: l('Diễn biến sự việc', 'What happened'), required: true, maxLength: 10000 },
    { name: 'affected', type: 'textarea', label: l('Đối tượng bị ảnh hưởng', 'Who is affected'), maxLength: 4000 },
    { name: 'actionsTaken', type: 'textarea', label: l('Nhà trường đã xử lý', 'What the school has done'), maxLength: 10000 },
    {
      type: 'row',
      fields: [
        { name: 'pressInvolved', type: 'checkbox', label: l('Báo chí đã đưa tin, liên hệ', 'The press is involved') },
        { name: 'socialInvolved', type: 'checkbox', label: l('Có thông tin trên mạng xã hội', 'On social networks') },
      ],
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'report-files',
      hasMany: true,
      maxRows: 10,
      label: l('Tệp đính kèm', 'Attachments'),
      // a school attaches only its own uploads (checked on the server too: Payload validates filterOptions)
      filterOptions: ({ user }) => (user?.role === 'school' ? { school: { equals: schoolIdOf(user.school) } } : true),
      admin: {
        description: l('Ảnh, văn bản liên quan (PDF, JPG, PNG; tối đa 10 MB mỗi tệp). Chỉ Phòng và nhà trường xem được.', 'PDF, JPG, PNG.'),
      },
    },
    {
      type: 'collapsible',
      label: l('Thông tin liên quan (do Phòng gắn)', 'Related (linked by the department)'),
      admin: { condition: (_d, _s, { user }) => isStaffUser(user) },
      fields: [
        {
          name: 'relatedFeedback',
          type: 'relationship',
          relationTo: 'feedback',
          hasMany: true,
          access: staffOnly,
          label: l('Ý kiến người dân liên quan', 'Related feedback'),
        },
        {
          name: 'relatedPress',
          type: 'relationship',
          relationTo: 'press-mentions',
          hasMany: true,
          access: staffOnly,
          label: l('Tin báo chí, mạng xã hội liên quan', 'Related press items'),
        },
        {
          name: 'relatedStatements',
          type: 'relationship',
          relationTo: 'articles',
          hasMany: true,
          access: staffOnly,
          filterOptions: { pressRelease: { equals: true } },
          label: l('Thông cáo, phát ngôn liên quan', 'Related statements'),
        },
      ],
    },
    {
      name: 'acknowledged',
      type: 'checkbox',
      label: l('Đã nắm thông tin', 'Acknowledged'),
      defaultValue: false,
      index: true,
      admin: {
        position: 'sidebar',
        condition: staffOnlyShown,
        description: l(
          'Đánh dấu rồi bấm Lưu: Phòng ghi nhận người xác nhận và thời gian; báo cáo rời khỏi đầu trang chủ của cán bộ.',
          'Tick and save.',
        ),
      },
    },
    {
      name: 'acknowledgedAt',
      type: 'date',
      label: l('Nắm thông tin lúc', 'Acknowledged at'),
      admin: { position: 'sidebar', readOnly: true, date: dayTime, condition: (data) => Boolean(data?.acknowledgedAt) },
    },
    {
      name: 'acknowledgedBy',
      type: 'relationship',
      relationTo: 'users',
      label: l('Người xác nhận', 'Acknowledged by'),
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.acknowledgedAt) },
    },
  ],
}
