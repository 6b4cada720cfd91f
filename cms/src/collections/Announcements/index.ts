import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { staffOrPublishedOnly } from '../../access/staffOrPublishedOnly'
import { publishedAtField } from '../../fields/publishedAt'
import { slugField } from '../../fields/slug'
import { safeRichText } from '../../fields/safeRichText'
import { hiddenFromSchools } from '../../utilities/hiddenInNav'
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
 * Announcements (thông báo) of the department, each valid for a period of days (@gd/shared/announcements): the
 * home page shows those in force, /thong-bao/ all of them. The nightly task (site-build/daily.ts) rebuilds the site
 * on a day one starts or ends. Staff write and publish; the public reads the published ones.
 */
export const Announcements: CollectionConfig = {
  slug: 'announcements',
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist],
    afterChange: [recordTransition, rebuildAfterChange],
    afterDelete: [auditDeletion, rebuildAfterDelete],
  },
  labels: { singular: l('Thông báo', 'Announcement'), plural: l('Thông báo', 'Announcements') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'validFrom', 'validUntil', '_status'],
    group: l('Tin bài', 'News'),
    hidden: hiddenFromSchools,
  },
  access: { read: staffOrPublishedOnly, readVersions: isStaff, create: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: '-validFrom',
  versions: { drafts: true, maxPerDoc: 30 },
  fields: [
    { name: 'title', type: 'text', label: l('Tiêu đề thông báo', 'Title'), required: true, maxLength: 250 },
    slugField('title'),
    { name: 'summary', type: 'textarea', label: l('Tóm tắt', 'Summary'), required: true, maxLength: 600 },
    safeRichText({ name: 'content', label: l('Nội dung', 'Content') }),
    {
      type: 'row',
      fields: [
        {
          name: 'validFrom',
          type: 'date',
          label: l('Có hiệu lực từ ngày', 'Valid from'),
          required: true,
          index: true,
          admin: { date: dayOnly },
        },
        {
          name: 'validUntil',
          type: 'date',
          label: l('Hết hiệu lực sau ngày', 'Valid until'),
          admin: {
            date: dayOnly,
            description: l('Để trống nếu không có thời hạn. Hết hạn, thông báo rời trang chủ.', 'Empty: no end.'),
          },
          validate: notBefore('validFrom', 'Ngày hết hiệu lực phải từ ngày bắt đầu hiệu lực trở đi.'),
        },
      ],
    },
    {
      name: 'attachment',
      type: 'upload',
      relationTo: 'files',
      label: l('Tệp đính kèm (PDF, Word)', 'Attachment'),
    },
    publishedAtField,
  ],
}
