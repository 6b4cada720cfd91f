import type { CollectionConfig } from 'payload'
import { onContentChange, onContentDelete } from '../workflow/afterChange'

/** Collections whose creation, review steps, publication and deletion are audited. */
export const AUDITED_COLLECTIONS = ['articles', 'exemplars', 'documents', 'consultations', 'themes', 'schools']

export function withAudit(collection: CollectionConfig): CollectionConfig {
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
