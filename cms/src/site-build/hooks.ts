import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'
import { requestSiteRebuild } from './coordinator'

type Doc = { id?: unknown; _status?: string | null }

/**
 * Collections whose docs are populated (depth 1) into every cached article and exemplar: theme tags, school
 * lines and theme lists. The content cache syncs an article by its own updatedAt, which a rename of its theme or
 * school does not change, so an incremental build would keep the old name in the cache and in every carried-over
 * page. A change here asks for a full build (everything refetched and rendered): such edits are rare, and a full
 * build is correct by construction where tracking which articles and list pages show the item would not be.
 */
export const FULL_REBUILD_COLLECTIONS = new Set(['themes', 'schools'])

const isPublic = (doc: Doc | undefined | null, hasDrafts: boolean) => Boolean(doc) && (!hasDrafts || doc?._status === 'published')

/**
 * Public content changed: publish, unpublish, an edit of a published item, a delete; for collections without
 * drafts, any change. Draft-only edits do not rebuild the site.
 */
export const rebuildAfterChange: CollectionAfterChangeHook = ({ doc, previousDoc, collection, context }) => {
  if (context?.skipRebuild) return doc
  const drafts = Boolean(collection.versions?.drafts)
  if (isPublic(doc as Doc, drafts) || isPublic(previousDoc as Doc, drafts)) {
    requestSiteRebuild({ reason: `${collection.slug}#${String((doc as Doc).id)}`, full: FULL_REBUILD_COLLECTIONS.has(collection.slug) })
  }
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = ({ doc, collection, context }) => {
  if (context?.skipRebuild) return doc
  if (isPublic(doc as Doc, Boolean(collection.versions?.drafts))) {
    requestSiteRebuild({ reason: `xóa ${collection.slug}#${String((doc as Doc).id)}`, full: FULL_REBUILD_COLLECTIONS.has(collection.slug) })
  }
  return doc
}

/**
 * An image's alt text or file is copied into every cached item that uses it: an edit or a delete of an upload asks
 * for a full build. A new upload changes nothing public until an item uses it (that item's save rebuilds).
 */
export const rebuildAfterMediaChange: CollectionAfterChangeHook = ({ doc, operation, collection, context }) => {
  if (!context?.skipRebuild && operation === 'update') requestSiteRebuild({ reason: `${collection.slug}#${String((doc as Doc).id)}`, full: true })
  return doc
}

export const rebuildAfterMediaDelete: CollectionAfterDeleteHook = ({ doc, collection, context }) => {
  if (!context?.skipRebuild) requestSiteRebuild({ reason: `xóa ${collection.slug}#${String((doc as Doc).id)}`, full: true })
  return doc
}

/** Settings appear on every page: a full rebuild. */
export const rebuildAfterGlobalChange: GlobalAfterChangeHook = ({ doc, global, context }) => {
  if (!context?.skipRebuild) requestSiteRebuild({ reason: global.slug, full: true })
  return doc
}
