import type { Request } from 'express'

/** No parent segment, no NUL, no backslash, no dot-file. */
const UNSAFE = /\0|\\|(^|\/)\./

/**
 * The built file a request for the public site names ("/tin-tuc/" → "/tin-tuc/index.html"), or null when its path
 * is not a plain path inside the site (a bad escape, a parent segment, NUL, a backslash, a dot-file). The handlers
 * that answer from the build (./precompressed.ts, ./site-files-in-memory.ts) read only what this gives.
 */
export function sitePathOf(req: Pick<Request, 'path'>): string | null {
  let urlPath: string
  try {
    urlPath = decodeURIComponent(req.path)
  } catch {
    return null
  }
  if (urlPath.endsWith('/')) urlPath += 'index.html'
  return UNSAFE.test(urlPath) ? null : urlPath
}
