import type { CollectionConfig, GlobalConfig } from 'payload'
import { rebuildAfterChange, rebuildAfterDelete, rebuildAfterGlobalChange } from './hooks'

/** What the public site shows: a change here rebuilds it. (Media follow the documents that use them.) */
export const PUBLIC_COLLECTIONS = ['articles', 'exemplars', 'themes', 'schools', 'documents', 'consultations', 'files']
export const PUBLIC_GLOBALS = ['site-settings', 'organisation']

/** Adds the rebuild hooks to the public collections and globals, leaving each one's own hooks first. */
export function withSiteRebuild(collection: CollectionConfig): CollectionConfig {
  if (!PUBLIC_COLLECTIONS.includes(collection.slug)) return collection
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), rebuildAfterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), rebuildAfterDelete],
    },
  }
}

export function withSiteRebuildGlobal(global: GlobalConfig): GlobalConfig {
  if (!PUBLIC_GLOBALS.includes(global.slug)) return global
  return { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), rebuildAfterGlobalChange] } }
}
