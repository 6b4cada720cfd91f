import { APIError, type CollectionBeforeChangeHook, type CollectionSlug, ValidationError } from 'payload'
import { liveDoc } from '../utilities/liveDoc'
import { schoolIdOf } from '../utilities/schoolIdOf'
import { SCHOOL_SETTABLE, type ReviewState } from './states'

/**
 * The rules of the review workflow, enforced on every save whatever the client:
 * - a school contributor writes only for its own school, never publishes, never changes what is on the site (of a
 *   published item it saves drafts only), and may only keep an item as a draft or submit it (nháp → chờ duyệt,
 *   and again after yêu cầu chỉnh sửa);
 * - publishing makes the state "đã xuất bản"; unpublishing a published item makes it "gỡ xuống";
 * - returning an item (yêu cầu chỉnh sửa) needs the editor's reason.
 */
export const enforceReview: CollectionBeforeChangeHook = async ({ data, req, originalDoc, operation, collection }) => {
  const user = req.user
  const next = { ...data }
  // REST keeps the raw query on req.query (Payload's parseParams makes a parsed copy for itself): ?draft=true is the
  // string 'true' here; a boolean is accepted too, and the Local API's callers say so in req.context
  const draftSave = String(req.query?.draft) === 'true' || (req.context as { draft?: boolean })?.draft === true
  // whether a save that is not a draft save changes what is on the site: originalDoc is the latest version, so after a
  // draft-only edit of a published item it is that draft; the live row tells
  const onSite =
    !draftSave &&
    (originalDoc?._status === 'published' ||
      (operation === 'update' && (await liveDoc(req, collection.slug as CollectionSlug, originalDoc?.id))?._status === 'published'))
  if (user?.role === 'school') {
    if (onSite) {
      throw new APIError('Bài đã xuất bản chỉ cán bộ truyền thông được sửa hoặc gỡ.', 403, null, true)
    }
    if (next._status === 'published') {
      throw new APIError('Tài khoản nhà trường không được xuất bản; vui lòng gửi để cán bộ truyền thông duyệt.', 403, null, true)
    }
    const requested = next.reviewState as ReviewState | undefined
    if (requested && requested !== originalDoc?.reviewState && !SCHOOL_SETTABLE.includes(requested)) {
      throw new APIError('Nhà trường chỉ được lưu nháp hoặc gửi duyệt.', 403, null, true)
    }
    next.school = schoolIdOf(user.school)
  }
  if (next.reviewState === 'cho-duyet' && originalDoc?.reviewState !== 'cho-duyet') {
    next.submittedAt = new Date().toISOString()
  }
  if (next._status === 'published') {
    next.reviewState = 'da-xuat-ban'
  } else if (onSite && next._status === 'draft' && operation === 'update') {
    next.reviewState = 'go-xuong'
  }
  if (next.reviewState === 'yeu-cau-chinh-sua' && originalDoc?.reviewState !== 'yeu-cau-chinh-sua') {
    const note = typeof next.reviewNote === 'string' ? next.reviewNote.trim() : ''
    if (!note) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: 'reviewNote', message: 'Vui lòng ghi lý do yêu cầu chỉnh sửa để nhà trường biết cần sửa gì.' }],
        req,
      })
    }
  }
  return next
}
