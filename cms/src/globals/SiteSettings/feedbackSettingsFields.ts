import type { Field } from 'payload'
import { config } from '@gd/shared/config'
import { DEADLINE_DAYS_RANGE } from '@gd/shared/feedback-deadlines'
import { holidaysForYears } from '@gd/shared/holidays'
import { DEFAULT_RETENTION_MONTHS } from '@gd/shared/personal-data'
import { DEFAULT_SENSITIVE_TOPICS } from '@gd/shared/sensitive-topics'
import { isStaffField } from '../../access/isStaff'
import { l } from '../../utilities/label'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * Site settings that feedback handling reads: the public holidays (the working-day clock of the deadlines), the
 * sensitive topics of the early warning and who is told at once. Empty lists fall back to the built-in defaults
 * (the Labour Code's holidays 2025–2027, the seed topics). The retention, the sensitive topics and the crisis
 * contacts are read by staff only (the public site builds from none of them; the server reads them itself).
 */
const staffOnly = { read: isStaffField }

const { min, max } = DEADLINE_DAYS_RANGE
const daysField = (
  name: 'feedbackAckDays' | 'feedbackAnswerDays',
  what: string,
  env: 'FEEDBACK_ACK_DAYS' | 'FEEDBACK_ANSWER_DAYS',
): Field => ({
  name,
  type: 'number',
  label: l(`Thời hạn ${what} ý kiến (ngày làm việc)`, `Working days to ${name === 'feedbackAckDays' ? 'acknowledge' : 'answer'}`),
  min,
  max,
  admin: {
    step: 1,
    width: '50%',
    description: l(
      `Để trống: dùng giá trị mặc định của máy chủ (${config()[env]}). Áp dụng cho ý kiến nhận sau khi lưu; trang công khai được cập nhật tự động.`,
      `Empty: the server default (${config()[env]}). Binds items received after saving.`,
    ),
  },
  validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
    if (value === null || value === undefined) return true
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
      return `Thời hạn ${what} phải là số nguyên từ ${min} đến ${max} ngày làm việc.`
    const ack = siblingData?.feedbackAckDays
    if (name === 'feedbackAnswerDays' && typeof ack === 'number' && value < ack)
      return 'Thời hạn trả lời không được ngắn hơn thời hạn tiếp nhận.'
    return true
  },
})

export const feedbackSettingsFields: Field[] = [
  {
    type: 'row',
    fields: [
      daysField('feedbackAckDays', 'tiếp nhận', 'FEEDBACK_ACK_DAYS'),
      daysField('feedbackAnswerDays', 'trả lời', 'FEEDBACK_ANSWER_DAYS'),
    ],
  },
  {
    name: 'retentionMonths',
    access: staffOnly,
    type: 'number',
    label: l('Thời hạn lưu dữ liệu cá nhân của ý kiến đã xử lý xong (tháng)', 'Personal data retention (months)'),
    defaultValue: DEFAULT_RETENTION_MONTHS,
    min: 0,
    max: 240,
    admin: {
      step: 1,
      description: l(
        'Ý kiến đã đóng, không xử lý hoặc đã chuyển cơ quan có thẩm quyền quá số tháng này (tính từ lần đổi trạng thái cuối) được ẩn danh tự động mỗi ngày: xóa họ tên, thư điện tử, số điện thoại; giữ số liệu thống kê. 0 = không bao giờ.',
        'Finished items are anonymised daily after this many months; 0 = never.',
      ),
    },
    validate: (value: unknown) =>
      value === null || value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 240)
        ? true
        : 'Thời hạn lưu trữ phải là số nguyên từ 0 đến 240 tháng.',
  },
  {
    name: 'holidays',
    type: 'array',
    label: l('Ngày nghỉ lễ, tết', 'Public holidays'),
    labels: { singular: l('Ngày nghỉ', 'Holiday'), plural: l('Ngày nghỉ', 'Holidays') },
    admin: {
      initCollapsed: true,
      description: l(
        'Không tính vào thời hạn xử lý ý kiến (ngày làm việc). Sửa theo thông báo nghỉ lễ hằng năm của Chính phủ.',
        'Not counted in feedback deadlines.',
      ),
    },
    defaultValue: () => holidaysForYears().map((h) => ({ date: h.date, name: h.name })),
    fields: [
      {
        name: 'date',
        type: 'text',
        label: l('Ngày (YYYY-MM-DD)', 'Date (YYYY-MM-DD)'),
        required: true,
        validate: (value: unknown) =>
          typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
            ? true
            : 'Ngày phải có dạng YYYY-MM-DD, ví dụ 2026-09-02.',
      },
      { name: 'name', type: 'text', label: l('Tên ngày nghỉ', 'Name'), required: true },
    ],
  },
  {
    name: 'sensitiveTopics',
    access: staffOnly,
    type: 'array',
    label: l('Chủ đề nhạy cảm (cảnh báo sớm)', 'Sensitive topics (early warning)'),
    labels: { singular: l('Chủ đề', 'Topic'), plural: l('Chủ đề', 'Topics') },
    admin: {
      description: l(
        'Ý kiến có tiêu đề hoặc nội dung chứa một chủ đề (không phân biệt dấu, hoa thường) được đánh dấu ưu tiên và báo ngay cho đầu mối xử lý khủng hoảng.',
        'Matched without tones or case.',
      ),
    },
    defaultValue: () => DEFAULT_SENSITIVE_TOPICS.map((topic) => ({ topic })),
    fields: [{ name: 'topic', type: 'text', label: l('Chủ đề', 'Topic'), required: true, maxLength: 100 }],
  },
  {
    name: 'crisisContacts',
    access: staffOnly,
    type: 'array',
    label: l('Đầu mối xử lý khủng hoảng truyền thông', 'Crisis contacts'),
    labels: { singular: l('Đầu mối', 'Contact'), plural: l('Đầu mối', 'Contacts') },
    admin: { description: l('Nhận thư cảnh báo ngay khi có ý kiến thuộc chủ đề nhạy cảm.', 'Mailed at once on a sensitive item.') },
    fields: [
      { name: 'email', type: 'email', label: l('Thư điện tử', 'E-mail'), required: true },
      { name: 'name', type: 'text', label: l('Họ tên, chức vụ', 'Name') },
    ],
  },
]
