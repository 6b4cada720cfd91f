/**
 * Incremental sync of the drafts-enabled collections (articles, exemplars) for rebuilds.
 *
 * The cache (SITE_CACHE_DIR/content.json) holds every published doc as the last successful build saw it. An
 * incremental build fetches only docs whose updatedAt is at or after the last sync, plus the list of published ids
 * (to see deletions and unpublishing); a full build, a missing cache or a schema change refetches everything.
 * The new cache is written beside the old one (content.next.json) and becomes current only when the build is
 * published, so a failed build never records changes the live site does not have.
 *
 * It also decides which detail pages this build renders: in incremental mode only those whose content changed
 * (the changed doc, and docs whose "related" list shows a changed one); the others are carried over from the live
 * build by the CMS's build runner (render-plan.json).
 */
import fs from 'node:fs'
import path from 'node:path'

/** Bump when the shape of cached docs changes: the next build is then a full one. */
export const CACHE_SCHEMA = 1

export type CachedCollection = 'articles' | 'exemplars'

export interface CacheFile {
  schema: number
  syncedAt: Record<string, string>
  docs: Record<string, Record<string, unknown>[]>
}

export interface SyncOutcome<T> {
  docs: T[]
  /** ids changed or removed since the last sync; null when everything was (re)fetched. */
  changed: Set<string> | null
  previous: T[]
}

export const cacheDir = (): string | null => process.env.SITE_CACHE_DIR || null
export const buildMode = (): 'full' | 'incremental' => (process.env.SITE_BUILD_MODE === 'incremental' ? 'incremental' : 'full')

export function readCache(): CacheFile | null {
  const dir = cacheDir()
  if (!dir) return null
  try {
    const cache = JSON.parse(fs.readFileSync(path.join(dir, 'content.json'), 'utf8')) as CacheFile
    return cache.schema === CACHE_SCHEMA ? cache : null
  } catch {
    return null
  }
}

const next: CacheFile = { schema: CACHE_SCHEMA, syncedAt: {}, docs: {} }

export function stageCache(collection: CachedCollection, docs: Record<string, unknown>[]): void {
  const dir = cacheDir()
  if (!dir) return
  next.docs[collection] = docs
  next.syncedAt[collection] = docs.reduce((max, d) => (String(d.updatedAt ?? '') > max ? String(d.updatedAt) : max), '')
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'content.next.json'), JSON.stringify(next))
}

/** The render plan for the CMS's build runner. */
export function writeRenderPlan(plan: { mode: 'full' | 'incremental'; rendered: number; carryOver: string[] }): void {
  const dir = cacheDir()
  if (!dir) return
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'render-plan.json'), JSON.stringify(plan))
}

/**
 * Preview mode (SITE_PREVIEW, set by the CMS's preview route): the build sees one unpublished item and nothing
 * else of its collection, so the item's page is rendered by the site's own components.
 */
export function previewInput(): { collection: CachedCollection; doc: Record<string, unknown> } | null {
  const file = process.env.SITE_PREVIEW
  if (!file) return null
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}
