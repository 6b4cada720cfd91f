import type { CollectionConfig, GlobalConfig } from 'payload'
import { rebuildForCommentCount, rebuildForCommentCountDelete, scheduleConsultationRebuilds, unscheduleConsultationRebuilds } from './consultations'
import { rebuildAfterChange, rebuildAfterDelete, rebuildAfterGlobalChange, rebuildAfterMediaChange, rebuildAfterMediaDelete } from './hooks'

/** What the public site shows: a change here rebuilds it. (Media: see EXTRA_HOOKS.) */
export const PUBLIC_COLLECTIONS = ['articles', 'exemplars', 'themes', 'schools', 'documents', 'consultations', 'files']
export const PUBLIC_GLOBALS = ['site-settings', 'organisation']

/**
 * Hooks beyond "public content changed": consultations queue rebuilds at their dates; comments refresh the count;
 * an edited or deleted image rebuilds every page that may show it.
 */
const EXTRA_HOOKS: Record<string, { afterChange: NonNullable<CollectionConfig['hooks']>['afterChange']; afterDelete: NonNullable<CollectionConfig['hooks']>['afterDelete'] }> = {
  consultations: { afterChange: [scheduleConsultationRebuilds], afterDelete: [unscheduleConsultationRebuilds] },
  feedback: { afterChange: [rebuildForCommentCount], afterDelete: [rebuildForCommentCountDelete] },
  media: { afterChange: [rebuildAfterMediaChange], afterDelete: [rebuildAfterMediaDelete] },
}

/** Adds the rebuild hooks to the public collections and globals, leaving each one's own hooks first. */
export function withSiteRebuild(collection: CollectionConfig): CollectionConfig {
  const isPublic = PUBLIC_COLLECTIONS.includes(collection.slug)
  const extra = EXTRA_HOOKS[collection.slug]
  if (!isPublic && !extra) return collection
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), ...(isPublic ? [rebuildAfterChange] : []), ...(extra?.afterChange ?? [])],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), ...(isPublic ? [rebuildAfterDelete] : []), ...(extra?.afterDelete ?? [])],
    },
  }
}

export function withSiteRebuildGlobal(global: GlobalConfig): GlobalConfig {
  if (!PUBLIC_GLOBALS.includes(global.slug)) return global
  return { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), rebuildAfterGlobalChange] } }
}
