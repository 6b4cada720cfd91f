import { urgentReportsJoin } from '../../fields/urgentReportsJoin'
import type { CollectionConfig } from 'payload'
import { PRESS_CHANNELS, PRESS_TONES } from '@gd/shared/vocab'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { hiddenFromSchools } from '../../utilities/hiddenInNav'
import { l } from '../../utilities/label'
import { refuseImpossibleID } from '../../utilities/validID'
import { stampResponse } from './response'

const day = { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } as const
const dayTime = { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } as const

/**
 * Theo dõi báo chí, mạng xã hội (plan IV.1): what the press and social networks say about the sector, logged by
 * editors; a negative item that needs a response runs on the feedback answer clock (./response.ts), heads the
 * editors' first screen while due soon or overdue, and is counted in the statistics and the department's report.
 * Staff only.
 */
export const PressMentions: CollectionConfig = {
  slug: 'press-mentions',
  labels: { singular: l('Tin báo chí, mạng xã hội', 'Press item'), plural: l('Theo dõi báo chí, mạng xã hội', 'Press monitoring') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'outlet', 'publishedAt', 'tone', 'respondBy', 'respondedAt'],
    group: l('Tiếp nhận ý kiến', 'Feedback'),
    listSearchableFields: ['title', 'outlet'],
    hidden: hiddenFromSchools,
  },
  access: { create: isStaff, read: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: '-publishedAt',
  hooks: { beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist], beforeChange: [stampResponse] },
  fields: [
    { name: 'title', type: 'text', label: l('Tiêu đề, nội dung chính', 'Title'), required: true, maxLength: 300 },
    {
      type: 'row',
      fields: [
        {
          name: 'channel',
          type: 'select',
          label: l('Kênh', 'Channel'),
          required: true,
          defaultValue: 'bao-chi',
          options: PRESS_CHANNELS.map((o) => ({ ...o })),
        },
        { name: 'outlet', type: 'text', label: l('Tên báo, trang', 'Outlet'), required: true, maxLength: 200, index: true },
        { name: 'publishedAt', type: 'date', label: l('Ngày đăng', 'Published'), required: true, index: true, admin: { date: day } },
      ],
    },
    {
      name: 'url',
      type: 'text',
      label: l('Đường dẫn', 'Link'),
      maxLength: 2000,
      validate: (v: unknown) =>
        !v || (typeof v === 'string' && /^https?:\/\/[^\s]+$/i.test(v)) ? true : 'Đường dẫn phải bắt đầu bằng http:// hoặc https://.',
    },
    {
      type: 'row',
      fields: [
        { name: 'theme', type: 'relationship', relationTo: 'themes', label: l('Chủ đề', 'Theme') },
        { name: 'school', type: 'relationship', relationTo: 'schools', label: l('Trường', 'School') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'tone',
          type: 'select',
          label: l('Sắc thái', 'Tone'),
          required: true,
          index: true,
          options: PRESS_TONES.map((o) => ({ ...o })),
        },
        {
          name: 'needsResponse',
          type: 'checkbox',
          label: l('Cần phản hồi, xử lý', 'Needs a response'),
          defaultValue: false,
          admin: {
            description: l('Tin tiêu cực cần phản hồi có hạn như ý kiến người dân.', 'Negative items needing a response get a deadline.'),
          },
        },
      ],
    },
    { name: 'summary', type: 'textarea', label: l('Tóm tắt, ghi chú', 'Summary'), maxLength: 5000 },
    { name: 'response', type: 'textarea', label: l('Nội dung phản hồi, xử lý', 'Response'), maxLength: 10000 },
    {
      name: 'respondBy',
      type: 'date',
      label: l('Hạn phản hồi', 'Respond by'),
      index: true,
      admin: { position: 'sidebar', readOnly: true, date: dayTime, description: l('Tự tính khi ghi nhận.', 'Set when logged.') },
    },
    {
      name: 'respondedAt',
      type: 'date',
      label: l('Đã phản hồi lúc', 'Responded at'),
      admin: { position: 'sidebar', readOnly: true, date: dayTime },
    },
    {
      name: 'respondedBy',
      type: 'relationship',
      relationTo: 'users',
      label: l('Người phản hồi', 'Responded by'),
      admin: { position: 'sidebar', readOnly: true },
    },
    urgentReportsJoin('relatedPress'),
  ],
}
