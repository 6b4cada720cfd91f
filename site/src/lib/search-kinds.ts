import { formatDate } from '@gd/shared/dates'

/**
 * The kinds of content search can be narrowed to. Each indexed page type marks its body with
 * `searchKindAttrs(kind)` (a Pagefind filter `kind` and the `type` shown under a result); the search page offers
 * one choice per kind. Adding a page type to search is one line here and the attributes on its page.
 */
export const SEARCH_KINDS = {
  news: 'Tin tức',
  announcement: 'Thông báo',
  procedure: 'Thủ tục hành chính',
  event: 'Sự kiện, ngày lễ',
  schedule: 'Lịch công tác',
  album: 'Thư viện ảnh',
  video: 'Video',
  exemplar: 'Người tốt việc tốt',
  document: 'Văn bản',
  draft: 'Dự thảo',
  school: 'Trường học',
  disclosure: 'Công khai của nhà trường',
  qa: 'Hỏi đáp',
} as const

export type SearchKind = keyof typeof SEARCH_KINDS

/** The URL value (?loai=…) and label of each kind, in the order the search page lists them. */
export const SEARCH_KIND_OPTIONS = (Object.entries(SEARCH_KINDS) as [SearchKind, string][]).map(([value, label]) => ({ value, label }))

/**
 * Search can also be narrowed to one theme (?chu-de=<slug>): pages carrying a theme mark it as the Pagefind filter
 * `theme` with the theme's slug (components/ThemeTags.astro); the search page lists every theme from the CMS.
 */
export const SEARCH_THEME_FILTER = 'theme'
export const SEARCH_THEME_PARAM = 'chu-de'

/** Attributes for the element that holds a page's indexed content. */
export function searchKindAttrs(kind: SearchKind): Record<string, string | boolean> {
  const label = SEARCH_KINDS[kind]
  return { 'data-pagefind-body': true, 'data-pagefind-meta': `type:${label}`, 'data-pagefind-filter': `kind:${label}` }
}

/** A page's date as its search result shows it (dd/mm/yyyy, Hà Nội time; a meta value holds no colon). */
export const searchDate = (iso?: string | null): string | null => (iso && !Number.isNaN(Date.parse(iso)) ? formatDate(iso) : null)
