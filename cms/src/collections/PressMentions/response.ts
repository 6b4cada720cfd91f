import type { CollectionBeforeChangeHook } from 'payload'
import { type DeadlineState, deadlinesAtReceipt, deadlineState } from '@gd/shared/feedback-deadlines'
import type { HolidayInput } from '@gd/shared/working-days'
import { feedbackSettings } from '../../globals/SiteSettings/feedbackSettings'

/**
 * The response clock of a press or social-network item: a negative item that needs a response gets the feedback
 * answer deadline (the days and holidays of Cấu hình trang, counted from when it was logged), and the same early
 * warning (due soon, overdue) until a response is recorded.
 */
export const needsClock = (d: { tone?: string | null; needsResponse?: boolean | null }) => d.tone === 'tieu-cuc' && Boolean(d.needsResponse)

type Data = Record<string, unknown>

export const stampResponse: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  const next: Data = { ...data }
  const before: Data = (operation === 'update' ? originalDoc : {}) ?? {}
  const merged = { ...before, ...next } as Data & { tone?: string; needsResponse?: boolean }
  // logged when created (a record made afterwards, e.g. an import, may carry its own createdAt)
  const created = before.createdAt ?? next.createdAt
  const loggedAt = typeof created === 'string' ? new Date(created) : new Date()
  if (!needsClock(merged)) next.respondBy = null
  else if (!before.respondBy) {
    const settings = await feedbackSettings(req.payload, req)
    next.respondBy = deadlinesAtReceipt(loggedAt.toISOString(), settings.holidays, settings.days).answerBy
  } else next.respondBy = before.respondBy
  const answered = typeof merged.response === 'string' && merged.response.trim() !== ''
  if (!answered) Object.assign(next, { respondedAt: null, respondedBy: null })
  else if (before.respondedAt) Object.assign(next, { respondedAt: before.respondedAt, respondedBy: before.respondedBy ?? null })
  else Object.assign(next, { respondedAt: new Date().toISOString(), respondedBy: typeof req.user?.id === 'number' ? req.user.id : null })
  return next
}

/** Where an item stands on its response clock; null when it has none or has been answered. */
export function responseState(
  d: { respondBy?: string | null; respondedAt?: string | null },
  now: Date,
  holidays: HolidayInput,
): DeadlineState | null {
  if (!d.respondBy || d.respondedAt) return null
  return { ...deadlineState(d.respondBy, now, holidays), deadline: 'answer', dueAt: d.respondBy }
}
