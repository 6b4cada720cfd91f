import type { CollectionAfterDeleteHook } from 'payload'
import { recordAudit, titleOf } from './record'

/** Every deletion of an audited item: one audit entry naming what was deleted and by whom. */
export const auditDeletion: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  await recordAudit(req, 'deleted', { collection: collection.slug, id: doc.id, title: titleOf(doc) })
  return doc
}
