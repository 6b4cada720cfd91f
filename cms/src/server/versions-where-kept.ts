import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

/**
 * Payload answers `/api/<collection>/versions…` and `/api/globals/<global>/versions…` for every collection and global.
 * For one that keeps no versions (feedback, users, schools, the site settings…) it failed with a 500 to anyone signed
 * in, a school account included: there is no table of versions to read. Such a request is a 404 here, in Vietnamese,
 * before it reaches Payload; those of collections and globals that keep versions go on to Payload and its access rules.
 */
export const NO_VERSIONS = 'Mục này không lưu lịch sử phiên bản.'

const VERSIONS_PATH = /^\/api\/(?:(globals)\/)?([^/]+)\/versions(?:\/|$)/

const decoded = (segment: string): string | null => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

export function versionsWhereKept(payload: Payload): RequestHandler {
  const collections = new Set<string>(payload.config.collections.filter((c) => !c.versions).map((c) => c.slug))
  const globals = new Set<string>(payload.config.globals.filter((g) => !g.versions).map((g) => g.slug))
  return (req, res, next) => {
    const m = VERSIONS_PATH.exec(req.path)
    const slug = m ? decoded(m[2]!) : null
    if (!m || slug === null || !(m[1] ? globals : collections).has(slug)) return next()
    res.status(404).json({ errors: [{ message: NO_VERSIONS }] })
  }
}
