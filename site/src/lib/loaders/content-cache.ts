/**
 * Incremental sync of the drafts-enabled collections (articles, exemplars) for rebuilds.
 *
 * The cache (contentCacheFile in SITE_CACHE_DIR, one per collection) holds every published doc as the last successful
 * build saw it.
 * An incremental build fetches only docs whose updatedAt is at or after the last sync, plus how many are published
 * now: when that count is what the cache and the fetched docs add up to, nothing left the site; otherwise the ids of
 * the published docs are read to see which were deleted or unpublished (see synced). A full build, a missing cache
 * or a schema change refetches everything.
 * The new cache is written beside the old one (contentCacheFile(…, true)) and becomes current only when the build is
 * published, so a failed build never records changes the live site does not have. (Files: the site build contract.)
 */
import fs from 'node:fs'
import path from 'node:path'
import { contentCacheFile, type CachedCollection, type PreviewInput, readSiteBuildEnv } from '@gd/shared/site-build-contract'
import type { Id } from '../types.ts'
import { addCacheWrite } from './cache-writes.ts'
import { type OpenedCache, openCache } from './cache-file.ts'
import { countAll, fetchAll, once } from './client.ts'

/** Bump when the shape of cached docs changes: the next build is then a full one. */
export const CACHE_SCHEMA = 2

/**
 * The cache file is one line of JSON per doc after a first line {schema, syncedAt}: a build reads every doc but
 * writes back the unchanged ones as the very bytes it read, so a one-article rebuild serialises and encodes one doc,
 * not all (at 5,000 articles, 17 MB: 0.3 s of JSON.stringify and its garbage, then 0.2 s of encoding the lines
 * again, measured in profiles of the build). Read (or taken as read ahead) by ./cache-file.ts.
 */
export interface SyncOutcome<T> {
  docs: T[]
  /** ids changed or removed since the last sync; null when everything was (re)fetched. */
  changed: Set<string> | null
  previous: T[]
}

const build = readSiteBuildEnv()

function openCollectionCache(collection: CachedCollection): OpenedCache | null {
  if (!build.cacheDir) return null
  const opened = openCache(path.join(build.cacheDir, contentCacheFile(collection)))
  return opened?.schema === CACHE_SCHEMA ? opened : null
}

/** Stages the next cache: a doc whose line is given (unchanged since it was read) is written as those bytes. */
function stageCache(collection: CachedCollection, docs: Record<string, unknown>[], lines?: Map<string, Buffer>): void {
  if (!build.cacheDir) return
  const syncedAt = docs.reduce((max, d) => (String(d.updatedAt ?? '') > max ? String(d.updatedAt) : max), '')
  fs.mkdirSync(build.cacheDir, { recursive: true })
  const newline = Buffer.from('\n')
  const out: Buffer[] = [Buffer.from(JSON.stringify({ schema: CACHE_SCHEMA, syncedAt })), newline]
  for (const doc of docs) out.push(lines?.get(String(doc.id)) ?? Buffer.from(JSON.stringify(doc)), newline)
  // written while the pages render; the build waits for it at its end (./cache-writes.ts)
  addCacheWrite(fs.promises.writeFile(path.join(build.cacheDir, contentCacheFile(collection, true)), Buffer.concat(out)))
}

/**
 * Preview mode (SITE_PREVIEW, set by the CMS's preview route): the build sees one unpublished item and nothing
 * else of its collection, so the item's page is rendered by the site's own components.
 */
function previewInput(): PreviewInput | null {
  return build.preview ? (JSON.parse(fs.readFileSync(build.preview, 'utf8')) as PreviewInput) : null
}

/** The ids of every published doc (light requests, but one per page of the CMS's largest size, MAX_LIMIT). */
async function publishedIds(collection: CachedCollection): Promise<Set<string>> {
  const docs = await fetchAll<{ id: Id }>(collection, { depth: 0, params: { 'select[_status]': 'true' } })
  return new Set(docs.map((d) => String(d.id)))
}

/** A drafts-enabled collection through the content cache: everything on a full build, only changes otherwise. */
export function synced<T extends { id: Id; updatedAt?: string | null }>(collection: CachedCollection): Promise<SyncOutcome<T>> {
  return once(`synced:${collection}`, async () => {
    const preview = previewInput()
    if (preview) return { docs: (preview.collection === collection ? [preview.doc] : []) as unknown as T[], changed: null, previous: [] }
    const opened = build.mode === 'incremental' ? openCollectionCache(collection) : null
    // the requests go out first (the cache's first line says since when), the cache is parsed while they are answered
    const since = opened?.syncedAt || '1970-01-01T00:00:00.000Z' // an empty collection has no sync time yet
    const asked = opened
      ? Promise.all([fetchAll<T>(collection, { params: { 'where[updatedAt][greater_than_equal]': since } }), countAll(collection)])
      : null
    asked?.catch(() => undefined) // awaited below, unless the cache turns out unreadable
    const cache = opened ? await opened.docs() : null
    if (!cache) {
      const docs = await fetchAll<T>(collection)
      stageCache(collection, docs as unknown as Record<string, unknown>[])
      return { docs, changed: null, previous: [] }
    }
    const previous = cache.docs as unknown as T[]
    const [fresh, published] = await asked!
    const byId = new Map(previous.map((d) => [String(d.id), d]))
    const changed = new Set<string>()
    // "at or after" the last sync, so a doc saved in the same millisecond is not missed; the one already seen
    // (same updatedAt as in the cache) is not a change
    for (const d of fresh) {
      if (byId.get(String(d.id))?.updatedAt !== d.updatedAt) changed.add(String(d.id))
      byId.set(String(d.id), d)
      cache.lines.delete(String(d.id)) // written again from what the CMS answered now
    }
    // What is published now is what was (the cache), less what was deleted or unpublished, plus what is new (fetched
    // now, not in the cache): when the CMS counts as many as the cache and the new docs together, nothing was taken
    // off. Otherwise the published ids say what was: at 5,000 articles that is 50 requests, a count is one. (A doc
    // published between the two requests could hide one taken off in the same moment: its publishing asks for the
    // next build, whose count then differs.)
    if (published !== byId.size) {
      const ids = await publishedIds(collection)
      for (const id of [...byId.keys()]) {
        if (!ids.has(id)) {
          byId.delete(id)
          changed.add(id)
        }
      }
    }
    const docs = [...byId.values()]
    stageCache(collection, docs as unknown as Record<string, unknown>[], cache.lines)
    return { docs, changed, previous }
  })
}
