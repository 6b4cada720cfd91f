/**
 * The citizen feedback schema: one definition, used by the site's form (labels, limits, re-rendering)
 * and by the CMS endpoint (validation). Every message is Vietnamese.
 */
import { z } from 'zod'
import { FEEDBACK_KINDS, SENDER_GROUPS, valuesOf } from './vocab.ts'
import { cleanText, forbiddenCharsMessage, hasForbiddenChars } from './clean-text.ts'

export const FEEDBACK_LIMITS = {
  subject: { min: 5, max: 200 },
  message: { min: 20, max: 5000 },
  name: { min: 2, max: 100 },
  email: { max: 254 },
} as const

/** The field a bot fills and a person never sees. */
export const HONEYPOT_FIELD = 'website'

export const FEEDBACK_LABELS = {
  kind: 'Loại ý kiến',
  theme: 'Lĩnh vực (chủ đề)',
  school: 'Trường học liên quan',
  subject: 'Tiêu đề',
  message: 'Nội dung',
  name: 'Họ và tên',
  senderGroup: 'Bạn là',
  email: 'Thư điện tử',
  phone: 'Số điện thoại',
  consent: 'Đồng ý xử lý dữ liệu cá nhân',
  publishAnswer: 'Đồng ý công khai câu hỏi và trả lời',
  showName: 'Đồng ý hiện tên khi công khai',
} as const

export type FeedbackField = keyof typeof FEEDBACK_LABELS

/** Text a citizen would never need to write and a script-injection attempt always does: an HTML tag. */
const HTML_TAG = /<\s*\/?\s*[a-z!?][^>]*>?/i

function text(label: string, min: number, max: number) {
  return z
    .string({
      error: (iss) =>
        iss.input === undefined || iss.input === null ? `Vui lòng nhập ${label.toLowerCase()}.` : `${label} phải là văn bản.`,
    })
    .refine((s) => !hasForbiddenChars(s), forbiddenCharsMessage(label))
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(1, `Vui lòng nhập ${label.toLowerCase()}.`)
        .min(min, `${label} cần ít nhất ${min} ký tự.`)
        .max(max, `${label} không được dài quá ${max} ký tự.`)
        .refine((s) => !HTML_TAG.test(s), `${label} không được chứa thẻ HTML (ký tự “<…>”).`),
    )
}

/** An optional text field: '' (or only invisible characters) and missing both mean "not given". */
export function optionalText<T extends z.ZodType>(inner: T) {
  return z.preprocess((v) => (typeof v === 'string' && !hasForbiddenChars(v) && cleanText(v) === '' ? undefined : v), inner.optional())
}

/** Checkbox: the form sends "on" (or nothing), JSON sends a boolean. */
function checkbox(requiredMessage?: string) {
  const base = z.preprocess(
    (v) => (v === undefined || v === '' ? false : v === 'on' || v === 'true' || v === '1' ? true : v === 'false' || v === '0' ? false : v),
    z.boolean({ error: 'Giá trị không hợp lệ.' }),
  )
  return requiredMessage ? base.refine((v) => v === true, requiredMessage) : base
}

const PHONE = /^(?:\+?84|0)(?:3|5|7|8|9|2\d)\d{7,8}$/

export const feedbackSchema = z
  .strictObject(
    {
      kind: z.enum(valuesOf(FEEDBACK_KINDS), { error: 'Vui lòng chọn loại ý kiến.' }),
      // a theme in use, by its slug: themes are content, so the server checks the slug against the stored themes
      theme: optionalText(z.string({ error: 'Lĩnh vực không hợp lệ.' }).regex(/^[a-z0-9-]{1,120}$/, 'Lĩnh vực không hợp lệ.')),
      school: optionalText(z.string({ error: 'Trường học không hợp lệ.' }).regex(/^[A-Za-z0-9-]{1,64}$/, 'Trường học không hợp lệ.')),
      subject: text(FEEDBACK_LABELS.subject, FEEDBACK_LIMITS.subject.min, FEEDBACK_LIMITS.subject.max),
      message: text(FEEDBACK_LABELS.message, FEEDBACK_LIMITS.message.min, FEEDBACK_LIMITS.message.max),
      name: text(FEEDBACK_LABELS.name, FEEDBACK_LIMITS.name.min, FEEDBACK_LIMITS.name.max),
      senderGroup: optionalText(z.enum(valuesOf(SENDER_GROUPS), { error: 'Vui lòng chọn một trong các nhóm người gửi đã cho.' })),
      email: optionalText(
        z
          .string({ error: 'Thư điện tử phải là văn bản.' })
          .trim()
          .max(FEEDBACK_LIMITS.email.max, 'Thư điện tử quá dài.')
          .pipe(z.email({ error: 'Thư điện tử không đúng định dạng, ví dụ: ten@example.com.' }))
          .transform((s) => s.toLowerCase()),
      ),
      phone: optionalText(
        z
          .string({ error: 'Số điện thoại phải là văn bản.' })
          .transform((s) => s.replace(/[\s.()-]/g, ''))
          .pipe(z.string().regex(PHONE, 'Số điện thoại không đúng, ví dụ: 0912 345 678.')),
      ),
      consent: checkbox('Vui lòng đồng ý để cơ quan xử lý dữ liệu cá nhân cho việc tiếp nhận và trả lời ý kiến.'),
      publishAnswer: checkbox().optional(),
      showName: checkbox().optional(),
      [HONEYPOT_FIELD]: z.string().max(0, 'Không gửi được ý kiến.').optional(),
    },
    { error: (iss) => (iss.code === 'unrecognized_keys' ? 'Biểu mẫu có trường không hợp lệ.' : 'Dữ liệu gửi lên không hợp lệ.') },
  )
  .superRefine((v, ctx) => {
    if (!v.email && !v.phone) {
      ctx.addIssue({
        code: 'custom',
        path: ['email'],
        message: 'Vui lòng nhập thư điện tử hoặc số điện thoại để nhận trả lời.',
      })
    }
  })

export type FeedbackInput = z.output<typeof feedbackSchema>

export type FieldErrors = Partial<Record<FeedbackField | '_form', string>>

export type FeedbackParseResult =
  { ok: true; data: Omit<FeedbackInput, typeof HONEYPOT_FIELD> } | { ok: false; errors: FieldErrors; honeypot: boolean }

/** Validates a submission. Errors come back one message per field (the first), keyed by field name. */
export function parseFeedback(input: unknown): FeedbackParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: { _form: 'Dữ liệu gửi lên không hợp lệ.' }, honeypot: false }
  }
  const honeypot =
    typeof (input as Record<string, unknown>)[HONEYPOT_FIELD] === 'string' && (input as Record<string, string>)[HONEYPOT_FIELD] !== ''
  const result = feedbackSchema.safeParse(input)
  if (result.success) {
    const { [HONEYPOT_FIELD]: _ignored, ...data } = result.data
    return { ok: true, data }
  }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const key = issue.path.length === 1 && issue.path[0] in FEEDBACK_LABELS ? (issue.path[0] as FeedbackField) : '_form'
    if (!errors[key]) errors[key] = issue.message
  }
  if (honeypot) return { ok: false, errors: { _form: 'Không gửi được ý kiến. Vui lòng thử lại.' }, honeypot }
  return { ok: false, errors, honeypot }
}
