/**
 * The status lookup (/tra-cuu/): a citizen gives the reference code and a second factor (the e-mail given with the
 * feedback, or the last 4 digits of the phone). The form is rendered into the static page at build time and again
 * by the CMS server with the errors or the result. Works without JavaScript.
 */
import { formatDateTime } from './dates.ts'
import { renderErrorSummary } from './error-summary.ts'
import { LOOKUP_POST_PATH } from './public-routes.ts'
import { normalizeReferenceCode } from './reference-code.ts'
import { escapeHtml } from './text.ts'
import { cleanText, hasForbiddenChars } from './clean-text.ts'
import { FEEDBACK_STATUSES, labelOf } from './vocab.ts'

export const LOOKUP_FIELDS = { code: 'ma', factor: 'xacminh' } as const

/** The one answer for a wrong code and a wrong second factor alike. */
export const LOOKUP_NOT_FOUND =
  'Không tìm thấy ý kiến khớp với mã tham chiếu và thông tin xác minh đã nhập. Vui lòng kiểm tra lại mã và thư điện tử (hoặc 4 số cuối của số điện thoại).'

export type LookupErrors = Partial<Record<'ma' | 'xacminh' | '_form', string>>

export type LookupInput = { code: string; factor: string }

/** Validates the two fields; the factor is the e-mail (lowercased) or exactly 4 digits. */
export function parseLookup(body: unknown): { ok: true; data: LookupInput } | { ok: false; errors: LookupErrors } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, errors: { _form: 'Dữ liệu gửi lên không hợp lệ.' } }
  const raw = body as Record<string, unknown>
  const errors: LookupErrors = {}
  const rawCode = raw[LOOKUP_FIELDS.code]
  const rawFactor = raw[LOOKUP_FIELDS.factor]
  const code = normalizeReferenceCode(rawCode)
  if (typeof rawCode !== 'string' || rawCode.trim() === '') errors.ma = 'Vui lòng nhập mã tham chiếu.'
  else if (rawCode.length > 40 || !code) errors.ma = 'Mã tham chiếu không đúng dạng, ví dụ: GY-2026-7K3QX.'
  const factor = normalizeFactor(rawFactor)
  if (typeof rawFactor !== 'string' || rawFactor.trim() === '')
    errors.xacminh = 'Vui lòng nhập thư điện tử hoặc 4 số cuối của số điện thoại.'
  else if (!factor) errors.xacminh = 'Nhập thư điện tử đã dùng khi gửi ý kiến, hoặc đúng 4 số cuối của số điện thoại.'
  if (Object.keys(errors).length > 0 || !code || !factor) return { ok: false, errors }
  return { ok: true, data: { code, factor } }
}

/** "Ten@Example.com " → "ten@example.com"; " 5 678" → "5678"; anything else → null. */
export function normalizeFactor(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 254 || hasForbiddenChars(input)) return null
  const s = cleanText(input)
  if (s.includes('@')) return /^[^\s@]+@[^\s@]+$/.test(s) ? s.toLowerCase() : null
  const digits = s.replace(/[\s.-]/g, '')
  return /^\d{4}$/.test(digits) ? digits : null
}

/** The factors a stored item accepts: its e-mail and the last 4 digits of its phone (when given). */
export function acceptedFactors(item: { email?: string | null; phone?: string | null }): string[] {
  const out: string[] = []
  if (item.email) out.push(item.email.trim().toLowerCase())
  const digits = (item.phone ?? '').replace(/\D/g, '')
  if (digits.length >= 4) out.push(digits.slice(-4))
  return out
}

export interface LookupResult {
  code: string
  status: string
  statusLabel: string
  receivedAt: string
  history: { status: string; label: string; at: string }[]
  answer?: string
  answeredAt?: string
}

function field(name: 'ma' | 'xacminh', label: string, hintText: string, value: string, error: string | undefined, extra: string): string {
  const id = `f-${name}`
  const described = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    `<div class="field${error ? ' field--error' : ''}"><label class="label" for="${id}">${escapeHtml(label)}</label>` +
    `<p class="hint" id="${id}-hint">${escapeHtml(hintText)}</p>` +
    (error ? `<p class="field-error" id="${id}-error"><span class="visually-hidden">Lỗi:</span> ${escapeHtml(error)}</p>` : '') +
    `<input class="input" type="text" id="${id}" name="${name}" value="${escapeHtml(value)}" aria-describedby="${described}"${error ? ' aria-invalid="true"' : ''}${extra}></div>`
  )
}

/** Field order on the page, which is also the order of the error summary. */
const LOOKUP_FIELD_ORDER = [LOOKUP_FIELDS.code, LOOKUP_FIELDS.factor] as const

/** The lookup form, with an error summary when there are errors. The factor is never typed back. */
export function renderLookupForm(opts: { code?: string; errors?: LookupErrors } = {}): string {
  const errors = opts.errors ?? {}
  return (
    renderErrorSummary(errors, LOOKUP_FIELD_ORDER) +
    `<form method="post" action="${LOOKUP_POST_PATH}" novalidate>` +
    field(
      'ma',
      'Mã tham chiếu',
      'Mã bạn nhận được khi gửi ý kiến, ví dụ: GY-2026-7K3QX.',
      opts.code ?? '',
      errors.ma,
      ' maxlength="40" autocomplete="off" spellcheck="false" autocapitalize="characters"',
    ) +
    field(
      'xacminh',
      'Thư điện tử hoặc 4 số cuối điện thoại',
      'Thư điện tử, hoặc 4 số cuối của số điện thoại, bạn đã ghi khi gửi ý kiến.',
      '',
      errors.xacminh,
      ' maxlength="254" autocomplete="off" spellcheck="false"',
    ) +
    '<button class="button" type="submit">Tra cứu</button></form>'
  )
}

/** The result: current status, the dated history and, once answered, the answer. Nothing about the citizen. */
export function renderLookupResult(r: LookupResult): string {
  const history = r.history
    .map((h) => `<li><time datetime="${escapeHtml(h.at)}">${escapeHtml(formatDateTime(h.at))}</time>: ${escapeHtml(h.label)}</li>`)
    .join('')
  const answer = r.answer
    ? `<h3>Nội dung trả lời</h3>${r.answeredAt ? `<p>Trả lời ngày ${escapeHtml(formatDateTime(r.answeredAt))}</p>` : ''}<div class="lookup-answer">${escapeHtml(
        r.answer,
      )
        .split(/\r?\n/)
        .map((p) => (p.trim() ? `<p>${p}</p>` : ''))
        .join('')}</div>`
    : ''
  return (
    '<section class="lookup-result" aria-labelledby="lookup-result-title">' +
    `<h2 id="lookup-result-title">Kết quả tra cứu: <span class="reference-code">${escapeHtml(r.code)}</span></h2>` +
    `<p class="lookup-result__status">Trạng thái hiện tại: <strong>${escapeHtml(r.statusLabel)}</strong></p>` +
    `<h3>Quá trình xử lý</h3><ol class="lookup-history">${history}</ol>` +
    answer +
    '</section>'
  )
}

export const statusLabel = (status: string) => labelOf(FEEDBACK_STATUSES, status) || status
