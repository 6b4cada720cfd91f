import type { GlobalConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isStaff } from '../access/isStaff'
import { safeRichText } from '../fields/safeRichText'
import { l } from '../utilities/label'
import { rebuildAfterGlobalChange } from '../site-build/hooks'
import { hiddenFromSchools } from '../utilities/hiddenInNav'

/** The organisation page (/gioi-thieu/): functions and tasks, structure, leaders. Content, never code. */
export const Organisation: GlobalConfig = {
  slug: 'organisation',
  hooks: { afterChange: [rebuildAfterGlobalChange] },
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
        { name: 'responsibilities', type: 'textarea', label: l('Lĩnh vực phụ trách', 'Responsibilities'), maxLength: 1000 },
        { name: 'phone', type: 'text', label: l('Điện thoại', 'Phone'), maxLength: 30 },
        { name: 'email', type: 'email', label: l('Thư điện tử', 'E-mail') },
      ],
    },
  ],
}
