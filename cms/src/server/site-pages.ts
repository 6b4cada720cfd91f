import fs from 'node:fs/promises'
import path from 'node:path'
import { REFERENCE_CODE_MARKER, type RegionMarkers, markedRegion } from '@gd/shared/public-routes'
import { escapeHtml } from '@gd/shared/text'
import { SITE_DIST } from '../utilities/paths'

/**
 * Pages of the built static site that the server fills in per request (a form with its errors, the lookup's result,
 * a confirmation with its reference code). The site marks the places with the HTML comments of
 * @gd/shared/public-routes; when the site is not built yet, a bare page still works.
 */

/** A page of the built static site, or null when the site has not been built (or has no such page). */
export async function readBuilt(relative: string): Promise<string | null> {
  try {
    return await fs.readFile(path.join(SITE_DIST, relative), 'utf8')
  } catch {
    return null
  }
}

/** A bare page for when the site has not been built yet, so a form still works. */
export function fallbackPage(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body><main id="noi-dung">${body}</main></body></html>`
}

/** The built page with the region between two markers replaced, or null when the page or its markers are missing. */
export function replaceRegion(html: string, markers: RegionMarkers, region: string): string | null {
  const start = html.indexOf(markers[0])
  const end = html.indexOf(markers[1])
  if (start < 0 || end < start) return null
  return html.slice(0, start) + markers[0] + region + markers[1] + html.slice(end + markers[1].length)
}

/** A built page with a region the server re-renders; the title and heading of the bare page stand in for it. */
export interface BuiltPage {
  file: string
  markers: RegionMarkers
  title: string
}

/** The page with its region replaced, its <title> prefixed (e.g. "Lỗi: "). */
export async function pageWithRegion(page: BuiltPage, region: string, titlePrefix = ''): Promise<string> {
  const built = await readBuilt(page.file)
  const html =
    (built && replaceRegion(built, page.markers, region)) ??
    fallbackPage(page.title, `<h1>${escapeHtml(page.title)}</h1>${markedRegion(page.markers, region)}`)
  return titlePrefix ? html.replace('<title>', `<title>${titlePrefix}`) : html
}

/** A confirmation page with the reference code in place of its marker(s); `fallback` titles the bare page. */
export async function pageWithCode(file: string, code: string, fallback: { title: string; heading: string }): Promise<string> {
  const built = await readBuilt(file)
  const safe = escapeHtml(code)
  if (!built || !built.includes(REFERENCE_CODE_MARKER)) {
    return fallbackPage(fallback.title, `<h1>${escapeHtml(fallback.heading)}</h1><p>Mã tham chiếu của bạn: <strong>${safe}</strong></p>`)
  }
  return built.split(REFERENCE_CODE_MARKER).join(safe)
}

export async function notFoundPage(): Promise<string> {
  return (
    (await readBuilt('404.html')) ??
    fallbackPage('Không tìm thấy trang', '<h1>Không tìm thấy trang</h1><p><a href="/">Về trang chủ</a></p>')
  )
}
