import type { Field } from 'payload'
import { isStaffField } from '../access/isStaff'
import { staffOrOwnSchoolField } from '../access/staffOrOwnSchoolField'
import { l } from '../utilities/label'
import { REVIEW_STATES } from './states'

const dateTime = { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' }

/** The review fields, shown in the sidebar: the school sees the state and the editor's comment on its own items. */
export const reviewFields: Field[] = [
  {
    name: 'reviewState',
    type: 'select',
    label: l('Trạng thái duyệt', 'Review state'),
    defaultValue: 'nhap',
    index: true,
    options: REVIEW_STATES.map((s) => ({ value: s.value, label: s.label })),
    admin: {
      position: 'sidebar',
      description: l(
        'Nhà trường chọn "Chờ duyệt" để gửi bài; cán bộ truyền thông xuất bản hoặc yêu cầu chỉnh sửa.',
        'Schools choose "Chờ duyệt" to submit; editors publish or return.',
      ),
    },
  },
  {
    name: 'reviewNote',
    type: 'textarea',
    label: l('Ý kiến của người duyệt', 'Reviewer’s comment'),
    // read by staff and the item's own school only: not by the public nor by other schools, published or not
    access: { read: staffOrOwnSchoolField, create: isStaffField, update: isStaffField },
    admin: {
      position: 'sidebar',
      description: l('Bắt buộc khi yêu cầu chỉnh sửa; nhà trường đọc được.', 'Required when returning; the school reads it.'),
    },
  },
  {
    name: 'submittedAt',
    type: 'date',
    label: l('Gửi duyệt lúc', 'Submitted at'),
    index: true,
    access: { create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true, date: dateTime },
  },
]
