import { type CollectionBeforeOperationHook, isValidID, NotFound } from 'payload'

/**
 * A document id that cannot exist for this database (e.g. /api/articles/abc on SQL, whose ids are numbers) is
 * "not found" (404) before the database is asked, instead of the 500 the query would end in. Adapter-neutral:
 * the id type is the adapter's own. Listed first in every collection's beforeOperation hooks.
 */
export const refuseImpossibleID: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (id === undefined || id === null) return args
  const type = req.payload.db.defaultIDType === 'number' ? 'number' : 'text'
  const ok =
    type === 'number'
      ? typeof id === 'number'
        ? Number.isSafeInteger(id) && id > 0
        : /^\d{1,15}$/.test(String(id))
      : isValidID(String(id), 'text')
  if (!ok) throw new NotFound(req.t)
  return args
}
