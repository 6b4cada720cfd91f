/** Public URLs of the site (Vietnamese slugs, always with a trailing slash); the shared ones live in @gd/shared/urls. */
export * from '@gd/shared/urls'

/** Page 1 is the list's own URL; page n is `<base>trang/<n>/`. */
export const pageHref = (base: string, page: number): string => (page <= 1 ? base : `${base}trang/${page}/`)
