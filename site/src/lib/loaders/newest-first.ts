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
  // each date read once, not at every comparison of the sort
  const dated = withSlug(docs).map((d) => {
    const publishedAt = validIso(d.publishedAt) ?? validIso(d.updatedAt)
    return { doc: { ...d, publishedAt, updatedAt: validIso(d.updatedAt) }, time: publishedAt ? Date.parse(publishedAt) : 0 }
  })
  return dated.sort((a, b) => b.time - a.time).map((d) => d.doc)
}
