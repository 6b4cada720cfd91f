import type { GlobalConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isStaff } from '../access/isStaff'
import { safeRichText } from '../fields/safeRichText'
import { l } from '../utilities/label'
import { rebuildAfterGlobalChange } from '../site-build/hooks'
import { serverTimestampsOfGlobal } from '../access/serverTimestamps'
import { linksMustExistInGlobal } from '../access/linksMustExist'
import { hiddenFromSchools } from '../utilities/hiddenInNav'

/**
 * The organisation page (/gioi-thieu/): functions and tasks, structure, the leaders (photo, title, responsibilities,
 * contacts) and the staff directory by field of work. Content, never code: editors keep the lists.
 */
export const Organisation: GlobalConfig = {
  slug: 'organisation',
  hooks: { beforeOperation: [serverTimestampsOfGlobal, linksMustExistInGlobal], afterChange: [rebuildAfterGlobalChange] },
  label: l('Giới thiệu cơ quan', 'Organisation'),
  admin: { group: l('Hệ thống', 'System'), hidden: hiddenFromSchools },
  access: { read: anyone, update: isStaff },
  fields: [
    { name: 'intro', type: 'textarea', label: l('Giới thiệu chung', 'Introduction'), maxLength: 2000 },
    safeRichText({ name: 'functions', label: l('Chức năng, nhiệm vụ', 'Functions and tasks') }),
    safeRichText({ name: 'structure', label: l('Cơ cấu tổ chức', 'Structure') }),
    {
      name: 'leaders',
      type: 'array',
      label: l('Lãnh đạo', 'Leaders'),
      labels: { singular: l('Lãnh đạo', 'Leader'), plural: l('Lãnh đạo', 'Leaders') },
      fields: [
        { name: 'name', type: 'text', label: l('Họ và tên', 'Name'), required: true, maxLength: 120 },
        { name: 'position', type: 'text', label: l('Chức vụ', 'Position'), required: true, maxLength: 200 },
        {
          name: 'photo',
          type: 'upload',
          relationTo: 'media',
          label: l('Ảnh chân dung', 'Photo'),
          admin: { description: l('Ảnh chân dung, tỷ lệ 3:4; có mô tả ảnh.', 'Portrait, 3:4.') },
        },
        { name: 'responsibilities', type: 'textarea', label: l('Lĩnh vực phụ trách', 'Responsibilities'), maxLength: 1000 },
        { name: 'phone', type: 'text', label: l('Điện thoại', 'Phone'), maxLength: 30 },
        { name: 'email', type: 'email', label: l('Thư điện tử', 'E-mail') },
      ],
    },
    {
      name: 'staffDirectory',
      type: 'array',
      label: l('Danh bạ cán bộ theo lĩnh vực', 'Staff directory'),
      labels: { singular: l('Lĩnh vực công tác', 'Field of work'), plural: l('Lĩnh vực công tác', 'Fields of work') },
      admin: { description: l('Mỗi lĩnh vực một nhóm; người dân tìm đúng người phụ trách việc mình cần.', 'One group per field.') },
      fields: [
        { name: 'field', type: 'text', label: l('Lĩnh vực công tác', 'Field of work'), required: true, maxLength: 200 },
        {
          name: 'people',
          type: 'array',
          label: l('Cán bộ', 'Staff'),
          labels: { singular: l('Cán bộ', 'Staff member'), plural: l('Cán bộ', 'Staff') },
          // Payload's minRows lets an empty list through: a field of work lists at least one person
          validate: (value: unknown) => (Array.isArray(value) && value.length > 0 ? true : 'Mỗi lĩnh vực cần ít nhất một cán bộ.'),
          fields: [
            { name: 'name', type: 'text', label: l('Họ và tên', 'Name'), required: true, maxLength: 120 },
            { name: 'position', type: 'text', label: l('Chức vụ, nhiệm vụ', 'Position'), required: true, maxLength: 300 },
            { name: 'phone', type: 'text', label: l('Điện thoại', 'Phone'), maxLength: 30 },
            { name: 'email', type: 'email', label: l('Thư điện tử', 'E-mail') },
          ],
        },
      ],
    },
  ],
}
