export type ReviewAction = 'created' | 'submitted' | 'returned' | 'published' | 'unpublished'

type Doc = { _status?: string | null; reviewState?: string | null } | null | undefined

/** The workflow step one save made, read from the document before and after it (null for a plain edit). */
export function transitionOf(doc: Doc, previous: Doc, operation: 'create' | 'update'): ReviewAction | null {
  const wasPublished = previous?._status === 'published'
  const isPublished = doc?._status === 'published'
  if (isPublished && !wasPublished) return 'published'
  if (!isPublished && wasPublished && doc?.reviewState === 'go-xuong') return 'unpublished'
  if (doc?.reviewState === 'cho-duyet' && previous?.reviewState !== 'cho-duyet') return 'submitted'
  if (doc?.reviewState === 'yeu-cau-chinh-sua' && previous?.reviewState !== 'yeu-cau-chinh-sua') return 'returned'
  if (operation === 'create') return 'created'
  return null
}
