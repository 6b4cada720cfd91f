import type { Payload } from 'payload'
import { CLOSED_STATUSES, type DeadlineKind, type DeadlineStatus, deadlineStateOf } from '@gd/shared/feedback-deadlines'
import { feedbackSettings } from '../../globals/SiteSettings/feedbackSettings'

export interface QueueItem {
  id: number
  code: string
  subject: string
  status: string
  priority: boolean
  priorityTopics: string | null
  /** Which deadline is meant: acknowledging (still "mới") or answering. */
  deadline: DeadlineKind
  dueAt: string
  state: DeadlineStatus
  workingDaysLeft: number
}

/**
 * The editors' worklist: open items that are priority, overdue or due soon (the rule: @gd/shared/feedback-deadlines)
 * — priority first, then overdue, then the nearest deadline.
 */
export async function feedbackQueue(payload: Payload, now = new Date()): Promise<QueueItem[]> {
  const { holidays } = await feedbackSettings(payload)
  const { docs } = await payload.find({
    collection: 'feedback',
    where: { status: { not_in: [...CLOSED_STATUSES] } },
    sort: 'answerBy',
    limit: 500,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { code: true, subject: true, status: true, priority: true, priorityTopics: true, acknowledgeBy: true, answerBy: true },
  })
  const items: QueueItem[] = []
  for (const d of docs) {
    const s = deadlineStateOf(d, now, holidays)
    if (!s || (s.state === 'on-time' && !d.priority)) continue
    items.push({
      id: d.id,
      code: d.code,
      subject: d.subject,
      status: d.status,
      priority: Boolean(d.priority),
      priorityTopics: d.priorityTopics ?? null,
      ...s,
    })
  }
  const rank = (i: QueueItem) => (i.priority ? 0 : 2) + (i.state === 'overdue' ? 0 : 1)
  return items.sort((a, b) => rank(a) - rank(b) || a.dueAt.localeCompare(b.dueAt))
}
