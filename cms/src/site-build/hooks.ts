import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, GlobalAfterChangeHook, PayloadRequest } from 'payload'
import { liveDoc } from '../utilities/liveDoc'
import { requestSiteRebuild } from './coordinator'

type Doc = { id?: unknown; _status?: string | null }

/**
 * Collections whose docs are populated (depth 1) into every cached article and exemplar: theme tags, school
 * lines and theme lists. The content cache syncs an article by its own updatedAt, which a rename of its theme or
 * school does not change, so an incremental build would keep the old name in the cache and in every carried-over
 * page. A change here asks for a full build (everything refetched and rendered): such edits are rare, and a full
 * build is correct by construction where tracking which articles and list pages show the item would not be.
 * A correction (đính chính) is shown on the page of the article it corrects, which the article's own updatedAt does
 * not announce either: a full build too; so is an album (Thư viện ảnh), which an article or an exemplar may show.
 */
export const FULL_REBUILD_COLLECTIONS = new Set(['themes', 'schools', 'corrections', 'albums'])

const isPublic = (doc: Doc | undefined | null, hasDrafts: boolean) => Boolean(doc) && (!hasDrafts || doc?._status === 'published')

/**
 * Whether a save that left an item unpublished took it off the site. `previousDoc` cannot tell: for a collection
 * with drafts it is the latest version, so after a draft-only edit of a published item it is that draft, and the
 * unpublish that follows would look like a draft save. The live row can: it is not published any more, yet the
 * item has a published version in its history.
 */
async function tookOffline(req: PayloadRequest, collection: CollectionSlug, doc: Doc): Promise<boolean> {
  if (doc._status === 'published' || doc.id == null) return false
  if ((await liveDoc(req, collection, doc.id))?._status === 'published') return false
  const published = await req.payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return published.docs.length > 0
}

/**
 * Public content changed: publish, unpublish, an edit of a published item, a delete; for collections without
 * drafts, any change. Draft-only edits of an item never published do not rebuild the site.
 */
export const rebuildAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, collection, context, req }) => {
  if (context?.skipRebuild) return doc
  const drafts = Boolean(collection.versions?.drafts)
  const changed =
    isPublic(doc as Doc, drafts) ||
    isPublic(previousDoc as Doc, drafts) ||
    (drafts && (await tookOffline(req, collection.slug as CollectionSlug, doc as Doc)))
  if (changed) {
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
  if (!context?.skipRebuild && operation === 'update')
    requestSiteRebuild({ reason: `${collection.slug}#${String((doc as Doc).id)}`, full: true })
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
