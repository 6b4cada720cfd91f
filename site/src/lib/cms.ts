/**
 * The one content loader of the site: reads published content from the CMS REST API at build time.
 * Every list is paged through to the end; collections with drafts are always filtered to published docs,
 * and a doc that still says it is not published is dropped, so a draft never reaches a page.
 * Results are memoised per build: every page shares one fetch per collection.
 */
import { viCollator } from '@gd/shared'
import type { Article, Exemplar, PaginatedDocs, School, SiteSettings } from './types.ts'

export const CMS_URL = (process.env.CMS_URL || 'http://localhost:3000').replace(/\/+$/, '')

const PAGE_SIZE = 100
const DRAFT_COLLECTIONS = new Set(['articles', 'exemplars'])
const TIMEOUT_MS = 30_000
const RETRIES = 2

async function getJson<T>(path: string): Promise<T> {
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
}

/** Every doc of a collection, page by page until hasNextPage is false. Drafts are filtered out. */
export async function fetchAll<T extends { id: unknown }>(collection: string, options: ListOptions = {}): Promise<T[]> {
  const docs: T[] = []
  const seen = new Set<unknown>()
  const hasDrafts = DRAFT_COLLECTIONS.has(collection)
  for (let page = 1; ; page++) {
    const params = new URLSearchParams({ limit: String(PAGE_SIZE), page: String(page), depth: String(options.depth ?? 1) })
    // a unique sort key keeps page boundaries stable; the site sorts locally
    params.set('sort', 'id')
    if (hasDrafts) params.set('where[_status][equals]', 'published')
    const result = await getJson<PaginatedDocs<T>>(`/api/${collection}?${params}`)
    if (!Array.isArray(result.docs)) throw new Error(`CMS trả về dữ liệu không đúng dạng cho "${collection}".`)
    for (const doc of result.docs) {
      if (seen.has(doc.id)) continue
      seen.add(doc.id)
      docs.push(doc)
    }
    if (!result.hasNextPage || page >= (result.totalPages ?? page)) break
  }
  if (!hasDrafts) return docs
  const published = docs.filter((d) => (d as { _status?: unknown })._status === 'published')
  if (published.length < docs.length) {
    console.warn(`[cms] ${collection}: ${docs.length - published.length} tài liệu không ở trạng thái "published" đã bị bỏ qua.`)
  }
  return published
}

const memo = new Map<string, Promise<unknown>>()
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let p = memo.get(key) as Promise<T> | undefined
  if (!p) {
    p = load()
    memo.set(key, p)
  }
  return p
}

function validIso(iso: string | null | undefined): string | null {
  return iso && !Number.isNaN(Date.parse(iso)) ? iso : null
}

/**
 * Newest first by publication date. A doc without a valid publishedAt falls back to updatedAt (or none, and sorts
 * last); docs without a slug cannot have a page and are skipped.
 */
function newestFirst<T extends { slug?: string | null; publishedAt?: string | null; updatedAt?: string | null }>(docs: T[]): T[] {
  return docs
    .filter((d) => typeof d.slug === 'string' && d.slug.length > 0)
    .map((d) => ({ ...d, publishedAt: validIso(d.publishedAt) ?? validIso(d.updatedAt), updatedAt: validIso(d.updatedAt) }))
    .sort((a, b) => (b.publishedAt ? Date.parse(b.publishedAt) : 0) - (a.publishedAt ? Date.parse(a.publishedAt) : 0))
}

export const getArticles = (): Promise<Article[]> =>
  once('articles', async () => newestFirst(await fetchAll<Article>('articles')))

export const getExemplars = (): Promise<Exemplar[]> =>
  once('exemplars', async () => newestFirst(await fetchAll<Exemplar>('exemplars')))

export const getSchools = (): Promise<School[]> =>
  once('schools', async () => (await fetchAll<School>('schools', { depth: 0 })).sort((a, b) => viCollator.compare(a.name, b.name)))

export const getSiteSettings = (): Promise<SiteSettings> =>
  once('site-settings', () => getJson<SiteSettings>('/api/globals/site-settings?depth=1'))
