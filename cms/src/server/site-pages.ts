import fs from 'node:fs/promises'
import path from 'node:path'
import { escapeHtml } from '@gd/shared/text'
import { SITE_DIST } from '../utilities/paths'

/**
 * Pages of the built static site that the server fills in per request (the feedback form with errors,
 * the confirmation with its reference code). The site marks the places with HTML comments.
 */
export const FORM_MARKERS = ['<!--FEEDBACK-FORM-->', '<!--/FEEDBACK-FORM-->'] as const
export const CODE_MARKER = '<!--MA-THAM-CHIEU-->'

async function readBuilt(relative: string): Promise<string | null> {
  try {
    return await fs.readFile(path.join(SITE_DIST, relative), 'utf8')
  } catch {
    return null
  }
}

/** A bare page for when the site has not been built yet, so the form still works. */
function fallbackPage(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body><main id="noi-dung">${body}</main></body></html>`
}

export async function feedbackFormPage(formHtml: string, hasErrors: boolean): Promise<string> {
  const built = await readBuilt('gop-y/index.html')
  const region = `${FORM_MARKERS[0]}${formHtml}${FORM_MARKERS[1]}`
  const start = built?.indexOf(FORM_MARKERS[0]) ?? -1
  const end = built?.indexOf(FORM_MARKERS[1]) ?? -1
  let html =
    built && start >= 0 && end > start
      ? built.slice(0, start) + region + built.slice(end + FORM_MARKERS[1].length)
      : fallbackPage('Gửi ý kiến', `<h1>Gửi ý kiến</h1>${region}`)
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
