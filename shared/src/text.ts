/**
 * Vietnamese text rules shared by the CMS and the site: folding for search and slugs.
 * Folding removes tone and vowel marks (NFD then strip combining marks), maps đ/Đ to d/D and lowercases,
 * so "Đào Tạo" and "dao tao" fold to the same string whatever the input normalisation (NFC or NFD).
 */
export function foldVietnamese(input: string): string {
  return input.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().normalize('NFC')
}

/** URL slug from a Vietnamese title: "Đào tạo giáo viên" → "dao-tao-giao-vien". */
export function slugify(input: string, maxLength = 96): string {
  const slug = foldVietnamese(input)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '')
}

/** Vietnamese-aware comparison for sorting names (Intl.Collator('vi')). */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true })

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(input: unknown): string {
  return String(input ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}
