import { config } from '@gd/shared/config'
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
