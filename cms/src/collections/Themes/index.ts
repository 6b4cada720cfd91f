import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { l } from '../../utilities/label'
import { auditDeletion } from '../../audit/deletions'
import { rebuildAfterChange, rebuildAfterDelete } from '../../site-build/hooks'
import { recordTransition } from '../../workflow/recordTransition'
import { capRequest } from '../../access/requestCaps'
import { refuseImpossibleID } from '../../utilities/validID'
import { hiddenFromSchools } from '../../utilities/hiddenInNav'

/** The ten themes of the plan (seeded from @gd/shared/themes); editors may reword descriptions. */
export const Themes: CollectionConfig = {
  slug: 'themes',
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest],
    afterChange: [recordTransition, rebuildAfterChange],
    afterDelete: [auditDeletion, rebuildAfterDelete],
  },
  labels: { singular: l('Chủ đề', 'Theme'), plural: l('Chủ đề', 'Themes') },
  admin: { useAsTitle: 'name', defaultColumns: ['order', 'name', 'slug'], group: l('Danh mục', 'Directories'), hidden: hiddenFromSchools },
  access: { read: anyone, create: isAdmin, update: isStaff, delete: isAdmin },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', label: l('Tên chủ đề', 'Name'), required: true },
    {
      name: 'slug',
      type: 'text',
      label: l('Đường dẫn (slug)', 'Slug'),
      required: true,
      unique: true,
      index: true,
      access: { update: ({ req }) => req.user?.role === 'admin' },
    },
    { name: 'order', type: 'number', label: l('Thứ tự', 'Order'), required: true, min: 1 },
    { name: 'description', type: 'textarea', label: l('Mô tả', 'Description') },
  ],
}
