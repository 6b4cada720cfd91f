import { config } from '@gd/shared/config'
import fs from 'node:fs'
import path from 'node:path'
import { DATA_DIR, ROOT_DIR, SITE_DIST } from '../utilities/paths'

/**
 * Where builds go. SITE_DIST is what the server (or nginx) serves: a symbolic link, swapped atomically to a
 * finished build in BUILDS_DIR. The content cache lets a rebuild fetch only what changed.
 */
export const BUILDS_DIR = `${SITE_DIST}.builds`
/** Builds being removed: moved here in one rename (same volume), then deleted in the background. */
export const TRASH_DIR = `${SITE_DIST}.trash`
export const CONTENT_CACHE_DIR = path.resolve(config().SITE_CACHE_DIR ?? path.join(DATA_DIR, 'site-cache'))
export const SITE_SOURCE_DIR = path.join(ROOT_DIR, 'site')
export const BIN = (name: string) => path.join(ROOT_DIR, 'node_modules/.bin', name)

/**
 * Pagefind's executable from its npm package's build for this machine, started directly: the package's Node
 * wrapper (what BIN('pagefind') runs) adds about 0.1 s to every build. The wrapper when it is not there.
 */
export function pagefindCommand(): string {
  for (const name of ['pagefind_extended', 'pagefind']) {
    const file = path.join(ROOT_DIR, 'node_modules/@pagefind', `${process.platform}-${process.arch}`, 'bin', name)
    if (fs.existsSync(file)) return file
  }
  return BIN('pagefind')
}
