/**
 * The citizen feedback form as an HTML string: rendered into the static page /gop-y/ at build time and re-rendered
 * by the CMS server (with the values typed and the errors found) when a submission is invalid. Works without
 * JavaScript; follows the GOV.UK error summary and error message patterns.
 */
import { renderErrorSummary } from './error-summary.ts'
import { FEEDBACK_LABELS, FEEDBACK_LIMITS, HONEYPOT_FIELD, type FeedbackField, type FieldErrors } from './feedback.ts'
import { FEEDBACK_POST_PATH } from './public-routes.ts'
import { escapeHtml } from './text.ts'
import { FEEDBACK_KINDS, SENDER_GROUPS } from './vocab.ts'
import { DEFAULT_CONSENT_TEXT, DEFAULT_CONSENT_VERSION } from './personal-data.ts'
import { PRIVACY_URL } from './urls.ts'

export interface FeedbackFormOptions {
  values?: Record<string, string | boolean>
  errors?: FieldErrors
  schools: { id: string | number; name: string }[]
  /** The themes in use, in the plans' order (the `themes` collection): the options of "Lĩnh vực". */
  themes: { slug: string; name: string }[]
  /** The consent text in force (site settings); the default when not given. */
  consentText?: string
}

/** Field order on the page, which is also the order of the error summary. */
export const FEEDBACK_FIELD_ORDER: readonly FeedbackField[] = [
  'kind',
  'theme',
  'school',
  'subject',
  'message',
  'name',
  'senderGroup',
  'email',
  'phone',
  'consent',
  'publishAnswer',
  'showName',
]

/** The default consent (./personal-data.ts); the one in force is the site settings' (consentFrom). */
export const CONSENT_TEXT = DEFAULT_CONSENT_TEXT
export const CONSENT_VERSION = DEFAULT_CONSENT_VERSION

/** The link to the privacy notice, under the consent of every form that takes personal data. */
export const privacyLink = (): string =>
  `<p class="hint"><a href="${PRIVACY_URL}">Thông báo về xử lý dữ liệu cá nhân</a>: mục đích, thời hạn lưu trữ và quyền của bạn.</p>`

const OPTIONAL = ' <span class="optional">(không bắt buộc)</span>'
const id = (field: string) => `f-${field}`

export type Ctx = Required<Pick<FeedbackFormOptions, 'values' | 'errors'>>

function str(ctx: Ctx, field: string): string {
  const v = ctx.values[field]
  return typeof v === 'string' ? v : ''
}

function checked(ctx: Ctx, field: string): boolean {
  const v = ctx.values[field]
  return v === true || v === 'on' || v === 'true' || v === '1'
}

/** The error paragraph, and the aria attributes that tie the control to its hint and error. */
export function errorParts(ctx: Ctx, field: FeedbackField, hintId?: string) {
  const message = ctx.errors[field]
  const describedBy = [hintId, message ? `${id(field)}-error` : undefined].filter(Boolean).join(' ')
  return {
    group: message ? ' field--error' : '',
    aria: `${describedBy ? ` aria-describedby="${describedBy}"` : ''}${message ? ' aria-invalid="true"' : ''}`,
    html: message
      ? `<p class="field-error" id="${id(field)}-error"><span class="visually-hidden">Lỗi:</span> ${escapeHtml(message)}</p>`
      : '',
  }
}

export function hint(field: string, text: string): string {
  return `<p class="hint" id="${id(field)}-hint">${escapeHtml(text)}</p>`
}

function kindField(ctx: Ctx): string {
  const err = errorParts(ctx, 'kind')
  const current = str(ctx, 'kind')
  const radios = FEEDBACK_KINDS.map((k, i) => {
    const rid = i === 0 ? id('kind') : `${id('kind')}-${i + 1}`
    return (
      `<div class="radios__item"><input class="radios__input" type="radio" id="${rid}" name="kind" value="${escapeHtml(k.value)}"` +
      `${current === k.value ? ' checked' : ''}>` +
      `<label class="radios__label" for="${rid}">${escapeHtml(k.label)}</label></div>`
    )
  }).join('')
  return (
    `<div class="field${err.group}"><fieldset class="fieldset"${err.aria}>` +
    `<legend class="label">${escapeHtml(FEEDBACK_LABELS.kind)}</legend>${err.html}` +
    `<div class="radios">${radios}</div></fieldset></div>`
  )
}

function selectField(
  ctx: Ctx,
  field: 'theme' | 'school' | 'senderGroup',
  empty: string,
  options: { value: string; label: string }[],
): string {
  const err = errorParts(ctx, field)
  const current = str(ctx, field)
  const opts = [{ value: '', label: empty }, ...options]
    .map((o) => `<option value="${escapeHtml(o.value)}"${o.value === current ? ' selected' : ''}>${escapeHtml(o.label)}</option>`)
    .join('')
  return (
    `<div class="field${err.group}"><label class="label" for="${id(field)}">${escapeHtml(FEEDBACK_LABELS[field])}${OPTIONAL}</label>` +
    `${err.html}<select class="select" id="${id(field)}" name="${field}"${err.aria}>${opts}</select></div>`
  )
}

interface InputSpec {
  type?: 'text' | 'email' | 'tel'
  maxlength?: number
  autocomplete?: string
  optional?: boolean
  hint?: string
  extra?: string
}

export function inputField(ctx: Ctx, field: 'subject' | 'name' | 'email' | 'phone', spec: InputSpec): string {
  const hintId = spec.hint ? `${id(field)}-hint` : undefined
  const err = errorParts(ctx, field, hintId)
  return (
    `<div class="field${err.group}"><label class="label" for="${id(field)}">${escapeHtml(FEEDBACK_LABELS[field])}${spec.optional ? OPTIONAL : ''}</label>` +
    (spec.hint ? hint(field, spec.hint) : '') +
    err.html +
    `<input class="input" type="${spec.type ?? 'text'}" id="${id(field)}" name="${field}" value="${escapeHtml(str(ctx, field))}"` +
    (spec.maxlength ? ` maxlength="${spec.maxlength}"` : '') +
    (spec.autocomplete ? ` autocomplete="${spec.autocomplete}"` : '') +
    (spec.extra ?? '') +
    `${err.aria}></div>`
  )
}

function messageField(ctx: Ctx): string {
  const { min, max } = FEEDBACK_LIMITS.message
  const hintId = `${id('message')}-hint`
  const err = errorParts(ctx, 'message', hintId)
  return (
    `<div class="field${err.group}"><label class="label" for="${id('message')}">${escapeHtml(FEEDBACK_LABELS.message)}</label>` +
    hint(
      'message',
      `Trình bày cụ thể sự việc, thời gian, địa điểm và đề xuất của bạn (từ ${min} đến ${max.toLocaleString('vi-VN')} ký tự).`,
    ) +
    err.html +
    // the newline after <textarea> is dropped by the HTML parser, so a message that starts with one keeps it
    `<textarea class="textarea" id="${id('message')}" name="message" rows="8" maxlength="${max}"${err.aria}>\n` +
    `${escapeHtml(str(ctx, 'message'))}</textarea></div>`
  )
}

export function checkboxField(ctx: Ctx, field: 'consent' | 'publishAnswer' | 'showName', hintText: string): string {
  const hintId = `${id(field)}-hint`
  const err = errorParts(ctx, field, hintId)
  return (
    `<div class="field${err.group}">${err.html}<div class="checkbox">` +
    `<input class="checkbox__input" type="checkbox" id="${id(field)}" name="${field}" value="on"${checked(ctx, field) ? ' checked' : ''}${err.aria}>` +
    `<label class="checkbox__label" for="${id(field)}">${escapeHtml(FEEDBACK_LABELS[field])}${field === 'consent' ? '' : OPTIONAL}</label>` +
    `${hint(field, hintText)}</div></div>`
  )
}

/**
 * The honeypot: off-screen, out of the tab order and hidden from assistive technology. It is never re-filled, so a
 * person whose browser filled it by mistake succeeds on the next try.
 */
export function honeypot(): string {
  return (
    `<div class="hp-field" aria-hidden="true"><label for="${id(HONEYPOT_FIELD)}">Không điền vào ô này</label>` +
    `<input type="text" id="${id(HONEYPOT_FIELD)}" name="${HONEYPOT_FIELD}" value="" tabindex="-1" autocomplete="off"></div>`
  )
}

export function renderFeedbackForm(opts: FeedbackFormOptions): string {
  const ctx: Ctx = { values: opts.values ?? {}, errors: opts.errors ?? {} }
  const { subject, name, email } = FEEDBACK_LIMITS
  return (
    renderErrorSummary(ctx.errors, FEEDBACK_FIELD_ORDER) +
    `<form method="post" action="${FEEDBACK_POST_PATH}" novalidate>` +
    kindField(ctx) +
    selectField(
      ctx,
      'theme',
      '— Chọn lĩnh vực —',
      opts.themes.map((t) => ({ value: t.slug, label: t.name })),
    ) +
    selectField(
      ctx,
      'school',
      '— Chọn trường học —',
      opts.schools.map((s) => ({ value: String(s.id), label: s.name })),
    ) +
    inputField(ctx, 'subject', { maxlength: subject.max, hint: `Từ ${subject.min} đến ${subject.max} ký tự.` }) +
    messageField(ctx) +
    '<fieldset class="fieldset" aria-describedby="f-contact-hint"><legend class="label label--section">Thông tin liên hệ</legend>' +
    '<p class="hint" id="f-contact-hint">Chỉ dùng để trả lời bạn; không được công khai. Cần thư điện tử hoặc số điện thoại (ít nhất một trong hai).</p>' +
    inputField(ctx, 'name', { maxlength: name.max, autocomplete: 'name' }) +
    selectField(
      ctx,
      'senderGroup',
      '— Chọn nhóm —',
      SENDER_GROUPS.map((g) => ({ value: g.value, label: g.label })),
    ) +
    inputField(ctx, 'email', { type: 'email', maxlength: email.max, autocomplete: 'email', optional: true, extra: ' spellcheck="false"' }) +
    inputField(ctx, 'phone', { type: 'tel', maxlength: 20, autocomplete: 'tel', optional: true, hint: 'Ví dụ: 0912 345 678.' }) +
    '</fieldset>' +
    checkboxField(ctx, 'consent', opts.consentText ?? CONSENT_TEXT) +
    privacyLink() +
    checkboxField(
      ctx,
      'publishAnswer',
      'Câu hỏi và câu trả lời có thể được đăng công khai trên trang; thông tin liên hệ của bạn không bao giờ được công khai.',
    ) +
    checkboxField(ctx, 'showName', 'Nếu không chọn, tên của bạn được ẩn khi câu hỏi được công khai.') +
    honeypot() +
    '<button class="button" type="submit">Gửi ý kiến</button>' +
    '</form>'
  )
}
