/**
 * The one content loader of the site: reads published content from the CMS REST API at build time.
 * Every list is paged through to the end; collections with drafts are always filtered to published docs,
 * and a doc that still says it is not published is dropped, so a draft never reaches a page.
 * Results are memoised per build: every page shares one fetch per collection.
 */
import { THEMES, type Theme, viCollator } from '@gd/shared'
import fs from 'node:fs'
import path from 'node:path'
import type { Article, Exemplar, Id, PaginatedDocs, School, SiteSettings } from './types.ts'
import { buildMode, type CachedCollection, previewInput, readCache, stageCache, type SyncOutcome, writeRenderPlan } from './content-cache.ts'
import { planIncremental, type IncrementalPlan } from './render-plan.ts'
import { articleHref, exemplarHref } from './urls.ts'

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
  /** Extra query parameters (e.g. a where clause), added as they are. */
  params?: Record<string, string>
  /** Docs per request (default 100). */
  pageSize?: number
}

/** Every doc of a collection, page by page until hasNextPage is false. Drafts are filtered out. */
export async function fetchAll<T extends { id: unknown }>(collection: string, options: ListOptions = {}): Promise<T[]> {
  const docs: T[] = []
  const seen = new Set<unknown>()
  const hasDrafts = DRAFT_COLLECTIONS.has(collection)
  for (let page = 1; ; page++) {
    const params = new URLSearchParams({ limit: String(options.pageSize ?? PAGE_SIZE), page: String(page), depth: String(options.depth ?? 1) })
    // a unique sort key keeps page boundaries stable; the site sorts locally
    params.set('sort', 'id')
    if (hasDrafts) params.set('where[_status][equals]', 'published')
    for (const [k, v] of Object.entries(options.params ?? {})) params.set(k, v)
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

/** The ids of every published doc (a light request: no content, no population). */
async function publishedIds(collection: CachedCollection): Promise<Set<string>> {
  const docs = await fetchAll<{ id: Id }>(collection, { depth: 0, pageSize: 1000, params: { 'select[_status]': 'true' } })
  return new Set(docs.map((d) => String(d.id)))
}

/** A drafts-enabled collection through the content cache: everything on a full build, only changes otherwise. */
function synced<T extends { id: Id; updatedAt?: string | null }>(collection: CachedCollection): Promise<SyncOutcome<T>> {
  return once(`synced:${collection}`, async () => {
    const preview = previewInput()
    if (preview) return { docs: (preview.collection === collection ? [preview.doc] : []) as unknown as T[], changed: null, previous: [] }
    const cache = buildMode() === 'incremental' ? readCache() : null
    const previous = (cache?.docs[collection] ?? []) as unknown as T[]
    // an empty collection has no sync time yet: everything since the epoch is new
    const since = cache?.syncedAt[collection] || '1970-01-01T00:00:00.000Z'
    if (!cache || !cache.docs[collection]) {
      const docs = await fetchAll<T>(collection)
      stageCache(collection, docs as unknown as Record<string, unknown>[])
      return { docs, changed: null, previous }
    }
    const [fresh, ids] = await Promise.all([
      fetchAll<T>(collection, { params: { 'where[updatedAt][greater_than_equal]': since } }),
      publishedIds(collection),
    ])
    const byId = new Map(previous.map((d) => [String(d.id), d]))
    const changed = new Set<string>()
    // "at or after" the last sync, so a doc saved in the same millisecond is not missed; the one already seen
    // (same updatedAt as in the cache) is not a change
    for (const d of fresh) {
      if (byId.get(String(d.id))?.updatedAt !== d.updatedAt) changed.add(String(d.id))
      byId.set(String(d.id), d)
    }
    for (const id of [...byId.keys()]) {
      if (!ids.has(id)) {
        byId.delete(id)
        changed.add(id)
      }
    }
    const docs = [...byId.values()]
    stageCache(collection, docs as unknown as Record<string, unknown>[])
    return { docs, changed, previous }
  })
}

export const getArticles = (): Promise<Article[]> =>
  once('articles', async () => newestFirst((await synced<Article>('articles')).docs))

export const getExemplars = (): Promise<Exemplar[]> =>
  once('exemplars', async () => newestFirst((await synced<Exemplar>('exemplars')).docs))

/** The incremental plan of this build, or null for a full build (everything is rendered). Computed once. */
const incrementalPlan = (): Promise<IncrementalPlan | null> =>
  once('render-plan', async () => {
    const [a, e] = await Promise.all([synced<Article>('articles'), synced<Exemplar>('exemplars')])
    const articles = newestFirst(a.docs)
    const exemplars = newestFirst(e.docs)
    if (!a.changed || !e.changed) {
      writeRenderPlan({ mode: 'full', rendered: articles.length + exemplars.length, carryOver: [] })
      return null
    }
    const previousBuild = process.env.SITE_PREVIOUS
    const plan = planIncremental({
      articles,
      oldArticles: newestFirst(a.previous),
      changedArticles: a.changed,
      exemplars,
      oldExemplars: newestFirst(e.previous),
      changedExemplars: e.changed,
      themeSlugs: THEMES.map((t) => t.slug),
      articleHref,
      exemplarHref,
      inPrevious: (href) => !previousBuild || fs.existsSync(path.join(previousBuild, href, 'index.html')),
    })
    writeRenderPlan({ mode: 'incremental', rendered: plan.rendered, carryOver: plan.carryOver })
    return plan
  })

/** The slugs of the detail pages this build renders, or null to render them all (see render-plan.ts). */
export const pagesToRender = async (collection: CachedCollection): Promise<Set<string> | null> =>
  (await incrementalPlan())?.[collection] ?? null

/** The later pages (≥ 2) of a list this build renders, or null to render them all. */
export const listPagesToRender = async (list: string): Promise<Set<number> | null> =>
  (await incrementalPlan())?.lists.get(list) ?? null

/**
 * The plan's ten themes, in the plan's order and at the plan's URLs (shared THEMES), named and described as the
 * CMS holds them: an editor's rewording of a theme reaches its page, the theme list and the home page.
 */
export const getThemes = (): Promise<Theme[]> =>
  once('themes', async () => {
    const stored = new Map((await fetchAll<{ id: Id; slug: string; name?: string | null; description?: string | null }>('themes', { depth: 0 })).map((t) => [t.slug, t]))
    return THEMES.map((t) => ({ ...t, name: stored.get(t.slug)?.name || t.name, description: stored.get(t.slug)?.description || t.description }))
  })

export const getSchools = (): Promise<School[]> =>
  once('schools', async () => (await fetchAll<School>('schools', { depth: 0 })).sort((a, b) => viCollator.compare(a.name, b.name)))

export const getSiteSettings = (): Promise<SiteSettings> =>
  once('site-settings', () => getJson<SiteSettings>('/api/globals/site-settings?depth=1'))

// ── Portal pages (documents, drafts for comment, organisation, press releases): appended loaders ──────────────
// (an import may stand anywhere at the top level; it sits here so this block stays self-contained)
import { isPressRelease, sortConsultations, sortDocuments, type ConsultationDoc, type DocumentDoc, type OrganisationDoc } from './portal.ts'

const portalMemo = new Map<string, Promise<unknown>>()
function portalOnce<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!portalMemo.has(key)) portalMemo.set(key, load())
  return portalMemo.get(key) as Promise<T>
}

/** Published docs only: asked for by the query and checked again on each doc, so a draft never reaches a page. */
async function fetchPublished<T extends { id: unknown; _status?: unknown; slug?: unknown }>(collection: string, depth = 1): Promise<T[]> {
  const docs = await fetchAll<T>(collection, { depth, params: { 'where[_status][equals]': 'published' } })
  return docs.filter((d) => d._status === 'published' && typeof d.slug === 'string' && d.slug !== '')
}

/** The documents library, newest issued first (related and replaced documents populated one level). */
export const getDocuments = (): Promise<DocumentDoc[]> =>
  portalOnce('documents', async () => sortDocuments(await fetchPublished<DocumentDoc>('documents')))

/** Drafts for comment, open ones first. */
export const getConsultations = (): Promise<ConsultationDoc[]> =>
  portalOnce('consultations', async () => sortConsultations(await fetchPublished<ConsultationDoc>('consultations')))

export const getOrganisation = (): Promise<OrganisationDoc> =>
  portalOnce('organisation', () => getJson<OrganisationDoc>('/api/globals/organisation?depth=1'))

/** Articles marked as press releases (thông cáo báo chí), newest first. */
export const getPressReleases = (): Promise<Article[]> =>
  portalOnce('press-releases', async () => (await getArticles()).filter(isPressRelease))

// ── Public Q&A (/hoi-dap/, issue 4): appended loader ──────────────────────────────────────────────────────────
import type { PublicQa } from '@gd/shared/qa'

/** The published Q&A entries (the CMS's read-only public endpoint: public fields only), newest first. */
export const getPublicQa = (): Promise<PublicQa[]> =>
  portalOnce('hoi-dap', async () => (await getJson<{ docs: PublicQa[] }>('/api/feedback/hoi-dap')).docs)
