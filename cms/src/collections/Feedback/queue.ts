import type { Payload } from 'payload'
import { type DeadlineStatus, toLocalDate, workingDaysBetween } from '@gd/shared/working-days'
import { feedbackSettings } from './settings'

/** Statuses after which no deadline runs any more. */
export const CLOSED_STATUSES = ['da-tra-loi', 'da-dong', 'chuyen-co-quan-tham-quyen', 'khong-xu-ly']
const DUE_SOON = 2

export interface QueueItem {
  id: number
  code: string
  subject: string
  status: string
  priority: boolean
  priorityTopics: string | null
  /** Which deadline is meant: acknowledging (still "mới") or answering. */
  deadline: 'acknowledge' | 'answer'
  dueAt: string
  state: DeadlineStatus
  workingDaysLeft: number
}

/**
 * The editors' worklist: open items that are priority, overdue or due within 2 working days — priority first,
 * then overdue, then the nearest deadline. The deadline of an item still "mới" is the acknowledgement's.
 */
export async function feedbackQueue(payload: Payload, now = new Date()): Promise<QueueItem[]> {
  const { holidays } = await feedbackSettings(payload)
  const { docs } = await payload.find({
    collection: 'feedback',
    where: { status: { not_in: CLOSED_STATUSES } },
    sort: 'answerBy',
    limit: 500,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { code: true, subject: true, status: true, priority: true, priorityTopics: true, acknowledgeBy: true, answerBy: true },
  })
  const today = toLocalDate(now)
  const items: QueueItem[] = []
  for (const d of docs) {
    const deadline = d.status === 'moi' ? 'acknowledge' : 'answer'
    const dueAt = (deadline === 'acknowledge' ? d.acknowledgeBy : d.answerBy) ?? d.answerBy
    if (!dueAt) continue
    const left = workingDaysBetween(today, dueAt, holidays)
    const state: DeadlineStatus = now.getTime() > Date.parse(dueAt) ? 'overdue' : left <= DUE_SOON ? 'due-soon' : 'on-time'
    if (state === 'on-time' && !d.priority) continue
    items.push({ id: d.id, code: d.code, subject: d.subject, status: d.status, priority: Boolean(d.priority), priorityTopics: d.priorityTopics ?? null, deadline, dueAt, state, workingDaysLeft: left })
  }
  const rank = (i: QueueItem) => (i.priority ? 0 : 2) + (i.state === 'overdue' ? 0 : 1)
  return items.sort((a, b) => rank(a) - rank(b) || a.dueAt.localeCompare(b.dueAt))
}
