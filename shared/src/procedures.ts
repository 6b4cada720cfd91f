/**
 * Administrative procedures (thủ tục hành chính) citizens do with the department or its schools: where they live
 * on the public site, and the public-service portals a procedure's online link may point to.
 */
export const PROCEDURES_URL = '/thu-tuc-hanh-chinh/'
export const procedureHref = (slug: string): string => `${PROCEDURES_URL}${encodeURIComponent(slug)}/`

/** The national public-service portal (Cổng Dịch vụ công quốc gia). */
export const NATIONAL_PORTAL = 'https://dichvucong.gov.vn'

/** How a procedure's list is ordered: by the editors' order, then by name in Vietnamese. */
export function sortProcedures<T extends { order?: number | null; name: string }>(list: readonly T[]): T[] {
  const collator = new Intl.Collator('vi')
  return [...list].sort((a, b) => (a.order ?? 999) - (b.order ?? 999) || collator.compare(a.name, b.name))
}
