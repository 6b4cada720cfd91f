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
  const err = (k: keyof RatingErrors) => (errors[k] ? `<p class="field__error" id="r-${k}-error">${escapeHtml(errors[k])}</p>` : '')
  const radios = LABELS.map(
    (label, i) =>
      `<label class="rating__option"><input type="radio"${i === 0 ? ' id="r-diem"' : ''} name="diem" value="${i + 1}" required> ${i + 1} – ${label}</label>`,
  ).join(' ')
  return (
    '<section class="panel rating" aria-labelledby="rating-title">' +
    '<h2 class="panel__title" id="rating-title">Đánh giá câu trả lời</h2>' +
    '<p>Bạn chỉ đánh giá được một lần. Đánh giá là ẩn danh: không hiển thị cùng tên hay thông tin liên hệ của bạn.</p>' +
    renderErrorSummary(errors, RATING_FIELD_ORDER, {
      fieldId: (field) => (field === LOOKUP_FIELDS.code ? null : `r-${field}`),
      headingLevel: 3,
    }) +
    `<form method="post" action="${RATING_POST_PATH}" novalidate>` +
    `<input type="hidden" name="${LOOKUP_FIELDS.code}" value="${escapeHtml(code)}">` +
    `<fieldset class="field"><legend>Mức độ hài lòng (1 đến 5)</legend>${err('diem')}${radios}</fieldset>` +
    `<div class="field"><label for="r-nhanxet">Nhận xét (không bắt buộc, tối đa ${RATING_COMMENT_MAX} ký tự)</label>${err('nhanxet')}` +
    `<textarea id="r-nhanxet" name="nhanxet" rows="4" maxlength="${RATING_COMMENT_MAX}"></textarea></div>` +
    `<div class="field"><label for="r-xacminh">Thư điện tử hoặc 4 số cuối điện thoại (để xác minh lại)</label>${err('xacminh')}` +
    '<input id="r-xacminh" name="xacminh" type="text" maxlength="254" autocomplete="off" spellcheck="false" required></div>' +
    '<button class="button" type="submit">Gửi đánh giá</button></form></section>'
  )
}
