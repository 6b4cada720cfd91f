/**
 * The portal pages (documents, drafts for comment, spokesperson, organisation, schools): their URLs, the shapes
 * read from the CMS, and pure selections over them (no fetching here; see the portal loaders at the end of cms.ts).
 */
import { DOCUMENT_TYPES, SCHOOL_LEVELS, TIME_ZONE, labelOf, slugify, viCollator } from '@gd/shared'
import { consultationPhase, type ConsultationPhase } from '@gd/shared/consultation'
import { CONSULTATIONS_URL } from '@gd/shared/public-routes'
import type { Article, Exemplar, Id, RichText, School, ThemeDoc } from './types.ts'
import { populated } from './types.ts'

export const DOCUMENTS_BASE = '/van-ban/'
export const CONSULTATIONS_BASE = CONSULTATIONS_URL
export const PRESS_BASE = '/phat-ngon/'
export const PRESS_RELEASES_URL = '/phat-ngon/thong-cao/'
export const ABOUT_URL = '/gioi-thieu/'
export const CONTACT_URL = '/lien-he/'
export const SCHOOLS_BASE = '/truong-hoc/'

export const documentHref = (slug: string): string => `${DOCUMENTS_BASE}${encodeURIComponent(slug)}/`
export const documentTypeHref = (type: string): string => `${DOCUMENTS_BASE}loai/${encodeURIComponent(type)}/`
export const documentYearHref = (year: string): string => `${DOCUMENTS_BASE}nam/${encodeURIComponent(year)}/`
export const documentIssuerHref = (issuerSlug: string): string => `${DOCUMENTS_BASE}co-quan/${encodeURIComponent(issuerSlug)}/`
export const consultationHref = (slug: string): string => `${CONSULTATIONS_BASE}${encodeURIComponent(slug)}/`
export const schoolHref = (slug: string): string => `${SCHOOLS_BASE}${encodeURIComponent(slug)}/`
export const communeHref = (commune: string): string => `${SCHOOLS_BASE}xa/${encodeURIComponent(slugify(commune))}/`

export interface FileDoc {
  id: Id
  title?: string | null
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
}

export interface DocumentDoc {
  id: Id
  number: string
  slug: string
  docType: string
  summary: string
  issuer: string
  signer?: string | null
  issuedDate: string
  effectiveDate?: string | null
  expiryDate?: string | null
  themes?: (ThemeDoc | Id)[] | null
  file?: FileDoc | Id | null
  related?: (DocumentDoc | Id)[] | null
  replaces?: (DocumentDoc | Id)[] | null
  updatedAt?: string | null
  _status?: 'draft' | 'published' | null
}

export interface ConsultationDoc {
  id: Id
  title: string
  slug: string
  summary: string
  content?: RichText
  draftFile?: FileDoc | Id | null
  opensAt: string
  closesAt: string
  status?: string | null
  commentCount?: number | null
  synthesis?: RichText
  themes?: (ThemeDoc | Id)[] | null
  publishedAt?: string | null
  updatedAt?: string | null
  _status?: 'draft' | 'published' | null
}

export interface Leader {
  name: string
  position: string
  responsibilities?: string | null
  phone?: string | null
  email?: string | null
}

export interface OrganisationDoc {
  intro?: string | null
  functions?: RichText
  structure?: RichText
  leaders?: Leader[] | null
}

/** Files are served by the CMS (Payload) at /api/files/file/<filename>, on the site's own origin. */
export function fileHref(file: FileDoc | Id | null | undefined): string | null {
  const f = populated<FileDoc>(file)
  return f?.filename ? `/api/files/file/${encodeURIComponent(f.filename)}` : null
}

/** "PDF, 56 KB" */
export function fileFacts(file: FileDoc | Id | null | undefined): string {
  const f = populated<FileDoc>(file)
  if (!f) return ''
  const kind = f.mimeType === 'application/pdf' ? 'PDF' : f.mimeType?.includes('word') || f.mimeType === 'application/msword' ? 'Word' : 'Tệp'
  const size = f.filesize ?? 0
  const human = size >= 1024 * 1024 ? `${(size / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB` : `${Math.max(1, Math.round(size / 1024)).toLocaleString('vi-VN')} KB`
  return `${kind}, ${human}`
}

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
    types: DOCUMENT_TYPES.filter((t) => types.has(t.value)).map((t) => ({ value: t.value, label: t.label, href: documentTypeHref(t.value), count: types.get(t.value)! })),
    years: [...years.keys()].sort((a, b) => Number(b) - Number(a)).map((y) => ({ value: y, label: y, href: documentYearHref(y), count: years.get(y)! })),
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
  all.filter((d) => (d.replaces ?? []).some((r) => String(populated<DocumentDoc>(r)?.id ?? r) === String(doc.id)))

export const phaseOf = (c: ConsultationDoc, now = new Date()): ConsultationPhase => consultationPhase(c, now)

/** Open drafts first (closing soonest first), then upcoming, then closed (latest closed first). */
export function sortConsultations(list: ConsultationDoc[], now = new Date()): ConsultationDoc[] {
  const rank = { 'dang-mo': 0, 'sap-mo': 1, 'da-dong': 2 } as const
  return [...list].sort((a, b) => {
    const ra = rank[phaseOf(a, now)]
    const rb = rank[phaseOf(b, now)]
    if (ra !== rb) return ra - rb
    return ra === 0 ? Date.parse(a.closesAt) - Date.parse(b.closesAt) : Date.parse(b.closesAt) - Date.parse(a.closesAt)
  })
}

export const isPressRelease = (a: Article): boolean => (a as Article & { pressRelease?: boolean | null }).pressRelease === true

export const schoolLevelLabel = (level: string | null | undefined): string => labelOf(SCHOOL_LEVELS, level)

/** Schools grouped by level (in the vocabulary's order), names in Vietnamese order within each level. */
export function schoolsByLevel(schools: School[]): { value: string; label: string; schools: School[] }[] {
  return SCHOOL_LEVELS.map((l) => ({
    value: l.value,
    label: l.label,
    schools: schools.filter((s) => s.level === l.value).sort((a, b) => viCollator.compare(a.name, b.name)),
  })).filter((g) => g.schools.length > 0)
}

/** The communes that have schools, in Vietnamese order, with their schools (also in Vietnamese order). */
export function schoolsByCommune(schools: School[]): { commune: string; slug: string; schools: School[] }[] {
  const byCommune = new Map<string, School[]>()
  for (const s of schools) {
    if (!s.commune) continue
    byCommune.set(s.commune, [...(byCommune.get(s.commune) ?? []), s])
  }
  return [...byCommune.entries()]
    .sort((a, b) => viCollator.compare(a[0], b[0]))
    .map(([commune, list]) => ({ commune, slug: slugify(commune), schools: list.sort((a, b) => viCollator.compare(a.name, b.name)) }))
}

const schoolIdOf = (v: School | Id | null | undefined) => (v && typeof v === 'object' ? v.id : v)
export const articlesOfSchool = (articles: Article[], school: School): Article[] => articles.filter((a) => String(schoolIdOf(a.school)) === String(school.id))
export const exemplarsOfSchool = (exemplars: Exemplar[], school: School): Exemplar[] => exemplars.filter((e) => String(schoolIdOf(e.school)) === String(school.id))

/** tel: link target from a written phone number. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`

/** The spokesperson's details in the site settings (with the regulation populated at depth 1). */
export interface Spokesperson {
  name?: string | null
  position?: string | null
  phone?: string | null
  email?: string | null
  appointedOn?: string | null
  regulation?: DocumentDoc | Id | null
  pressContact?: string | null
}
