/** The documents library (/van-ban/): its URLs and pure selections over the documents (loaded by loaders/documents.ts). */
import { DOCUMENT_TYPES, TIME_ZONE, labelOf, slugify, viCollator } from '@gd/shared'
import { populated, type DocumentDoc } from './types.ts'

export const DOCUMENTS_BASE = '/van-ban/'

export const documentHref = (slug: string): string => `${DOCUMENTS_BASE}${encodeURIComponent(slug)}/`
export const documentTypeHref = (type: string): string => `${DOCUMENTS_BASE}loai/${encodeURIComponent(type)}/`
export const documentYearHref = (year: string): string => `${DOCUMENTS_BASE}nam/${encodeURIComponent(year)}/`
export const documentIssuerHref = (issuerSlug: string): string => `${DOCUMENTS_BASE}co-quan/${encodeURIComponent(issuerSlug)}/`

const yearFormat = new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: TIME_ZONE })
/** The year a document was issued, in Việt Nam's time zone. */
export const documentYear = (d: Pick<DocumentDoc, 'issuedDate'>): string => yearFormat.format(new Date(d.issuedDate))
export const issuerSlug = (issuer: string): string => slugify(issuer)
export const documentTypeLabel = (type: string): string => labelOf(DOCUMENT_TYPES, type) || 'Văn bản'

/** "Kế hoạch 92/KH-PGDĐT" */
export const documentTitle = (d: Pick<DocumentDoc, 'docType' | 'number'>): string => `${documentTypeLabel(d.docType)} ${d.number}`

/** Newest issued first; same day: by number. */
export function sortDocuments<T extends DocumentDoc>(docs: T[]): T[] {
  return [...docs].sort((a, b) => Date.parse(b.issuedDate) - Date.parse(a.issuedDate) || viCollator.compare(a.number, b.number))
}

export interface Facet {
  value: string
  label: string
  href: string
  count: number
}

/** The filters of the documents library: every type, year and issuer that has documents, with their counts. */
export function documentFacets(docs: DocumentDoc[]) {
  const tally = (key: (d: DocumentDoc) => string) => {
    const counts = new Map<string, number>()
    for (const d of docs) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1)
    return counts
  }
  const types = tally((d) => d.docType)
  const years = tally(documentYear)
  const issuers = new Map<string, { label: string; count: number }>()
  for (const d of docs) {
    const s = issuerSlug(d.issuer)
    issuers.set(s, { label: issuers.get(s)?.label ?? d.issuer, count: (issuers.get(s)?.count ?? 0) + 1 })
  }
  return {
    types: DOCUMENT_TYPES.filter((t) => types.has(t.value)).map((t) => ({
      value: t.value,
      label: t.label,
      href: documentTypeHref(t.value),
      count: types.get(t.value)!,
    })),
    years: [...years.keys()]
      .sort((a, b) => Number(b) - Number(a))
      .map((y) => ({ value: y, label: y, href: documentYearHref(y), count: years.get(y)! })),
    issuers: [...issuers.entries()]
      .sort((a, b) => viCollator.compare(a[1].label, b[1].label))
      .map(([value, i]) => ({ value, label: i.label, href: documentIssuerHref(value), count: i.count })),
  }
}

/** In force, not yet in force, expired — from the dates, at build time. */
export function documentValidity(d: DocumentDoc, now = new Date()): string | null {
  if (d.expiryDate && Date.parse(d.expiryDate) <= now.getTime()) return 'Hết hiệu lực'
  if (d.effectiveDate && Date.parse(d.effectiveDate) > now.getTime()) return 'Chưa có hiệu lực'
  if (d.effectiveDate) return 'Còn hiệu lực'
  return null
}

/** The documents that name this one among those they replace. */
export const replacedBy = (all: DocumentDoc[], doc: DocumentDoc): DocumentDoc[] =>
  all.filter((d) => (d.replaces ?? []).some((r) => String(populated<{ id: unknown }>(r)?.id ?? r) === String(doc.id)))
