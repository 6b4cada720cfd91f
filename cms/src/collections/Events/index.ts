import type { CollectionConfig } from 'payload'
import { EVENT_KINDS } from '@gd/shared/events'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { staffOrPublishedOnly } from '../../access/staffOrPublishedOnly'
import { publishedAtField } from '../../fields/publishedAt'
import { slugField } from '../../fields/slug'
import { safeRichText } from '../../fields/safeRichText'
import { l } from '../../utilities/label'
import { notBefore } from '../Documents/hooks'
import { auditDeletion } from '../../audit/deletions'
import { rebuildAfterChange, rebuildAfterDelete } from '../../site-build/hooks'
import { recordTransition } from '../../workflow/recordTransition'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { refuseImpossibleID } from '../../utilities/validID'

const dayOnly = { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' }

/**
 * Events and anniversaries (sự kiện, ngày lễ) with a date, an optional last day and place (@gd/shared/events):
 * /su-kien/ lists upcoming ones first, the home page the next three; the hourly task (site-build/validity-rebuilds.ts)
 * rebuilds the site on the day one has passed. Staff write and publish; the public reads the published ones.
 */
export const Events: CollectionConfig = {
  slug: 'events',
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist],
    afterChange: [recordTransition, rebuildAfterChange],
    afterDelete: [auditDeletion, rebuildAfterDelete],
  },
  labels: { singular: l('Sự kiện, ngày lễ', 'Event'), plural: l('Sự kiện, ngày lễ', 'Events') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'endsAt', 'kind', '_status'],
    group: l('Tin bài', 'News'),
  },
  access: { read: staffOrPublishedOnly, readVersions: isStaff, create: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: '-startsAt',
  versions: { drafts: true, maxPerDoc: 30 },
  fields: [
    { name: 'title', type: 'text', label: l('Tên sự kiện, ngày lễ', 'Title'), required: true, maxLength: 250 },
    slugField('title'),
    {
      name: 'kind',
      type: 'select',
      label: l('Loại', 'Kind'),
      required: true,
      defaultValue: 'su-kien',
      options: EVENT_KINDS.map((k) => ({ value: k.value, label: k.label })),
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          label: l('Ngày diễn ra', 'Date'),
          required: true,
          index: true,
          admin: { date: dayOnly },
        },
        {
          name: 'endsAt',
          type: 'date',
          label: l('Đến hết ngày', 'Until'),
          admin: { date: dayOnly, description: l('Để trống nếu sự kiện diễn ra trong một ngày.', 'Empty: one day.') },
          validate: notBefore('startsAt', 'Ngày kết thúc phải từ ngày diễn ra trở đi.'),
        },
      ],
    },
    { name: 'place', type: 'text', label: l('Địa điểm', 'Place'), maxLength: 250 },
    { name: 'summary', type: 'textarea', label: l('Tóm tắt', 'Summary'), required: true, maxLength: 600 },
    safeRichText({ name: 'content', label: l('Nội dung', 'Content') }),
    publishedAtField,
  ],
}
