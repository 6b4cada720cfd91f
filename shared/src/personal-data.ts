/**
 * Personal data of citizens who sent feedback: the consent they give (its text and version: site settings, these
 * defaults until the administrator sets them), who a request to export or erase is about (an e-mail or a phone
 * number), phone numbers compared in one spelling, and what an anonymised item keeps.
 *
 * The law: Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 (Quốc hội thông qua ngày 26/6/2025, hiệu lực từ 01/01/2026).
 */
import { z } from 'zod'

/** The law the consent and the privacy notice cite. */
export const PERSONAL_DATA_LAW = 'Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 của Quốc hội'

/** The consent text every public form shows until the site settings hold another. */
export const DEFAULT_CONSENT_TEXT =
  'Tôi đồng ý để cơ quan tiếp nhận xử lý dữ liệu cá nhân của tôi (họ và tên, thư điện tử, số điện thoại) chỉ nhằm ' +
  `tiếp nhận, xử lý và trả lời ý kiến này, theo ${PERSONAL_DATA_LAW}. Dữ liệu không được công khai và không được ` +
  'chuyển cho bên thứ ba khi chưa có sự đồng ý của tôi; tôi có thể rút lại sự đồng ý, yêu cầu xem, sửa hoặc xóa dữ liệu.'

/** Its version, stored with each submission (a submission keeps the version its sender agreed to). */
export const DEFAULT_CONSENT_VERSION = '2026-01-luat-91-2025'

export interface Consent {
  text: string
  version: string
}

/** The consent in force: the site settings' text and version when both are set, the defaults otherwise. */
export function consentFrom(settings: { consentText?: string | null; consentVersion?: string | null } | null | undefined): Consent {
  const text = settings?.consentText?.trim()
  const version = settings?.consentVersion?.trim()
  return text && version ? { text, version } : { text: DEFAULT_CONSENT_TEXT, version: DEFAULT_CONSENT_VERSION }
}

/** What replaces the name of an anonymised item (e-mail and phone become empty). */
export const ANONYMISED_NAME = 'Đã ẩn danh'

/** Statuses after which an item is finished and its personal data may be anonymised once the retention has passed. */
export const RETENTION_STATUSES = ['da-dong', 'khong-xu-ly', 'chuyen-co-quan-tham-quyen'] as const

/** The default retention in months (0 = keep for ever). */
export const DEFAULT_RETENTION_MONTHS = 24

/**
 * A Vietnamese phone number in one spelling: spaces, dots, dashes and brackets dropped, "+84"/"84" written as "0".
 * "+84 912.345.678", "0912 345 678" and "84912345678" all become "0912345678". Not a phone number → null.
 */
export function normalisePhone(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 40) return null
  let s = input.trim().replace(/[\s.\-()]/g, '')
  if (s.startsWith('+84')) s = `0${s.slice(3)}`
  else if (s.startsWith('0084')) s = `0${s.slice(4)}`
  else if (/^84\d{9,10}$/.test(s)) s = `0${s.slice(2)}`
  return /^0\d{8,10}$/.test(s) ? s : null
}

export const normaliseEmail = (input: string) => input.trim().toLowerCase()

export type PersonKey = { email: string; phone?: undefined } | { phone: string; email?: undefined }

const personShape = z.object({
  email: z.string().max(254, 'Thư điện tử quá dài.').optional(),
  phone: z.string().max(40, 'Số điện thoại quá dài.').optional(),
  reason: z.string().optional(),
})

export type PersonRequestErrors = Partial<Record<'email' | 'phone' | 'reason' | '_form', string>>

/**
 * Whom an export or an erasure is about: exactly one of an e-mail or a phone number; an erasure also needs a reason
 * (3–500 characters). Vietnamese messages for every mistake.
 */
export function parsePersonRequest(
  body: unknown,
  opts: { needReason?: boolean } = {},
): { ok: true; person: PersonKey; reason: string } | { ok: false; errors: PersonRequestErrors } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, errors: { _form: 'Dữ liệu gửi lên không hợp lệ.' } }
  const parsed = personShape.safeParse(body)
  if (!parsed.success) {
    const errors: PersonRequestErrors = {}
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '_form') as keyof PersonRequestErrors
      errors[key] ??= issue.code === 'invalid_type' ? 'Giá trị không hợp lệ.' : issue.message
    }
    return { ok: false, errors }
  }
  const email = parsed.data.email?.trim() ?? ''
  const phone = parsed.data.phone?.trim() ?? ''
  const reason = parsed.data.reason?.trim() ?? ''
  const errors: PersonRequestErrors = {}
  let person: PersonKey | null = null
  if (!email && !phone) errors._form = 'Vui lòng nhập thư điện tử hoặc số điện thoại của người cần tra dữ liệu.'
  else if (email && phone) errors._form = 'Chỉ nhập một trong hai: thư điện tử hoặc số điện thoại.'
  else if (email) {
    if (z.email().safeParse(email).success) person = { email: normaliseEmail(email) }
    else errors.email = 'Thư điện tử không đúng dạng, ví dụ: ten@example.com.'
  } else {
    const p = normalisePhone(phone)
    if (p) person = { phone: p }
    else errors.phone = 'Số điện thoại không đúng dạng, ví dụ: 0912 345 678 hoặc +84 912 345 678.'
  }
  if (opts.needReason) {
    if (reason.length < 3) errors.reason = 'Vui lòng ghi lý do xóa dữ liệu (ví dụ: theo yêu cầu của người dân, ngày …).'
    else if (reason.length > 500) errors.reason = 'Lý do quá dài (tối đa 500 ký tự).'
  }
  if (Object.keys(errors).length > 0 || !person) return { ok: false, errors }
  return { ok: true, person, reason }
}

/** Whether a stored item belongs to the person (e-mail without case; phone in any spelling). */
export function matchesPerson(item: { email?: string | null; phone?: string | null }, person: PersonKey): boolean {
  if (person.email !== undefined) return typeof item.email === 'string' && normaliseEmail(item.email) === person.email
  return normalisePhone(item.phone ?? '') === person.phone
}

/** The date before which a finished item's last status change makes it due for anonymisation. */
export function retentionCutoff(now: Date, months: number): Date {
  const d = new Date(now.getTime())
  d.setUTCMonth(d.getUTCMonth() - months)
  return d
}
