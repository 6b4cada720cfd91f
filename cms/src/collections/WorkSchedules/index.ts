import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { staffOrPublishedOnly } from '../../access/staffOrPublishedOnly'
import { hiddenFromSchools } from '../../utilities/hiddenInNav'
import { l } from '../../utilities/label'
import { auditDeletion } from '../../audit/deletions'
import { rebuildAfterChange, rebuildAfterDelete } from '../../site-build/hooks'
import { recordTransition } from '../../workflow/recordTransition'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { refuseImpossibleID } from '../../utilities/validID'
import { dayInScheduleWeek, mondayOnly, titleFromWeek } from './hooks'

const dayOnly = { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' }

/**
 * The leaders' weekly work schedule (lịch công tác, @gd/shared/work-schedule): one document per week, known by its
 * Monday, with its entries (day, time, what, which leaders, where, who takes part or chairs). Staff prepare a week as
 * a draft and publish it; /lich-cong-tac/ shows the current week and archives the others. The hourly task
 * (site-build/validity-rebuilds.ts) rebuilds the site when a new week begins.
 */
export const WorkSchedules: CollectionConfig = {
  slug: 'work-schedules',
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist],
    beforeChange: [titleFromWeek],
    afterChange: [recordTransition, rebuildAfterChange],
    afterDelete: [auditDeletion, rebuildAfterDelete],
  },
  labels: { singular: l('Lịch công tác tuần', 'Work schedule'), plural: l('Lịch công tác', 'Work schedules') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'weekStart', '_status'],
    group: l('Tin bài', 'News'),
    hidden: hiddenFromSchools,
  },
  access: { read: staffOrPublishedOnly, readVersions: isStaff, create: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: '-weekStart',
  versions: { drafts: true, maxPerDoc: 30 },
  fields: [
    {
      name: 'weekStart',
      type: 'date',
      label: l('Tuần bắt đầu từ thứ Hai, ngày', 'Week starting Monday'),
      required: true,
      unique: true,
      index: true,
      validate: mondayOnly,
      admin: { date: dayOnly, description: l('Mỗi tuần một lịch.', 'One schedule per week.') },
    },
    {
      name: 'title',
      type: 'text',
      label: l('Tuần', 'Week'),
      admin: { readOnly: true, description: l('Tự điền theo ngày đầu tuần.', 'Filled from the week.') },
    },
    {
      name: 'entries',
      type: 'array',
      label: l('Các hoạt động trong tuần', 'Entries'),
      labels: { singular: l('Hoạt động', 'Entry'), plural: l('Hoạt động', 'Entries') },
      required: true,
      minRows: 1,
      maxRows: 80,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'day', type: 'date', label: l('Ngày', 'Day'), required: true, validate: dayInScheduleWeek, admin: { date: dayOnly } },
            {
              name: 'time',
              type: 'text',
              label: l('Thời gian', 'Time'),
              required: true,
              maxLength: 60,
              admin: { description: l('Ví dụ: 7 giờ 30, Cả ngày', 'e.g. 7 giờ 30') },
            },
          ],
        },
        { name: 'content', type: 'textarea', label: l('Nội dung công việc', 'What'), required: true, maxLength: 1000 },
        { name: 'leaders', type: 'text', label: l('Lãnh đạo dự', 'Leaders'), required: true, maxLength: 250 },
        { name: 'place', type: 'text', label: l('Địa điểm', 'Place'), maxLength: 250 },
        { name: 'participants', type: 'text', label: l('Thành phần, đơn vị chủ trì', 'Participants'), maxLength: 500 },
      ],
    },
    {
      name: 'note',
      type: 'textarea',
      label: l('Ghi chú', 'Note'),
      maxLength: 600,
      admin: { description: l('Ví dụ: lịch có thể thay đổi, sẽ thông báo bổ sung.', 'e.g. changes') },
    },
  ],
}
