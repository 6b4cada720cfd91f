/**
 * Search folding. Pagefind folds tone marks but keeps đ, so "dao" would not find "Đào tạo". Each indexed page
 * carries a folded copy of its text (foldVietnamese: no marks, đ→d, lowercase) and the search page folds the
 * query with the same function, so both sides meet on the folded form.
 */
import { foldVietnamese } from '@gd/shared'

export function foldedCopy(...parts: (string | null | undefined)[]): string {
  return foldVietnamese(parts.filter(Boolean).join(' ')).replace(/\s+/g, ' ').trim()
}
