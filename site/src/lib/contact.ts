/** The organisation (/gioi-thieu/) and contact (/lien-he/) pages' URLs, and phone links everywhere. */
export const ABOUT_URL = '/gioi-thieu/'
export const CONTACT_URL = '/lien-he/'

/** tel: link target from a written phone number. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`

/** One line of a contact-details list: a term and its value, shown as a link when it is a phone, e-mail or web address. */
export interface ContactRow {
  term: string
  value?: string | null
  kind?: 'text' | 'tel' | 'email' | 'url' | 'date'
  /** for kind 'text': a link target of the page's own (e.g. the commune's school list) */
  href?: string
}

/** The link a contact row's value points at, if any (only http(s) web addresses are linked). */
export function contactHref(row: ContactRow): string | undefined {
  if (!row.value) return undefined
  if (row.kind === 'tel') return telHref(row.value)
  if (row.kind === 'email') return `mailto:${row.value}`
  if (row.kind === 'url') return /^https?:\/\//i.test(row.value) ? row.value : undefined
  return row.href
}

/** A web address as people read it: without the scheme and the trailing slash. */
export const displayUrl = (url: string): string => url.replace(/^https?:\/\//i, '').replace(/\/$/, '')

/**
 * An e-mail address cut where a line may break: before its @ and before each dot ("a.b@c.vn" → a | .b | @c | .vn),
 * so a long address wraps at those points rather than letter by letter.
 */
export const emailParts = (email: string): string[] => email.split(/(?=[.@])/)
