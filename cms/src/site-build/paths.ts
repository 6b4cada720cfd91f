import path from 'node:path'
import { SITE_ENV } from '@gd/shared/site-build-contract'
import { DATA_DIR, ROOT_DIR, SITE_DIST } from '../utilities/paths'

/**
 * Where builds go. SITE_DIST is what the server (or nginx) serves: a symbolic link, swapped atomically to a
 * finished build in BUILDS_DIR. The content cache lets a rebuild fetch only what changed.
 */
export const BUILDS_DIR = `${SITE_DIST}.builds`
export const CONTENT_CACHE_DIR = path.resolve(process.env[SITE_ENV.cacheDir] ?? path.join(DATA_DIR, 'site-cache'))
export const SITE_SOURCE_DIR = path.join(ROOT_DIR, 'site')
export const BIN = (name: string) => path.join(ROOT_DIR, 'node_modules/.bin', name)
