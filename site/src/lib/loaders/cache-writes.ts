/**
 * The content cache's writes still under way: ./content-cache.ts stages the next cache without waiting for the disk
 * (tens of megabytes at 20,000 articles; a second of a one-article rebuild when the system held the writer back
 * behind the build's own files), and ../../integrations/content-cache-written.ts waits for them once every page is
 * rendered, so a build ends, and its cache can become current, only with the cache whole. Kept on globalThis: the
 * loader runs in Astro's bundle of the site and the integration beside the configuration, two copies of this module
 * in one process.
 */
const KEY = Symbol.for('gd.site.contentCacheWrites')
type Holder = { [KEY]?: Promise<void>[] }

export function addCacheWrite(write: Promise<void>): void {
  write.catch(() => undefined) // its failure is reported by allCacheWritten, which fails the build
  ;((globalThis as Holder)[KEY] ??= []).push(write)
}

export async function allCacheWritten(): Promise<void> {
  const writes = (globalThis as Holder)[KEY] ?? []
  delete (globalThis as Holder)[KEY]
  await Promise.all(writes)
}
