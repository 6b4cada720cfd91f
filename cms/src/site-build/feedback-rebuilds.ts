import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { consultationPhase } from '@gd/shared/consultation'
import { coordinator, requestSiteRebuild } from './coordinator'

/**
 * The site rebuilds a feedback item causes (collection feedback): a public Q&A entry published, edited or taken
 * down; a comment counted on a closed draft for comment. Nothing else a citizen or staff does with feedback
 * reaches the public site.
 */

type Id = number | string

// ---- the public Q&A ----

/** Publishing, unpublishing or editing a published entry rebuilds the site; any other save (a citizen's submission, triage) does not. */
export const rebuildForQa: CollectionAfterChangeHook = ({ doc, previousDoc, context }) => {
  if (!context?.skipRebuild && (doc?.qaPublished || previousDoc?.qaPublished)) requestSiteRebuild({ reason: `hỏi đáp #${String(doc.id)}` })
  return doc
}

export const rebuildForQaDelete: CollectionAfterDeleteHook = ({ doc, context }) => {
  if (!context?.skipRebuild && doc?.qaPublished) requestSiteRebuild({ reason: `xóa hỏi đáp #${String(doc.id)}` })
  return doc
}

// ---- the comment count, shown on the draft's page once it has closed ----

type ConsultationState = { _status?: string | null; status?: string | null; opensAt?: string | null; closesAt?: string | null }

type FeedbackDoc = { id?: Id; consultation?: Id | { id: Id } | null }
const consultationOf = (doc: FeedbackDoc | null | undefined): string | null => {
  const c = doc?.consultation
  if (c === null || c === undefined) return null
  return String(typeof c === 'object' ? c.id : c)
}

/**
 * The page shows how many comments came in only after closing (comments are taken only while open, and the
 * rebuild at closesAt counts them all). So a comment added, moved or deleted by staff on a closed draft rebuilds
 * the site (debounced; an incremental build renders the consultation pages again); comments sent while the
 * draft is open change nothing visible and trigger no build.
 */
async function rebuildIfCountShown(req: PayloadRequest, ids: (string | null)[], why: string): Promise<void> {
  if (!coordinator()) return // only the server rebuilds the site
  for (const id of new Set(ids.filter((x): x is string => x !== null))) {
    const c = (await req.payload.findByID({
      collection: 'consultations',
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as ConsultationState | null
    if (c?._status === 'published' && consultationPhase(c) === 'da-dong') {
      requestSiteRebuild({ reason: `${why} dự thảo #${id}` })
    }
  }
}

export const rebuildForCommentCount: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (context?.skipRebuild) return doc
  const now = consultationOf(doc as FeedbackDoc)
  const before = operation === 'create' ? null : consultationOf(previousDoc as FeedbackDoc)
  if (now !== before) await rebuildIfCountShown(req, [now, before], 'ý kiến góp ý cho')
  return doc
}

export const rebuildForCommentCountDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  if (!context?.skipRebuild) await rebuildIfCountShown(req, [consultationOf(doc as FeedbackDoc)], 'xóa ý kiến góp ý cho')
  return doc
}
