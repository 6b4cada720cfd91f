import type { CollectionConfig } from 'payload'
import { onContentChange, onContentDelete } from '../workflow/afterChange'

/** Collections whose creation, review steps, publication and deletion are audited. */
export const AUDITED_COLLECTIONS = ['articles', 'exemplars', 'documents', 'consultations', 'themes', 'schools']
/**
 * Collections whose deletion is audited as well (their creation is either audited elsewhere, as users', or too
 * frequent and public to be a staff action, as feedback's and uploads').
 */
export const DELETE_AUDITED_COLLECTIONS = ['users', 'media', 'files', 'feedback']

export function withAudit(collection: CollectionConfig): CollectionConfig {
  if (DELETE_AUDITED_COLLECTIONS.includes(collection.slug)) {
    return { ...collection, hooks: { ...collection.hooks, afterDelete: [...(collection.hooks?.afterDelete ?? []), onContentDelete] } }
  }
  if (!AUDITED_COLLECTIONS.includes(collection.slug)) return collection
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), onContentChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), onContentDelete],
    },
  }
}
