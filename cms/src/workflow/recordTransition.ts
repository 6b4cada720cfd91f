import type { CollectionAfterChangeHook } from 'payload'
import { recordAudit, titleOf } from '../audit/record'
import { notifyReview } from './notify'
import { transitionOf } from './transition'
import { reviewedCollection } from './reviewedCollections'

type Doc = {
  id: number | string
  title?: string
  name?: string
  code?: string
  filename?: string
  email?: string
  _status?: string | null
  reviewState?: string | null
}

/**
 * Each workflow step of a save (created, submitted, returned, published, unpublished), once: one audit entry, and
 * for the reviewed collections (./reviewedCollections.ts) the e-mails of review steps. Workflow uses audit; audit never imports workflow.
 */
export const recordTransition: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, collection }) => {
  const action = transitionOf(doc as Doc, operation === 'update' ? (previousDoc as Doc) : null, operation)
  if (!action) return doc
  await recordAudit(req, action, { collection: collection.slug, id: doc.id, title: titleOf(doc as Doc) })
  if (reviewedCollection(collection.slug)) await notifyReview(req, collection.slug, action, doc)
  return doc
}
