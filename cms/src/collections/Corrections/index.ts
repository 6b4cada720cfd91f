import type { CollectionConfig } from 'payload'
import { CORRECTED_COLLECTIONS } from '@gd/shared/corrections'
import { anyone } from '../../access/anyone'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { hiddenFromSchools } from '../../utilities/hiddenInNav'
import { l } from '../../utilities/label'
import { auditDeletion } from '../../audit/deletions'
import { rebuildAfterChange, rebuildAfterDelete } from '../../site-build/hooks'
import { recordTransition } from '../../workflow/recordTransition'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { type LinkCheck, linksMustExist } from '../../access/linksMustExist'
import { refuseImpossibleID } from '../../utilities/validID'
import { targetPublished } from './targetPublished'

/**
 * Corrections (đính chính) of a published article or exemplar (@gd/shared/corrections): the day, what is corrected
 * and who decided it. Shown as a dated notice near the top of the article and listed at /dinh-chinh/. Staff add
 * them and they are public at once (no drafts); schools cannot. A change rebuilds the whole site
 * (FULL_REBUILD_COLLECTIONS), so the article and the list are both rendered again.
 */
export const Corrections: CollectionConfig = {
  slug: 'corrections',
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist],
    afterChange: [recordTransition, rebuildAfterChange],
    afterDelete: [auditDeletion, rebuildAfterDelete],
  },
  labels: { singular: l('Đính chính', 'Correction'), plural: l('Đính chính', 'Corrections') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'correctedOn', 'target', 'decidedBy'],
    group: l('Tin bài', 'News'),
    hidden: hiddenFromSchools,
  },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: '-correctedOn',
  fields: [
    {
      name: 'target',
      type: 'relationship',
      relationTo: [...CORRECTED_COLLECTIONS],
      label: l('Tin bài hoặc gương người tốt việc tốt được đính chính', 'Corrected item'),
      required: true,
      index: true,
      validate: targetPublished,
      // targetPublished looks the item up (missing, draft or of another kind: its own message)
      custom: { checksItsLinks: true } satisfies LinkCheck,
      admin: { description: l('Chỉ chọn được bài đã xuất bản.', 'Published items only.') },
    },
    {
      name: 'title',
      type: 'text',
      label: l('Tiêu đề đính chính', 'Title'),
      required: true,
      maxLength: 200,
      admin: { description: l('Ví dụ: Đính chính số liệu học sinh đạt giải', 'e.g. what is corrected') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'correctedOn',
          type: 'date',
          label: l('Ngày đính chính', 'Date'),
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'decidedBy',
          type: 'text',
          label: l('Người quyết định đính chính', 'Decided by'),
          required: true,
          maxLength: 200,
          admin: { description: l('Chức vụ và họ tên, ví dụ: Trưởng phòng Nguyễn Văn Hùng', 'Title and name') },
        },
      ],
    },
    {
      name: 'text',
      type: 'textarea',
      label: l('Nội dung đính chính', 'Text'),
      required: true,
      maxLength: 2000,
      admin: { description: l('Thông tin sai là gì, thông tin đúng là gì.', 'What was wrong, what is right.') },
    },
  ],
}
