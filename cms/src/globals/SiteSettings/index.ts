import type { GlobalConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { isAdmin } from '../../access/isAdmin'
import { l } from '../../utilities/label'
import { feedbackSettingsFields } from './feedbackSettingsFields'
import { privacyFields } from './privacyFields'
import { identityFields } from './identityFields'
import { englishFields } from './englishFields'
import { rebuildAfterGlobalChange } from '../../site-build/hooks'
import { serverTimestampsOfGlobal } from '../../access/serverTimestamps'
import { linksMustExistInGlobal } from '../../access/linksMustExist'
import { shownToAdminsOnly } from '../../utilities/hiddenInNav'

/** Who owns the portal: every name, address and contact the site shows comes from here, never from code. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  hooks: { beforeOperation: [serverTimestampsOfGlobal, linksMustExistInGlobal], afterChange: [rebuildAfterGlobalChange] },
  label: l('Cấu hình trang', 'Site settings'),
  admin: { group: l('Hệ thống', 'System'), hidden: shownToAdminsOnly },
  access: { read: anyone, update: isAdmin },
  fields: [
    { name: 'orgName', type: 'text', label: l('Tên cơ quan', 'Organisation name'), required: true },
    { name: 'parentBody', type: 'text', label: l('Cơ quan chủ quản', 'Parent body') },
    { name: 'address', type: 'text', label: l('Địa chỉ', 'Address') },
    { name: 'phone', type: 'text', label: l('Điện thoại', 'Phone') },
    { name: 'email', type: 'email', label: l('Thư điện tử', 'E-mail') },
    { name: 'workingHours', type: 'text', label: l('Giờ làm việc', 'Working hours') },
    { name: 'logo', type: 'upload', relationTo: 'media', label: l('Biểu trưng', 'Logo') },
    ...identityFields,
    {
      name: 'spokesperson',
      type: 'group',
      label: l('Người phát ngôn', 'Spokesperson'),
      fields: [
        { name: 'name', type: 'text', label: l('Họ và tên', 'Name') },
        { name: 'position', type: 'text', label: l('Chức vụ', 'Position') },
        { name: 'phone', type: 'text', label: l('Điện thoại', 'Phone') },
        { name: 'email', type: 'email', label: l('Thư điện tử', 'E-mail') },
        {
          name: 'appointedOn',
          type: 'date',
          label: l('Ngày được giao nhiệm vụ phát ngôn', 'Appointed on'),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'regulation',
          type: 'relationship',
          relationTo: 'documents',
          label: l('Quy chế phát ngôn', 'Spokesperson regulation'),
        },
        {
          name: 'pressContact',
          type: 'textarea',
          label: l('Liên hệ báo chí', 'Press contact'),
          maxLength: 1000,
          admin: {
            description: l(
              'Cách cơ quan báo chí đề nghị cung cấp thông tin, phỏng vấn.',
              'How the press asks for information or interviews.',
            ),
          },
        },
      ],
    },
    {
      name: 'social',
      type: 'array',
      label: l('Mạng xã hội', 'Social accounts'),
      labels: { singular: l('Tài khoản', 'Account'), plural: l('Tài khoản', 'Accounts') },
      fields: [
        { name: 'platform', type: 'text', label: l('Nền tảng', 'Platform'), required: true },
        { name: 'url', type: 'text', label: l('Địa chỉ', 'URL'), required: true },
      ],
    },
    ...englishFields,
    ...feedbackSettingsFields,
    ...privacyFields,
  ],
}
