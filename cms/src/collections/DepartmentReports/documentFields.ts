import type { Field } from 'payload'
import { l } from '../../utilities/label'

/**
 * Who the report goes to (plan 92/KH-PGDĐT, IV: "về Sở GD&ĐT (qua Văn phòng)"), the default of "Kính gửi".
 */
export const DEFAULT_RECIPIENT = 'Sở Giáo dục và Đào tạo (qua Văn phòng Sở)'
/** "Nơi nhận" by default: "Như trên" (the addressee above) and the archive (the plan's own list ends "Lưu: VT, THTD."). */
export const DEFAULT_DISTRIBUTION = 'Như trên;\nLãnh đạo Phòng;\nLưu: VT, THTD.'
export const DEFAULT_SIGNER_AUTHORITY = 'KT. TRƯỞNG PHÒNG'
export const DEFAULT_SIGNER_TITLE = 'PHÓ TRƯỞNG PHÒNG'

/**
 * The parts of the printed report that Nghị định 30/2020/NĐ-CP (Phụ lục I) asks of an administrative document and the
 * editor fills in: số, ký hiệu; địa danh and date; Kính gửi; Nơi nhận; the signer's authority, title and name.
 * The issuing body and its parent body come from the site settings.
 */
export const documentHeadFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'number',
        type: 'text',
        label: l('Số, ký hiệu', 'Number'),
        maxLength: 100,
        admin: {
          placeholder: '15/BC-PGDĐT',
          description: l('Để trống: bản in để chỗ trống “…/BC-…” cho văn thư ghi số.', 'Blank leaves a space.'),
        },
      },
      { name: 'place', type: 'text', label: l('Địa danh', 'Place'), maxLength: 100, admin: { placeholder: 'Kim Thành' } },
      {
        name: 'date',
        type: 'date',
        label: l('Ngày ban hành', 'Date'),
        admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
      },
    ],
  },
  {
    name: 'recipient',
    type: 'text',
    label: l('Kính gửi', 'To'),
    maxLength: 300,
    defaultValue: DEFAULT_RECIPIENT,
    admin: { description: l('Cơ quan nhận báo cáo, in dưới tên báo cáo.', 'The addressee.') },
  },
]

/** After the body: Nơi nhận (bottom left) and the signature block (bottom right). */
export const documentFootFields = (): Field[] => [
  {
    name: 'distribution',
    type: 'textarea',
    label: l('Nơi nhận', 'Distribution'),
    maxLength: 1000,
    defaultValue: DEFAULT_DISTRIBUTION,
    admin: {
      rows: 4,
      description: l('Mỗi nơi nhận một dòng (bản in tự thêm dấu gạch đầu dòng), dòng cuối là “Lưu: VT, …”.', 'One per line.'),
    },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'signerAuthority',
        type: 'text',
        label: l('Thẩm quyền ký', 'Signing authority'),
        maxLength: 100,
        defaultValue: DEFAULT_SIGNER_AUTHORITY,
        admin: { description: l('Để trống khi Trưởng phòng ký; “KT. TRƯỞNG PHÒNG” khi cấp phó ký thay.', 'Blank when the head signs.') },
      },
      {
        name: 'signerTitle',
        type: 'text',
        label: l('Chức vụ người ký', 'Signer title'),
        maxLength: 100,
        defaultValue: DEFAULT_SIGNER_TITLE,
      },
      { name: 'signerName', type: 'text', label: l('Họ và tên người ký', 'Signer name'), maxLength: 100 },
    ],
  },
]
