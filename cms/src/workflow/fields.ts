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
      // changed by the actions above the form (Gửi duyệt, Duyệt và xuất bản, Trả lại, Gỡ xuống), not by hand
      readOnly: true,
      description: l(
        'Đổi bằng các nút “Gửi duyệt”, “Duyệt và xuất bản”, “Trả lại (kèm lý do)”, “Gỡ xuống” ở đầu trang.',
        'Changed by the actions at the top of the page.',
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
      readOnly: true,
      description: l('Ghi khi bấm “Trả lại (kèm lý do)”; nhà trường đọc được.', 'Written with “return”; the school reads it.'),
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

/** What the state means for the reader, with the reason when returned: the first thing in a story's form. */
export const reviewNoticeField: Field = {
  name: 'reviewNotice',
  type: 'ui',
  admin: { components: { Field: '/components/workflow/ReviewNotice#ReviewNotice' } },
}

/** The workflow's actions in the document header (see the components for what each does). */
export const reviewEditComponents = {
  beforeDocumentControls: ['/components/workflow/ReviewActions#ReviewActions'],
  PublishButton: '/components/workflow/PublishAction#PublishAction',
  UnpublishButton: '/components/workflow/PublishAction#NoUnpublishMenuItem',
  Status: '/components/workflow/ReviewStatus#ReviewStatus',
}
