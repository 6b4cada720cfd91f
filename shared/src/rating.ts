import { renderErrorSummary } from './error-summary.ts'
import { LOOKUP_FIELDS } from './lookup.ts'
import { RATING_POST_PATH } from './public-routes.ts'
import { escapeHtml } from './text.ts'
import { cleanText, forbiddenCharsMessage, hasForbiddenChars } from './clean-text.ts'

/** The citizen's rating of an answer (once per item, 1–5 and an optional comment), from the lookup page. */
export const RATING_COMMENT_MAX = 1000
export const RATING_ALREADY = 'Ý kiến này đã được đánh giá. Mỗi ý kiến chỉ được đánh giá một lần.'
export const RATING_THANKS = 'Cảm ơn bạn đã đánh giá câu trả lời. Đánh giá được ghi nhận ẩn danh.'

export type RatingErrors = Partial<Record<'ma' | 'xacminh' | 'diem' | 'nhanxet' | '_form', string>>
export type RatingInput = { rating: number; comment: string | null }

/** The score (exactly 1–5) and the comment (plain text, at most 1000 characters, no HTML). */
export function parseRating(body: unknown): { ok: true; data: RatingInput } | { ok: false; errors: RatingErrors } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, errors: { _form: 'Dữ liệu gửi lên không hợp lệ.' } }
  const raw = body as Record<string, unknown>
  const errors: RatingErrors = {}
  const score = typeof raw.diem === 'number' ? String(raw.diem) : raw.diem
  const rating = typeof score === 'string' && /^[1-5]$/.test(score.trim()) ? Number(score.trim()) : null
  if (rating === null) errors.diem = 'Vui lòng chọn mức đánh giá từ 1 đến 5.'
  let comment: string | null = null
  if (raw.nhanxet !== undefined && raw.nhanxet !== null) {
    if (typeof raw.nhanxet !== 'string') errors.nhanxet = 'Nhận xét không hợp lệ.'
    else {
      const text = cleanText(raw.nhanxet.replace(/\r\n/g, '\n'))
      if (hasForbiddenChars(raw.nhanxet)) errors.nhanxet = forbiddenCharsMessage('Nhận xét')
      else if (text.length > RATING_COMMENT_MAX) errors.nhanxet = `Nhận xét tối đa ${RATING_COMMENT_MAX} ký tự.`
      else if (/<\s*[a-z!/?]/i.test(text)) errors.nhanxet = 'Nhận xét không được chứa mã HTML.'
      else comment = text || null
    }
  }
  if (rating === null || Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, data: { rating, comment } }
}

/** Field order on the form, which is also the order of the error summary (the code is a hidden field: not linked). */
const RATING_FIELD_ORDER = ['diem', 'nhanxet', LOOKUP_FIELDS.factor, LOOKUP_FIELDS.code] as const

const LABELS = ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng']

/**
 * The no-JS rating form under an answered lookup result. The second factor is asked again (it is never echoed
 * into the page); the code travels as a hidden field.
 */
export function renderRatingForm(code: string, errors: RatingErrors = {}): string {
  const err = (k: keyof RatingErrors) =>
    errors[k] ? `<p class="field-error" id="r-${k}-error"><span class="visually-hidden">Lỗi:</span> ${escapeHtml(errors[k])}</p>` : ''
  const group = (k: keyof RatingErrors) => (errors[k] ? ' field--error' : '')
  const invalid = (k: keyof RatingErrors) => (errors[k] ? ` aria-invalid="true" aria-describedby="r-${k}-error"` : '')
  const radios = LABELS.map((label, i) => {
    const rid = i === 0 ? 'r-diem' : `r-diem-${i + 1}`
    return (
      `<div class="radios__item"><input class="radios__input" type="radio" id="${rid}" name="diem" value="${i + 1}" required>` +
      `<label class="radios__label" for="${rid}">${i + 1} – ${label}</label></div>`
    )
  }).join('')
  return (
    '<section class="rating" aria-labelledby="rating-title">' +
    '<h2 id="rating-title">Đánh giá câu trả lời</h2>' +
    '<p>Bạn chỉ đánh giá được một lần. Đánh giá là ẩn danh: không hiển thị cùng tên hay thông tin liên hệ của bạn.</p>' +
    renderErrorSummary(errors, RATING_FIELD_ORDER, {
      fieldId: (field) => (field === LOOKUP_FIELDS.code ? null : `r-${field}`),
      headingLevel: 3,
    }) +
    `<form method="post" action="${RATING_POST_PATH}" novalidate>` +
    `<input type="hidden" name="${LOOKUP_FIELDS.code}" value="${escapeHtml(code)}">` +
    `<div class="field${group('diem')}"><fieldset class="fieldset"${errors.diem ? ' aria-describedby="r-diem-error"' : ''}>` +
    `<legend class="label">Mức độ hài lòng với câu trả lời</legend>${err('diem')}<div class="radios">${radios}</div></fieldset></div>` +
    `<div class="field${group('nhanxet')}"><label class="label" for="r-nhanxet">Nhận xét <span class="optional">(không bắt buộc)</span></label>` +
    `<p class="hint" id="r-nhanxet-hint">Tối đa ${RATING_COMMENT_MAX} ký tự.</p>${err('nhanxet')}` +
    `<textarea class="textarea" id="r-nhanxet" name="nhanxet" rows="4" maxlength="${RATING_COMMENT_MAX}"${invalid('nhanxet')}></textarea></div>` +
    `<div class="field${group('xacminh')}"><label class="label" for="r-xacminh">Thư điện tử hoặc 4 số cuối điện thoại</label>` +
    '<p class="hint">Nhập lại để xác minh bạn là người gửi ý kiến.</p>' +
    `${err('xacminh')}<input class="input" id="r-xacminh" name="xacminh" type="text" maxlength="254" autocomplete="off" spellcheck="false" required${invalid('xacminh')}></div>` +
    '<button class="button" type="submit">Gửi đánh giá</button></form></section>'
  )
}
