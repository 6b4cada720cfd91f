import express, { type Request, type RequestHandler, type Response } from 'express'
import { rateLimit } from 'express-rate-limit'
import type { Payload } from 'payload'
import { DatabaseRateLimitStore } from '../coordination/rateLimitStore'

/**
 * What the public form endpoints have in common (./public-form.ts puts it together): content negotiation, what to
 * type back into a form, the body parsers' failures in Vietnamese, the per-IP limits, the body parsers.
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

export const ONLY_FORM_OR_JSON = 'Chỉ nhận biểu mẫu hoặc JSON.'

/**
 * A public form's per-IP limits, per minute and per day. Over a limit, `refuse` answers 429 with the limit's
 * Vietnamese message the way the form answers any error (the page with the message, or JSON); if even that fails,
 * a bare 429. The counts are in the database (../coordination/rateLimitStore.ts), shared by every CMS process.
 */
export function perIpLimits(
  payload: Payload,
  name: string,
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
      store: new DatabaseRateLimitStore(() => payload, `${name} ${windowMs}`),
      // the database's count is the one truth: a failing store refuses nothing but is logged
      passOnStoreError: true,
      handler: (req, res) => void refuse(req, res, message).catch(() => res.status(429).end()),
    })
  return [limiter(60_000, limits.perMinute, messages.minute), limiter(24 * 60 * 60_000, limits.perDay, messages.day)]
}

/** The body of a public form: the no-JS form (urlencoded) or JSON, each size-limited (other types are left unread). */
export function formBody(limitBytes: number, parameterLimit: number): RequestHandler[] {
  return [express.urlencoded({ extended: false, limit: limitBytes, parameterLimit }), express.json({ limit: limitBytes, strict: true })]
}

/** Whether the body is one a public form takes (the no-JS form or JSON); anything else gets 415 ONLY_FORM_OR_JSON. */
export const isFormOrJson = (req: Request): boolean => Boolean(req.is('application/x-www-form-urlencoded')) || wantsJson(req)
