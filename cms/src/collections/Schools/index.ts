import type { CollectionConfig } from 'payload'
import { LOCAL_UNIT_KINDS } from '@gd/shared/vocab'
import { SCHOOL_LEVELS } from '@gd/shared/vocab'
import { anyone } from '../../access/anyone'
import { isAdmin } from '../../access/isAdmin'
import { slugField } from '../../fields/slug'
import { webAddressField } from '../../fields/webAddress'
import { l } from '../../utilities/label'
import { auditDeletion } from '../../audit/deletions'
import { rebuildAfterChange, rebuildAfterDelete } from '../../site-build/hooks'
import { recordTransition } from '../../workflow/recordTransition'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { refuseImpossibleID } from '../../utilities/validID'
import { hiddenFromSchools } from '../../utilities/hiddenInNav'
import { keepWhileLinked } from '../../utilities/keepWhileLinked'

/** A school with accounts, news, stories, reports or disclosures is not deleted: they would be left with no school. */
const keepWhileInUse = keepWhileLinked('schools', {
  what: 'trường này',
  wayOut: 'Hãy chuyển các mục đó sang trường khác (trường sáp nhập vào, chẳng hạn) hoặc xóa chúng trước khi xóa trường.',
})

export const Schools: CollectionConfig = {
  slug: 'schools',
  hooks: {
    beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist],
    afterChange: [recordTransition, rebuildAfterChange],
    beforeDelete: [keepWhileInUse],
    afterDelete: [auditDeletion, rebuildAfterDelete],
  },
  labels: { singular: l('Trường học', 'School'), plural: l('Trường học', 'Schools') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'level', 'commune', 'demo'],
    group: l('Danh mục', 'Directories'),
    hidden: hiddenFromSchools,
  },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', label: l('Tên trường', 'Name'), required: true },
    slugField('name'),
    {
      name: 'level',
      type: 'select',
      label: l('Cấp học', 'Level'),
      required: true,
      options: SCHOOL_LEVELS.map((o) => ({ value: o.value, label: o.label })),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'communeKind',
          type: 'select',
          label: l('Loại đơn vị hành chính', 'Local unit kind'),
          defaultValue: 'xa',
          options: LOCAL_UNIT_KINDS.map((o) => ({ value: o.value, label: o.label })),
          admin: { width: '30%' },
        },
        {
          name: 'commune',
          type: 'text',
          label: l('Tên xã, phường, đặc khu', 'Local unit'),
          required: true,
          admin: { width: '70%', description: l('Chỉ ghi tên, không ghi "xã"/"phường", ví dụ: Kim Anh.', 'The name only.') },
        },
      ],
    },
    { name: 'address', type: 'text', label: l('Địa chỉ', 'Address') },
    { name: 'phone', type: 'text', label: l('Điện thoại', 'Phone') },
    { name: 'email', type: 'email', label: l('Thư điện tử', 'E-mail') },
    { name: 'principal', type: 'text', label: l('Hiệu trưởng', 'Principal') },
    webAddressField('website', l('Trang thông tin điện tử của trường', 'School website')),
    {
      name: 'demo',
      type: 'checkbox',
      label: l('Dữ liệu minh họa', 'Demo data'),
      defaultValue: false,
      admin: { position: 'sidebar', description: l('Trường minh họa, không phải dữ liệu thật.', 'Illustrative, not a real school.') },
    },
  ],
}
