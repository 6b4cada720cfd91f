import type { CollectionBeforeOperationHook } from 'payload'
import { MAX_DEPTH, MAX_LIMIT } from '@gd/shared/request-caps'
import { isStaffUser } from './isStaff'

/**
 * Caps what one REST request of an anonymous visitor or a school account may ask for: `limit` (0, `pagination=false`
 * or more than MAX_LIMIT all mean MAX_LIMIT per page) and `depth` (at most MAX_DEPTH; the public site reads at depth 0–1). Staff and
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
