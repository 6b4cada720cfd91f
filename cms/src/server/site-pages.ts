import { escapeHtml } from '@gd/shared/text'
import { fallbackPage, readBuilt, replaceRegion } from './form-helpers'

/**
 * Pages of the built static site that the server fills in per request (the feedback form with errors,
 * the confirmation with its reference code). The site marks the places with HTML comments.
 */
export const FORM_MARKERS = ['<!--FEEDBACK-FORM-->', '<!--/FEEDBACK-FORM-->'] as const
export const CODE_MARKER = '<!--MA-THAM-CHIEU-->'

export async function feedbackFormPage(formHtml: string, hasErrors: boolean): Promise<string> {
  const built = await readBuilt('gop-y/index.html')
  let html =
    (built && replaceRegion(built, FORM_MARKERS, formHtml)) ??
    fallbackPage('Gửi ý kiến', `<h1>Gửi ý kiến</h1>${FORM_MARKERS[0]}${formHtml}${FORM_MARKERS[1]}`)
  if (hasErrors) html = html.replace('<title>', '<title>Lỗi: ')
  return html
}

export async function confirmationPage(code: string): Promise<string> {
  const built = await readBuilt('gop-y/da-gui/index.html')
  const safe = escapeHtml(code)
  if (!built || !built.includes(CODE_MARKER)) {
    return fallbackPage('Đã gửi ý kiến', `<h1>Đã gửi ý kiến thành công</h1><p>Mã tham chiếu của bạn: <strong>${safe}</strong></p>`)
  }
  return built.split(CODE_MARKER).join(safe)
}

export async function notFoundPage(): Promise<string> {
  return (await readBuilt('404.html')) ?? fallbackPage('Không tìm thấy trang', '<h1>Không tìm thấy trang</h1><p><a href="/">Về trang chủ</a></p>')
}
