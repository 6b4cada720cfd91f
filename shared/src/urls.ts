/** Public URLs of the site (Vietnamese slugs, always with a trailing slash): the site links with them, the CMS mails them. */
export const NEWS_BASE = '/tin-tuc/'
export const THEMES_BASE = '/chu-de/'
export const EXEMPLARS_BASE = '/nguoi-tot-viec-tot/'
export const SEARCH_URL = '/tim-kiem/'
/** The privacy notice (thông báo xử lý dữ liệu cá nhân), linked from every public form that takes personal data. */
export const PRIVACY_URL = '/chinh-sach-bao-ve-du-lieu-ca-nhan/'
/** The feedback form's page lives with the other public form routes. */
export { FEEDBACK_URL } from './public-routes.ts'

export const articleHref = (slug: string): string => `${NEWS_BASE}${encodeURIComponent(slug)}/`
export const themeHref = (slug: string): string => `${THEMES_BASE}${encodeURIComponent(slug)}/`
export const exemplarHref = (slug: string): string => `${EXEMPLARS_BASE}${encodeURIComponent(slug)}/`

/** A web address the site may link to: http or https, a host, no spaces (the CMS checks it on save, the site before linking). */
export const isWebAddress = (value: unknown): value is string =>
  typeof value === 'string' && /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i.test(value.trim())
export const WEB_ADDRESS_MESSAGE = 'Địa chỉ trang web phải bắt đầu bằng http:// hoặc https://, ví dụ: https://moet.gov.vn'
