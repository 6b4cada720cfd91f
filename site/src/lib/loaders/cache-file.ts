/**
 * The content cache's files (./content-cache.ts says what they hold), read, and read ahead. The process of the next
 * build (cms/src/site-build/astro-runner.ts) reads them while the site is idle (readCachesAhead): at 20,000 articles
 * reading and parsing 69 MB took about 0.7 s of a one-article build, with its garbage. The build's loader then takes
 * what was read, if the file is still the one read (the same inode, size and time: a build that went live since
 * replaced it), else reads it then (openCache). Kept once per process (@gd/shared/process-wide): the runner imports
 * this module itself and the loader runs in Astro's bundle of the site, two copies in one process. Node runs it in the
 * runner without a loader (types stripped), so it imports only Node's modules and shared modules.
 */
import fs from 'node:fs'
import path from 'node:path'
import { processWide } from '@gd/shared/process-wide'
import { CACHED_COLLECTIONS, contentCacheFile } from '@gd/shared/site-build-contract'

export interface CacheFile {
  syncedAt: string
  docs: Record<string, unknown>[]
  /** each doc's line as read (its bytes, without the newline), by id */
  lines: Map<string, Buffer>
}

/** A cache file whose first line is read; its docs are parsed when first asked for (null when a line is not JSON). */
export interface OpenedCache {
  schema: unknown
  syncedAt: string
  docs(): Promise<CacheFile | null>
}

const NEWLINE = 0x0a
/** Lines parsed between two turns of the event loop (see parse). */
const LINES_PER_TURN = 250
const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

/**
 * The docs, parsed a slice at a time with a turn of the event loop between slices: the build's requests to the CMS,
 * sent before, go out and their answers are read meanwhile, so the parsing and the CMS's work overlap.
 */
async function parse(syncedAt: string, bytes: Buffer, from: number): Promise<CacheFile | null> {
  const docs: Record<string, unknown>[] = []
  const lines = new Map<string, Buffer>()
  try {
    for (let start = from, count = 1; start < bytes.length; count++) {
      const found = bytes.indexOf(NEWLINE, start)
      const end = found < 0 ? bytes.length : found
      if (end > start) {
        const doc = JSON.parse(bytes.toString('utf8', start, end)) as Record<string, unknown>
        docs.push(doc)
        lines.set(String(doc.id), bytes.subarray(start, end))
      }
      start = end + 1
      if (count % LINES_PER_TURN === 0) await nextTurn()
    }
  } catch {
    return null
  }
  return { syncedAt, docs, lines }
}

function read(file: string): OpenedCache | null {
  try {
    const bytes = fs.readFileSync(file)
    const end = bytes.indexOf(NEWLINE)
    const head = JSON.parse(bytes.toString('utf8', 0, end < 0 ? bytes.length : end)) as { schema?: unknown; syncedAt?: unknown }
    if (typeof head.syncedAt !== 'string') return null
    const syncedAt = head.syncedAt
    let parsed: Promise<CacheFile | null> | undefined
    return { schema: head.schema, syncedAt, docs: () => (parsed ??= parse(syncedAt, bytes, end < 0 ? bytes.length : end + 1)) }
  } catch {
    return null
  }
}

/** Which file a path is now, or null when there is none. */
function identity(file: string): string | null {
  const s = fs.statSync(file, { throwIfNoEntry: false })
  return s ? `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}` : null
}

const ahead = () => processWide('site.contentCacheAhead', () => new Map<string, { identity: string; opened: OpenedCache }>())

/** Reads every cache file of a cache folder and parses its docs, for the build to come. */
export function readCachesAhead(cacheDir: string): void {
  for (const collection of CACHED_COLLECTIONS) {
    const file = path.join(cacheDir, contentCacheFile(collection))
    const before = identity(file)
    const opened = before ? read(file) : null
    // a file replaced while it was read is read again by the build
    if (!opened || identity(file) !== before) continue
    void opened.docs()
    ahead().set(file, { identity: before!, opened })
  }
}

/** A cache file, as read ahead when it is still that file, else read now; null when it is missing or unreadable. */
export function openCache(file: string): OpenedCache | null {
  const taken = ahead().get(file)
  ahead().delete(file)
  if (taken && taken.identity === identity(file)) return taken.opened
  return read(file)
}
