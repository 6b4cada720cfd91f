import type { CollectionBeforeOperationHook } from 'payload'
import { isStaffUser } from './isStaff'

/** The most documents one request of an anonymous visitor or a school account returns, and the deepest population. */
export const MAX_LIMIT = 100
export const MAX_DEPTH = 2

/**
 * Caps what one REST request of an anonymous visitor or a school account may ask for: `limit` (0, `pagination=false`
 * or more than 100 all mean 100 per page) and `depth` (at most 2; the public site reads at depth 0–1). Staff and
 * the server's own Local API calls (overrideAccess) are not capped. Paging still reaches every readable document.
 */
export const capRequest: CollectionBeforeOperationHook = ({ args, req, overrideAccess }) => {
  const asked = args as { overrideAccess?: boolean; depth?: number; limit?: number; pagination?: boolean }
  if (overrideAccess === true || asked?.overrideAccess === true || isStaffUser(req.user)) return args
  const next = { ...asked }
  if (typeof next.depth === 'number' && next.depth > MAX_DEPTH) next.depth = MAX_DEPTH
  if (next.pagination === false) {
    next.pagination = true
    next.limit = MAX_LIMIT
  }
  if (typeof next.limit === 'number' && (next.limit <= 0 || next.limit > MAX_LIMIT)) next.limit = MAX_LIMIT
  return next as typeof args
}
