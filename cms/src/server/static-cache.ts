/**
 * How long browsers and proxies may keep a file of the public site: a year, immutable, for the files whose name
 * changes with their content (Astro's hashed assets in /_astro/, Pagefind's hashed index and fragments); a minute
 * for the rest (pages, feeds, Pagefind's entry files and the list of changed pages), which a rebuild replaces under the same name.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable'
export const SHORT = 'public, max-age=60'

// both parts of the search index (shared/src/search-index.ts)
const HASHED = /\/(?:_astro|pagefind(?:-delta)?\/(?:fragment|index|filter))\//

/** The Cache-Control of a file, by its URL path or its path on disk. */
export const cacheControlFor = (filePath: string): string => (HASHED.test(filePath) ? IMMUTABLE : SHORT)
