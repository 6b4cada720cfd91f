import type { Field } from 'payload'
import { DEFAULT_CONSENT_TEXT, DEFAULT_CONSENT_VERSION, PERSONAL_DATA_LAW } from '@gd/shared/personal-data'
import { l } from '../../utilities/label'

/**
 * The consent every public form asks for and its version (stored with each submission, so an item keeps the text
 * its sender agreed to), and the privacy notice page's own text. Public: the site builds the forms from them.
 * Change the version whenever the text changes.
 */
export const privacyFields: Field[] = [
  {
    name: 'consentText',
    type: 'textarea',
    label: l('Nội dung đồng ý xử lý dữ liệu cá nhân (trên các biểu mẫu)', 'Consent text (public forms)'),
    defaultValue: DEFAULT_CONSENT_TEXT,
    maxLength: 2000,
    admin: {
      description: l(
        `Căn cứ ${PERSONAL_DATA_LAW}. Khi sửa nội dung, đổi cả phiên bản: ý kiến đã gửi giữ nguyên nội dung và phiên bản người gửi đã đồng ý.`,
        'Change the version with the text; earlier submissions keep theirs.',
      ),
    },
  },
  {
    name: 'consentVersion',
    type: 'text',
    label: l('Phiên bản nội dung đồng ý', 'Consent version'),
    defaultValue: DEFAULT_CONSENT_VERSION,
    maxLength: 60,
    validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
      typeof siblingData?.consentText === 'string' && siblingData.consentText.trim() && !(typeof value === 'string' && value.trim())
        ? 'Vui lòng ghi phiên bản của nội dung đồng ý.'
        : true,
  },
  {
    name: 'privacyNotice',
    type: 'textarea',
    label: l('Thông báo xử lý dữ liệu cá nhân: nội dung bổ sung', 'Privacy notice: additional text'),
    maxLength: 5000,
    admin: {
      description: l(
        'Hiện trên trang "Thông báo về xử lý dữ liệu cá nhân", sau các mục chung (mỗi đoạn cách nhau một dòng trống).',
        'Shown on the privacy notice page after the common sections.',
      ),
    },
  },
]
