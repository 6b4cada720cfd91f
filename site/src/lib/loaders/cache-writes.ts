/**
 * The content cache's writes still under way: ./content-cache.ts stages the next cache without waiting for the disk
 * (tens of megabytes at 20,000 articles; a second of a one-article rebuild when the system held the writer back
 * behind the build's own files), and ../../integrations/content-cache-written.ts waits for them once every page is
 * rendered, so a build ends, and its cache can become current, only with the cache whole. Kept once per process
 * (@gd/shared/process-wide): the loader runs in Astro's bundle of the site and the integration beside the
 * configuration, two copies of this module in one process.
 */
import { processWide, takeProcessWide } from '@gd/shared/process-wide'

const WRITES = 'site.contentCacheWrites'

export function addCacheWrite(write: Promise<void>): void {
  write.catch(() => undefined) // its failure is reported by allCacheWritten, which fails the build
  processWide(WRITES, (): Promise<void>[] => []).push(write)
}

export async function allCacheWritten(): Promise<void> {
  await Promise.all(takeProcessWide<Promise<void>[]>(WRITES) ?? [])
}
