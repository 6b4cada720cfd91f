/** Splits a list into pages; there is always at least one (possibly empty) page. */
export const PER_PAGE = 12

// a type, not an interface: Astro's page props must be assignable to Record<string, unknown>
export type Page<T> = {
  items: T[]
  page: number
  totalPages: number
}

export function paginate<T>(items: readonly T[], perPage = PER_PAGE): Page<T>[] {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage))
  return Array.from({ length: totalPages }, (_, i) => ({
    items: items.slice(i * perPage, (i + 1) * perPage),
    page: i + 1,
    totalPages,
  }))
}

/** getStaticPaths entries for pages 2…n (page 1 lives at the list's own URL). */
export function laterPages<T, P extends Record<string, string>>(items: readonly T[], params: P = {} as P, perPage = PER_PAGE) {
  return paginate(items, perPage)
    .slice(1)
    .map((p) => ({ params: { ...params, page: String(p.page) }, props: p }))
}
