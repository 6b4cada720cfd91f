import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { recordAudit } from '../audit/record'
import { notifyReview } from './notify'
import { transitionOf } from './transition'

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

/** What the entry names: a title, a name, a feedback item's reference code (never its sender), a file, an account. */
const titleOf = (doc: Doc) => doc.code ?? doc.title ?? doc.name ?? doc.filename ?? doc.email ?? null

/** Each workflow step of a save, once: one audit entry, and the e-mails of review steps. */
export const onContentChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, collection }) => {
  const action = transitionOf(doc as Doc, operation === 'update' ? (previousDoc as Doc) : null, operation)
  if (!action) return doc
  await recordAudit(req, action, { collection: collection.slug, id: doc.id, title: titleOf(doc as Doc) })
  if (collection.slug === 'exemplars' || collection.slug === 'articles') await notifyReview(req, collection.slug, action, doc)
  return doc
}

export const onContentDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  await recordAudit(req, 'deleted', { collection: collection.slug, id: doc.id, title: titleOf(doc as Doc) })
  return doc
}
