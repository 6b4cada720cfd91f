import fs from 'node:fs/promises'
import path from 'node:path'
import express, { type Request, type RequestHandler, type Response } from 'express'
import { rateLimit } from 'express-rate-limit'
import { escapeHtml } from '@gd/shared/text'
import { SITE_DIST } from '../utilities/paths'

/**
 * What the public form endpoints have in common (the feedback form and the comment form on drafts): content
 * negotiation, what to type back into a form, the body parsers' failures in Vietnamese, built pages from disk.
 */
export const wantsJson = (req: Request): boolean => req.is('application/json') === 'application/json'

/** What the citizen typed, as strings, to fill the form again. */
export function typedValues(body: unknown): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {}
  if (!body || typeof body !== 'object') return values
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (typeof value === 'string') values[key] = value.slice(0, 10_000)
    else if (typeof value === 'boolean') values[key] = value
  }
  return values
}

/** The body parsers' own failures, answered in Vietnamese with the right 4xx (never a 500). */
export const BODY_ERRORS: Record<string, [number, string]> = {
  'entity.too.large': [413, 'Nội dung gửi lên quá lớn. Vui lòng rút gọn ý kiến (tối đa khoảng 5.000 ký tự).'],
  'parameters.too.many': [413, 'Biểu mẫu có quá nhiều trường.'],
  'entity.parse.failed': [400, 'Dữ liệu gửi lên không đúng định dạng.'],
  'encoding.unsupported': [415, 'Bảng mã của dữ liệu gửi lên không được hỗ trợ.'],
  'charset.unsupported': [415, 'Bảng mã của dữ liệu gửi lên không được hỗ trợ.'],
  'request.aborted': [400, 'Yêu cầu bị ngắt giữa chừng.'],
}

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
export function replaceRegion(html: string, markers: readonly [string, string], region: string): string | null {
  const start = html.indexOf(markers[0])
  const end = html.indexOf(markers[1])
  if (start < 0 || end < start) return null
  return html.slice(0, start) + markers[0] + region + markers[1] + html.slice(end + markers[1].length)
}

export const ONLY_FORM_OR_JSON = 'Chỉ nhận biểu mẫu hoặc JSON.'

/**
 * A public form's per-IP limits, per minute and per day. Over a limit, `refuse` answers 429 with the limit's
 * Vietnamese message the way the form answers any error (the page with the message, or JSON); if even that fails,
 * a bare 429. The counters live in this process (the express side, which alone serves these routes).
 */
export function perIpLimits(
  limits: { perMinute: number; perDay: number },
  messages: { minute: string; day: string },
  refuse: (req: Request, res: Response, message: string) => Promise<unknown>,
): RequestHandler[] {
  const limiter = (windowMs: number, limit: number, message: string) =>
    rateLimit({
      windowMs,
      limit,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (req, res) => void refuse(req, res, message).catch(() => res.status(429).end()),
    })
  return [limiter(60_000, limits.perMinute, messages.minute), limiter(24 * 60 * 60_000, limits.perDay, messages.day)]
}

/**
 * The body of a public form endpoint: the no-JS form (urlencoded) or JSON, each size-limited, and — unless the route
 * must answer something else first (e.g. 404 for an unknown draft) — 415 in Vietnamese for any other content type.
 */
export function formBody(limitBytes: number, parameterLimit: number, options: { rejectOther?: boolean } = {}): RequestHandler[] {
  const parsers: RequestHandler[] = [
    express.urlencoded({ extended: false, limit: limitBytes, parameterLimit }),
    express.json({ limit: limitBytes, strict: true }),
  ]
  if (options.rejectOther === false) return parsers
  return [
    ...parsers,
    (req, res, next) => {
      if (req.is('application/x-www-form-urlencoded') || wantsJson(req)) return next()
      res.status(415).json({ ok: false, errors: { _form: ONLY_FORM_OR_JSON } })
    },
  ]
}
