/** The build ends only once the content cache it staged is written (../lib/loaders/cache-writes.ts). */
import type { AstroIntegration } from 'astro'
import { allCacheWritten } from '../lib/loaders/cache-writes.ts'

export const contentCacheWritten: AstroIntegration = {
  name: 'gd:content-cache-written',
  hooks: { 'astro:build:done': () => allCacheWritten() },
}
