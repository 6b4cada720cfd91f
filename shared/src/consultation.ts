/**
 * Drafts open for comment (dự thảo lấy ý kiến): the phase a draft is in, and the comment schema and form.
 * A comment is a feedback item (kind "gop-y") linked to the draft, so it reuses the feedback rules: the same field
 * validators, honeypot, error shape and form controls, with fewer fields (the draft gives the subject).
 */
import { z } from 'zod'
import { FEEDBACK_LABELS, FEEDBACK_LIMITS, HONEYPOT_FIELD, feedbackSchema, optionalText } from './feedback.ts'
import { cleanText, forbiddenCharsMessage, hasForbiddenChars } from './clean-text.ts'
import { CONSENT_TEXT, checkboxField, honeypot, hint, inputField, privacyLink, type Ctx } from './feedback-form.ts'
import { renderErrorSummary } from './error-summary.ts'
import { commentPostPath } from './public-routes.ts'
import { escapeHtml } from './text.ts'

export type ConsultationPhase = 'sap-mo' | 'dang-mo' | 'da-dong'

export interface ConsultationDates {
  status?: string | null
  opensAt?: string | Date | null
  closesAt?: string | Date | null
}

const time = (v: string | Date | null | undefined) => (v ? new Date(v).getTime() : Number.NaN)

/** Open from opensAt (inclusive) to closesAt (exclusive), unless an editor ended it early. */
export function consultationPhase(c: ConsultationDates, now: Date = new Date()): ConsultationPhase {
  if (c.status === 'da-ket-thuc') return 'da-dong'
  const opens = time(c.opensAt)
  const closes = time(c.closesAt)
  if (Number.isNaN(opens) || Number.isNaN(closes)) return 'da-dong'
  if (now.getTime() < opens) return 'sap-mo'
  if (now.getTime() >= closes) return 'da-dong'
  return 'dang-mo'
}

export const COMMENT_LIMITS = { section: { max: 200 } } as const

export const COMMENT_LABELS = {
  section: 'Điều, khoản hoặc phần của dự thảo được góp ý',
  message: FEEDBACK_LABELS.message,
  name: FEEDBACK_LABELS.name,
  email: FEEDBACK_LABELS.email,
  phone: FEEDBACK_LABELS.phone,
  consent: FEEDBACK_LABELS.consent,
} as const

export type CommentField = keyof typeof COMMENT_LABELS
export type CommentErrors = Partial<Record<CommentField | '_form', string>>

/** Field order on the page, which is also the order of the error summary. */
export const COMMENT_FIELD_ORDER: readonly CommentField[] = ['section', 'message', 'name', 'email', 'phone', 'consent']

const HTML_TAG = /<\s*\/?\s*[a-z!?][^>]*>?/i
const f = feedbackSchema.shape

export const commentSchema = z
  .strictObject(
    {
      section: optionalText(
        z
          .string({ error: 'Điều, khoản góp ý phải là văn bản.' })
          .refine((s) => !hasForbiddenChars(s), forbiddenCharsMessage('Điều, khoản góp ý'))
          .transform(cleanText)
          .pipe(
            z
              .string()
              .max(COMMENT_LIMITS.section.max, `Điều, khoản góp ý không được dài quá ${COMMENT_LIMITS.section.max} ký tự.`)
              .refine((s) => !HTML_TAG.test(s), 'Điều, khoản góp ý không được chứa thẻ HTML (ký tự “<…>”).'),
          ),
      ),
      message: f.message,
      name: f.name,
      email: f.email,
      phone: f.phone,
      consent: f.consent,
      [HONEYPOT_FIELD]: z.string().max(0, 'Không gửi được góp ý.').optional(),
    },
    { error: (iss) => (iss.code === 'unrecognized_keys' ? 'Biểu mẫu có trường không hợp lệ.' : 'Dữ liệu gửi lên không hợp lệ.') },
  )
  .superRefine((v, ctx) => {
    if (!v.email && !v.phone) {
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'Vui lòng nhập thư điện tử hoặc số điện thoại để nhận trả lời.' })
    }
  })

export type CommentInput = Omit<z.output<typeof commentSchema>, typeof HONEYPOT_FIELD>

export type CommentParseResult = { ok: true; data: CommentInput } | { ok: false; errors: CommentErrors; honeypot: boolean }

/** Validates a comment on a draft. Errors come back one message per field (the first), keyed by field name. */
export function parseComment(input: unknown): CommentParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: { _form: 'Dữ liệu gửi lên không hợp lệ.' }, honeypot: false }
  }
  const trap = (input as Record<string, unknown>)[HONEYPOT_FIELD]
  const honeypotFilled = typeof trap === 'string' && trap !== ''
  const result = commentSchema.safeParse(input)
  if (result.success) {
    const { [HONEYPOT_FIELD]: _ignored, ...data } = result.data
    return { ok: true, data }
  }
  if (honeypotFilled) return { ok: false, errors: { _form: 'Không gửi được góp ý. Vui lòng thử lại.' }, honeypot: true }
  const errors: CommentErrors = {}
  for (const issue of result.error.issues) {
    const key = issue.path.length === 1 && issue.path[0] in COMMENT_LABELS ? (issue.path[0] as CommentField) : '_form'
    if (!errors[key]) errors[key] = issue.message
  }
  return { ok: false, errors, honeypot: false }
}

export interface CommentFormOptions {
  slug: string
  values?: Record<string, string | boolean>
  errors?: CommentErrors
  /** The consent text in force (site settings); the default when not given. */
  consentText?: string
}

function fieldError(errors: CommentErrors, field: CommentField, hintId: string) {
  const message = errors[field]
  return {
    group: message ? ' field--error' : '',
    aria: ` aria-describedby="${hintId}${message ? ` f-${field}-error` : ''}"${message ? ' aria-invalid="true"' : ''}`,
    html: message
      ? `<p class="field-error" id="f-${field}-error"><span class="visually-hidden">Lỗi:</span> ${escapeHtml(message)}</p>`
      : '',
  }
}

/** The comment form of one draft: works without JavaScript, GOV.UK error summary, keeps what was typed. */
export function renderCommentForm(opts: CommentFormOptions): string {
  const errors = opts.errors ?? {}
  const values = opts.values ?? {}
  const ctx = { values, errors } as Ctx
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : '')
  const section = fieldError(errors, 'section', 'f-section-hint')
  const message = fieldError(errors, 'message', 'f-message-hint')
  const { min, max } = FEEDBACK_LIMITS.message
  return (
    renderErrorSummary(errors, COMMENT_FIELD_ORDER) +
    `<form method="post" action="${escapeHtml(commentPostPath(opts.slug))}" novalidate>` +
    `<div class="field${section.group}"><label class="label" for="f-section">${escapeHtml(COMMENT_LABELS.section)} <span class="optional">(không bắt buộc)</span></label>` +
    hint('section', 'Ví dụ: Điều 5, khoản 2; hoặc Mục II.') +
    section.html +
    `<input class="input" type="text" id="f-section" name="section" value="${escapeHtml(str('section'))}" maxlength="${COMMENT_LIMITS.section.max}"${section.aria}></div>` +
    `<div class="field${message.group}"><label class="label" for="f-message">Nội dung góp ý</label>` +
    hint('message', `Nêu ý kiến của bạn và đề xuất sửa đổi (từ ${min} đến ${max.toLocaleString('vi-VN')} ký tự).`) +
    message.html +
    `<textarea class="textarea" id="f-message" name="message" rows="8" maxlength="${max}"${message.aria}>\n${escapeHtml(str('message'))}</textarea></div>` +
    '<fieldset class="fieldset" aria-describedby="f-contact-hint"><legend class="label label--section">Thông tin liên hệ</legend>' +
    '<p class="hint" id="f-contact-hint">Chỉ dùng để trao đổi về góp ý của bạn; không được công khai. Cần thư điện tử hoặc số điện thoại (ít nhất một trong hai).</p>' +
    inputField(ctx, 'name', { maxlength: 100, autocomplete: 'name' }) +
    inputField(ctx, 'email', { type: 'email', maxlength: 254, autocomplete: 'email', optional: true, extra: ' spellcheck="false"' }) +
    inputField(ctx, 'phone', { type: 'tel', maxlength: 20, autocomplete: 'tel', optional: true, hint: 'Ví dụ: 0912 345 678.' }) +
    '</fieldset>' +
    checkboxField(ctx, 'consent', opts.consentText ?? CONSENT_TEXT) +
    privacyLink() +
    honeypot() +
    '<button class="button" type="submit">Gửi góp ý</button>' +
    '</form>'
  )
}
