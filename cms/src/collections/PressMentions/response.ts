import type { CollectionBeforeChangeHook } from 'payload'
import { deadlinesAtReceipt } from '@gd/shared/feedback-deadlines'
import { needsResponseClock } from '@gd/shared/press-response'
import { feedbackSettings } from '../../globals/SiteSettings/feedbackSettings'

type Data = Record<string, unknown>

/**
 * Stamps the response deadline of a negative item that needs a response (the feedback answer deadline: the days and
 * holidays of Cấu hình trang, counted from when it was logged; the rule: @gd/shared/press-response) and who responded
 * and when, once a response is recorded.
 */
export const stampResponse: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  const next: Data = { ...data }
  const before: Data = (operation === 'update' ? originalDoc : {}) ?? {}
  const merged = { ...before, ...next } as Data & { tone?: string; needsResponse?: boolean }
  // logged when created (a record made afterwards, e.g. an import, may carry its own createdAt)
  const created = before.createdAt ?? next.createdAt
  const loggedAt = typeof created === 'string' ? new Date(created) : new Date()
  if (!needsResponseClock(merged)) next.respondBy = null
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
