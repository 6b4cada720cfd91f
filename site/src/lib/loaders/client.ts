/**
 * The site's one CMS client: reads published content from the CMS REST API at build time. Every list is paged
 * through to the end; collections with drafts are filtered to published docs by the query and again on each doc,
 * so a draft never reaches a page. Results are memoised per build (once): every page shares one fetch per key.
 */
import { MAX_LIMIT } from '@gd/shared/request-caps'
import { readSiteBuildEnv } from '@gd/shared/site-build-contract'
import type { PaginatedDocs } from '../types.ts'

export const CMS_URL = readSiteBuildEnv().cmsUrl

/** The CMS's largest page for the site, an anonymous reader (shared/src/request-caps.ts). */
const PAGE_SIZE = MAX_LIMIT
/** The collections with drafts (versions.drafts in the CMS): only their published docs are read. */
const DRAFT_COLLECTIONS = new Set([
  'articles',
  'exemplars',
  'documents',
  'consultations',
  'announcements',
  'procedures',
  'events',
  'work-schedules',
  'school-disclosures',
  'albums',
  'videos',
])
const TIMEOUT_MS = 30_000
const RETRIES = 2

export async function getJson<T>(path: string): Promise<T> {
  const url = `${CMS_URL}${path}`
  let lastError: unknown
  for (let attempt = 0; attempt <= RETRIES; attempt++) {
    try {
      const res = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) })
      if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`)
      return (await res.json()) as T
    } catch (error) {
      lastError = error
      if (attempt < RETRIES) await new Promise((r) => setTimeout(r, 500 * (attempt + 1)))
    }
  }
  throw new Error(`Không đọc được dữ liệu từ CMS (${url}): ${String(lastError)}. Kiểm tra CMS_URL và máy chủ CMS.`)
}

interface ListOptions {
  depth?: number
  /** Extra query parameters (e.g. a where clause), added as they are. */
  params?: Record<string, string>
  /** Docs per request (default MAX_LIMIT, the most the CMS gives the site). */
  pageSize?: number
}

/** Pages asked at once after the first (which tells how many there are): the CMS answers one while the site reads another. */
const PARALLEL_PAGES = 4

/** The query of one page of a collection's list: published docs only where it has drafts, in a stable order. */
function pageQuery(collection: string, page: number, options: ListOptions): string {
  const params = new URLSearchParams({
    limit: String(options.pageSize ?? PAGE_SIZE),
    page: String(page),
    depth: String(options.depth ?? 1),
  })
  // a unique sort key keeps page boundaries stable; the site sorts locally
  params.set('sort', 'id')
  if (DRAFT_COLLECTIONS.has(collection)) params.set('where[_status][equals]', 'published')
  for (const [k, v] of Object.entries(options.params ?? {})) params.set(k, v)
  return `/api/${collection}?${params}`
}

/** How many docs fetchAll would read (published ones where the collection has drafts): one request of one light doc. */
export async function countAll(collection: string, options: Pick<ListOptions, 'params'> = {}): Promise<number> {
  const params = { ...options.params, 'select[id]': 'true' }
  const result = await getJson<PaginatedDocs<unknown>>(pageQuery(collection, 1, { depth: 0, pageSize: 1, params }))
  if (typeof result.totalDocs !== 'number') throw new Error(`CMS trả về dữ liệu không đúng dạng cho "${collection}".`)
  return result.totalDocs
}

/** Every doc of a collection, every page (the first, then the rest a few at a time, kept in order). Drafts are filtered out. */
export async function fetchAll<T extends { id: unknown }>(collection: string, options: ListOptions = {}): Promise<T[]> {
  const hasDrafts = DRAFT_COLLECTIONS.has(collection)
  const pageOf = async (page: number) => {
    const result = await getJson<PaginatedDocs<T>>(pageQuery(collection, page, options))
    if (!Array.isArray(result.docs)) throw new Error(`CMS trả về dữ liệu không đúng dạng cho "${collection}".`)
    return result
  }
  const first = await pageOf(1)
  const pages = [first]
  const total = first.hasNextPage ? (first.totalPages ?? 1) : 1
  for (let from = 2; from <= total; from += PARALLEL_PAGES) {
    const batch = Array.from({ length: Math.min(PARALLEL_PAGES, total - from + 1) }, (_, i) => pageOf(from + i))
    pages.push(...(await Promise.all(batch)))
  }
  const docs: T[] = []
  const seen = new Set<unknown>()
  for (const doc of pages.flatMap((p) => p.docs)) {
    if (seen.has(doc.id)) continue
    seen.add(doc.id)
    docs.push(doc)
  }
  if (!hasDrafts) return docs
  const published = docs.filter((d) => (d as { _status?: unknown })._status === 'published')
  if (published.length < docs.length) {
    console.warn(`[cms] ${collection}: ${docs.length - published.length} tài liệu không ở trạng thái "published" đã bị bỏ qua.`)
  }
  return published
}

/** Docs without a slug cannot have a page: they are left out. */
export const withSlug = <T extends { slug?: string | null }>(docs: T[]): (T & { slug: string })[] =>
  docs.filter((d): d is T & { slug: string } => typeof d.slug === 'string' && d.slug.length > 0)

const memo = new Map<string, Promise<unknown>>()
/** The first call's promise for key, for the rest of the build. */
export function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let p = memo.get(key) as Promise<T> | undefined
  if (!p) {
    p = load()
    memo.set(key, p)
  }
  return p
}
