import type { CollectionConfig, Payload } from 'payload'
import { FEEDBACK_KINDS } from '@gd/shared/vocab'
import { RATING_COMMENT_MAX } from '@gd/shared/rating'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { monthOf } from '@gd/shared/report-periods'
import { l } from '../../utilities/label'
import { capRequest } from '../../access/requestCaps'
import { serverTimestamps } from '../../access/serverTimestamps'
import { linksMustExist } from '../../access/linksMustExist'
import { refuseImpossibleID } from '../../utilities/validID'

const never = () => false
const relId = (v: unknown): number | null =>
  typeof v === 'number' ? v : v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'number' ? (v as { id: number }).id : null

/**
 * The citizens' ratings of answers, kept apart from the feedback (issue 4 §4: "ratings are anonymous"): the score,
 * the comment, the item's kind, theme and month of receipt — no link to the item or the person, no timestamps; the
 * item keeps only `rated`, so it is rated once. Written only by the server (the lookup page's rating form, the demo
 * seed); staff read them, for the statistics.
 */
export const FeedbackRatings: CollectionConfig = {
  slug: 'feedback-ratings',
  hooks: { beforeOperation: [refuseImpossibleID, capRequest, serverTimestamps, linksMustExist] },
  labels: {
    singular: l('Đánh giá câu trả lời', 'Answer rating'),
    plural: l('Đánh giá câu trả lời (ẩn danh)', 'Answer ratings (anonymous)'),
  },
  admin: {
    useAsTitle: 'month',
    defaultColumns: ['month', 'score', 'kind', 'theme', 'comment'],
    group: l('Tiếp nhận ý kiến', 'Feedback'),
    description: l(
      'Người dân đánh giá câu trả lời từ trang tra cứu. Đánh giá được lưu ẩn danh: không gắn với ý kiến hay người gửi, chỉ giữ loại ý kiến, lĩnh vực và tháng tiếp nhận.',
      'Stored anonymously: no link to the item or the person.',
    ),
  },
  timestamps: false,
  defaultSort: '-month',
  access: { create: never, read: isStaff, update: never, delete: isAdmin },
  fields: [
    { name: 'score', type: 'number', label: l('Điểm đánh giá (1–5)', 'Score (1–5)'), required: true, min: 1, max: 5, index: true },
    { name: 'comment', type: 'textarea', label: l('Nhận xét', 'Comment'), maxLength: RATING_COMMENT_MAX },
    {
      name: 'kind',
      type: 'select',
      label: l('Loại ý kiến', 'Kind'),
      options: FEEDBACK_KINDS.map((o) => ({ value: o.value, label: o.label })),
    },
    { name: 'theme', type: 'relationship', relationTo: 'themes', label: l('Lĩnh vực', 'Theme') },
    {
      name: 'month',
      type: 'text',
      label: l('Tháng tiếp nhận ý kiến', 'Month of receipt'),
      required: true,
      index: true,
      admin: { description: l('Dạng YYYY-MM (giờ Hà Nội); dùng cho thống kê.', 'YYYY-MM, Hà Nội time.') },
    },
  ],
}

/**
 * Records a citizen's rating of the item with this code, once: marks the item `rated` (only if it is not yet), then
 * stores the score and comment apart, with the item's kind, theme and month of receipt and nothing else. False when
 * the item is already rated (or does not exist).
 */
export async function recordRating(
  payload: Payload,
  code: string,
  rating: { score: number; comment: string | null },
  context: Record<string, unknown> = {},
): Promise<boolean> {
  const ctx = { skipRebuild: true, ...context }
  const { docs } = await payload.update({
    collection: 'feedback',
    where: { and: [{ code: { equals: code } }, { or: [{ rated: { equals: false } }, { rated: { exists: false } }] }] },
    data: { rated: true },
    overrideAccess: true,
    depth: 0,
    context: ctx,
  })
  const item = docs[0]
  if (!item) return false
  try {
    await payload.create({
      collection: 'feedback-ratings',
      data: {
        score: rating.score,
        comment: rating.comment ?? null,
        kind: item.kind,
        theme: relId(item.theme),
        month: monthOf(item.receivedAt),
      },
      overrideAccess: true,
      depth: 0,
      context: ctx,
    })
  } catch (err) {
    await payload.update({ collection: 'feedback', id: item.id, data: { rated: false }, overrideAccess: true, depth: 0, context: ctx })
    throw err
  }
  return true
}
