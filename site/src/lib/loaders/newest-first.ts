import { withSlug } from './client.ts'

function validIso(iso: string | null | undefined): string | null {
  return iso && !Number.isNaN(Date.parse(iso)) ? iso : null
}

/**
 * Newest first by publication date. A doc without a valid publishedAt falls back to updatedAt (or none, and sorts
 * last); docs without a slug cannot have a page and are skipped.
 */
export function newestFirst<T extends { slug?: string | null; publishedAt?: string | null; updatedAt?: string | null }>(
  docs: T[],
): (T & { slug: string })[] {
  return withSlug(docs)
    .map((d) => ({ ...d, publishedAt: validIso(d.publishedAt) ?? validIso(d.updatedAt), updatedAt: validIso(d.updatedAt) }))
    .sort((a, b) => (b.publishedAt ? Date.parse(b.publishedAt) : 0) - (a.publishedAt ? Date.parse(a.publishedAt) : 0)) as (T & {
    slug: string
  })[]
}
