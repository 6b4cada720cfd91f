import {
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeValidateHook,
  ValidationError,
} from 'payload'
import { freshCode } from './referenceCode'
import { matchSensitiveTopics } from '@gd/shared/sensitive-topics'
import { deadlinesAtReceipt, isDraftComment } from '@gd/shared/feedback-deadlines'
import { sendAcknowledgement, sendAnswer, sendCrisisAlert } from './notify'
import { feedbackSettings } from '../../globals/SiteSettings/feedbackSettings'
import { applyQaRules } from './qa'
import { feedbackNow } from './clock'
import { FEEDBACK_REJECT_REASONS, labelOf } from '@gd/shared/vocab'
import { staffNames } from '../../utilities/staffNames'

type Data = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
type HistoryEntry = { kind: 'status' | 'priority' | 'assignee'; status: string; at: string; by?: number | null; note?: string | null }

const userId = (user: unknown): number | null => {
  const id = (user as { id?: unknown } | null | undefined)?.id
  return typeof id === 'number' ? id : null
}
const relId = (v: unknown): number | null =>
  typeof v === 'number' ? v : typeof v === 'object' && v && typeof (v as { id?: unknown }).id === 'number' ? (v as { id: number }).id : null

/** The stored history as it is (ids dropped, relations as ids), so a save never rewrites it by hand. */
const keepHistory = (rows: unknown): HistoryEntry[] =>
  Array.isArray(rows)
    ? rows.map((r: Data) => ({
        kind: r.kind ?? 'status',
        status: r.status,
        at: r.at,
        by: relId(r.by),
        note: r.note ?? null,
        ...(r.id ? { id: r.id } : {}),
      }))
    : []

/** The note a status change carries in the history: where it was forwarded, why it is not handled. */
function statusNote(status: string, next: Data, before: Data): string | null {
  if (status === 'chuyen-co-quan-tham-quyen') return `Chuyển đến: ${String(next.forwardedTo ?? before.forwardedTo ?? '').trim()}`
  if (status === 'khong-xu-ly') {
    const note = String(next.rejectNote ?? before.rejectNote ?? '').trim()
    return `${labelOf(FEEDBACK_REJECT_REASONS, String(next.rejectReason ?? before.rejectReason ?? ''))}${note ? `: ${note}` : ''}`
  }
  return null
}

const invalid = (req: Parameters<CollectionBeforeChangeHook>[0]['req'], path: string, message: string) =>
  new ValidationError({ collection: 'feedback', errors: [{ path, message }], req })

/**
 * A code for items staff record by hand (the public endpoint draws its own through ./referenceCode.ts too): the
 * form's default is only a placeholder, so a code already taken (or none) is replaced by a fresh one.
 */
export const assignCode: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data || req.context?.codeChecked) return data
  const taken =
    !data.code ||
    (await req.payload.count({ collection: 'feedback', where: { code: { equals: data.code } }, overrideAccess: true, req })).totalDocs > 0
  if (taken) data.code = await freshCode(req.payload, new Date())
  return data
}

/**
 * The triage rules, on every save: the status history (one entry per change of status, priority or assignee, with
 * who and when, and where forwarded or why not handled; never editable),
 * answeredAt/answeredBy when the status becomes "đã trả lời" (an answer is required then), the reason for
 * "không xử lý" and the body for "chuyển cơ quan có thẩm quyền", the deadlines and the sensitive-topic priority
 * at receipt, and a required reason when staff raise or clear the priority by hand.
 */
export const triage: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const next: Data = { ...data }
  const now = feedbackNow(req)
  const by = userId(req.user)
  const before: Data = (operation === 'update' ? originalDoc : {}) ?? {}
  const status: string = next.status ?? before.status ?? 'moi'
  const history = operation === 'update' ? keepHistory(before.statusHistory) : []

  if (operation === 'create') {
    const settings = await feedbackSettings(req.payload, req)
    const receivedAt = next.receivedAt ?? now
    // the deadlines are counted from it below, before Payload validates the fields
    const badTime = () => invalid(req, 'receivedAt', 'Thời điểm tiếp nhận không hợp lệ: cần một ngày giờ, ví dụ 2026-12-05T08:30:00+07:00.')
    if (typeof receivedAt !== 'string' || Number.isNaN(Date.parse(receivedAt))) throw badTime()
    next.receivedAt = receivedAt
    next.source = next.source ?? 'website'
    // a comment on a draft for comment is not a complaint: no individual deadline (it is answered by the synthesis)
    if (isDraftComment(next)) Object.assign(next, { acknowledgeBy: null, answerBy: null })
    else
      try {
        Object.assign(next, deadlinesAtReceipt(receivedAt, settings.holidays, settings.days))
      } catch (err) {
        throw err instanceof RangeError ? badTime() : err
      }
    const topics = matchSensitiveTopics(`${next.subject ?? ''}\n${next.message ?? ''}`, settings.sensitiveTopics)
    next.priority = topics.length > 0
    next.priorityTopics = topics.length > 0 ? topics.join(', ') : null
    next.priorityReason = null
    history.push({ kind: 'status', status, at: receivedAt, by })
    if (topics.length > 0)
      history.push({ kind: 'priority', status, at: now, by: null, note: `Tự động: chủ đề nhạy cảm (${topics.join(', ')})` })
  } else {
    // fixed at receipt
    for (const key of ['code', 'receivedAt', 'acknowledgeBy', 'answerBy', 'priorityTopics', 'consentText', 'consentVersion']) {
      if (key in before) next[key] = before[key]
    }
    if (status !== before.status) history.push({ kind: 'status', status, at: now, by, note: statusNote(status, next, before) })
    const assignee = 'assignee' in next ? relId(next.assignee) : relId(before.assignee)
    if (assignee !== relId(before.assignee)) {
      const name = assignee == null ? '' : ((await staffNames(req.payload, [assignee])).get(assignee) ?? `#${assignee}`)
      history.push({ kind: 'assignee', status, at: now, by, note: name ? `Giao cho ${name}` : 'Bỏ giao cán bộ xử lý' })
    }
    const wantPriority = next.priority === undefined ? Boolean(before.priority) : Boolean(next.priority)
    if (wantPriority !== Boolean(before.priority)) {
      const reason = typeof next.priorityReason === 'string' ? next.priorityReason.trim() : ''
      if (!reason)
        throw invalid(
          req,
          'priorityReason',
          wantPriority ? 'Vui lòng ghi lý do đánh dấu ưu tiên.' : 'Vui lòng ghi lý do bỏ đánh dấu ưu tiên.',
        )
      history.push({ kind: 'priority', status, at: now, by, note: `${wantPriority ? 'Đánh dấu ưu tiên' : 'Bỏ ưu tiên'}: ${reason}` })
    }
    // the reason lives in the history; the field is only the input for the next change, so it never carries over
    next.priorityReason = null
  }

  const answer = typeof (next.answer ?? before.answer) === 'string' ? String(next.answer ?? before.answer).trim() : ''
  if (status === 'da-tra-loi') {
    if (!answer) throw invalid(req, 'answer', 'Vui lòng nhập nội dung trả lời trước khi chuyển sang trạng thái “Đã trả lời”.')
    if (before.status !== 'da-tra-loi') {
      next.answeredAt = now
      next.answeredBy = by
    } else {
      next.answeredAt = before.answeredAt ?? null
      next.answeredBy = relId(before.answeredBy)
    }
  } else if (operation === 'update') {
    next.answeredAt = before.answeredAt ?? null
    next.answeredBy = relId(before.answeredBy)
  } else {
    next.answeredAt = null
    next.answeredBy = null
  }
  if (status === 'chuyen-co-quan-tham-quyen' && !String(next.forwardedTo ?? before.forwardedTo ?? '').trim()) {
    throw invalid(req, 'forwardedTo', 'Vui lòng ghi cơ quan có thẩm quyền được chuyển đến.')
  }
  if (status === 'khong-xu-ly' && !(next.rejectReason ?? before.rejectReason)) {
    throw invalid(req, 'rejectReason', 'Vui lòng chọn lý do không xử lý.')
  }
  applyQaRules(next, before, status, req)
  next.statusHistory = history
  return next
}

/** E-mails after the save: acknowledgement and crisis alert on receipt, the answer when answered. */
export const notifyFeedback: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const needsAck = operation === 'create' && doc.email
  const needsCrisis = operation === 'create' && doc.priority
  const needsAnswer = doc.status === 'da-tra-loi' && previousDoc?.status !== 'da-tra-loi' && doc.email
  if (!needsAck && !needsCrisis && !needsAnswer) return doc
  try {
    const settings = await feedbackSettings(req.payload, req)
    if (needsCrisis) await sendCrisisAlert(req, doc, settings.crisisContacts)
    if (needsAck) await sendAcknowledgement(req, doc, settings.orgName)
    if (needsAnswer) await sendAnswer(req, doc, settings.orgName)
  } catch (err) {
    req.payload.logger.error({ err, msg: 'Không gửi được thư về ý kiến người dân' })
  }
  return doc
}
