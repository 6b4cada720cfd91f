import type { Field } from 'payload'
import { SENDER_GROUPS } from '@gd/shared/vocab'
import { l } from '../../utilities/label'
import { asReceived, onCreateForm } from './asReceived'

const never = () => false
const dayTime = { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } as const

/**
 * Who sent a feedback item and what they agreed to (personal data: anonymised after the retention period or on
 * request, see ./personalData.ts; the consent text and version are those the form showed).
 */
export const senderFields: Field = {
  type: 'collapsible',
  label: l('Người gửi', 'Sender'),
  // on an item's screen the sender is shown read-only in the submission at the top (CitizenSubmission)
  admin: { condition: onCreateForm },
  fields: [
    { name: 'name', type: 'text', label: l('Họ và tên', 'Name'), required: true, ...asReceived },
    {
      name: 'senderGroup',
      type: 'select',
      label: l('Đối tượng gửi ý kiến', 'Sender group'),
      options: SENDER_GROUPS.map((o) => ({ value: o.value, label: o.label })),
      index: true,
      ...asReceived,
      admin: {
        description: l(
          'Người gửi tự chọn trên biểu mẫu (không bắt buộc); cán bộ chọn khi ghi nhận ý kiến qua điện thoại, thư, báo chí…',
          'Chosen by the sender on the form, or by the editor recording the item.',
        ),
      },
    },
    { name: 'email', type: 'email', label: l('Thư điện tử', 'E-mail'), ...asReceived },
    { name: 'phone', type: 'text', label: l('Số điện thoại', 'Phone'), ...asReceived },
    {
      name: 'consent',
      type: 'checkbox',
      label: l('Đồng ý xử lý dữ liệu cá nhân', 'Consent to processing'),
      required: true,
      ...asReceived,
    },
    { name: 'publishAnswer', type: 'checkbox', label: l('Đồng ý công khai hỏi đáp', 'Agrees to publication'), ...asReceived },
    { name: 'showName', type: 'checkbox', label: l('Đồng ý hiện tên khi công khai', 'Agrees to show name'), ...asReceived },
    {
      name: 'consentText',
      type: 'textarea',
      label: l('Nội dung đồng ý đã hiển thị', 'Consent text shown'),
      access: { create: never, update: never },
      admin: { readOnly: true, condition: (data) => Boolean(data?.consentText) },
    },
    {
      name: 'anonymisedAt',
      type: 'date',
      label: l('Đã ẩn danh lúc', 'Anonymised at'),
      index: true,
      access: { create: never, update: never },
      admin: {
        readOnly: true,
        date: dayTime,
        condition: (data) => Boolean(data?.anonymisedAt),
        description: l(
          'Họ tên, thư điện tử và số điện thoại đã được xóa (hết thời hạn lưu trữ hoặc theo yêu cầu).',
          'Name, e-mail and phone removed.',
        ),
      },
    },
    {
      name: 'consentVersion',
      type: 'text',
      label: l('Phiên bản nội dung đồng ý', 'Consent version'),
      access: { create: never, update: never },
      admin: { readOnly: true, condition: (data) => Boolean(data?.consentVersion) },
    },
  ],
}
