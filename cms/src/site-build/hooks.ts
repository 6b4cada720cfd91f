import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'
import { requestSiteRebuild } from './coordinator'

type Doc = { id?: unknown; _status?: string | null }

const isPublic = (doc: Doc | undefined | null, hasDrafts: boolean) => Boolean(doc) && (!hasDrafts || doc?._status === 'published')

/**
 * Public content changed: publish, unpublish, an edit of a published item, a delete; for collections without
 * drafts, any change. Draft-only edits do not rebuild the site.
 */
export const rebuildAfterChange: CollectionAfterChangeHook = ({ doc, previousDoc, collection, context }) => {
  if (context?.skipRebuild) return doc
  const drafts = Boolean(collection.versions?.drafts)
  if (isPublic(doc as Doc, drafts) || isPublic(previousDoc as Doc, drafts)) {
    requestSiteRebuild({ reason: `${collection.slug}#${String((doc as Doc).id)}` })
  }
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = ({ doc, collection, context }) => {
  if (context?.skipRebuild) return doc
  if (isPublic(doc as Doc, Boolean(collection.versions?.drafts))) {
    requestSiteRebuild({ reason: `xóa ${collection.slug}#${String((doc as Doc).id)}` })
  }
  return doc
}

/** Settings appear on every page: a full rebuild. */
export const rebuildAfterGlobalChange: GlobalAfterChangeHook = ({ doc, global, context }) => {
  if (!context?.skipRebuild) requestSiteRebuild({ reason: global.slug, full: true })
  return doc
}
