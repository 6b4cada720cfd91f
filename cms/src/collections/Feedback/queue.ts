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
  const items: QueueItem[] = []
  for (const d of docs) {
    const s = deadlineStateOf(d, now, holidays)
    if (!s || (s.state === 'on-time' && !d.priority)) continue
    items.push({ id: d.id, code: d.code, subject: d.subject, status: d.status, priority: Boolean(d.priority), priorityTopics: d.priorityTopics ?? null, ...s })
  }
  const rank = (i: QueueItem) => (i.priority ? 0 : 2) + (i.state === 'overdue' ? 0 : 1)
  return items.sort((a, b) => rank(a) - rank(b) || a.dueAt.localeCompare(b.dueAt))
}

/** Where an open item stands against its current deadline at `now` (the acknowledgement's while "mới"). */
export function deadlineStateOf(
  item: { status?: string | null; acknowledgeBy?: string | null; answerBy?: string | null },
  now: Date,
  holidays: Iterable<string>,
): { state: DeadlineStatus; deadline: 'acknowledge' | 'answer'; dueAt: string; workingDaysLeft: number } | null {
  if (!item.status || CLOSED_STATUSES.includes(item.status)) return null
  const deadline = item.status === 'moi' && item.acknowledgeBy ? 'acknowledge' : 'answer'
  const dueAt = deadline === 'acknowledge' ? item.acknowledgeBy : item.answerBy
  if (!dueAt) return null
  const workingDaysLeft = workingDaysBetween(toLocalDate(now), dueAt, holidays)
  const state: DeadlineStatus = now.getTime() > Date.parse(dueAt) ? 'overdue' : workingDaysLeft <= DUE_SOON ? 'due-soon' : 'on-time'
  return { state, deadline, dueAt, workingDaysLeft }
}

/** "Quá hạn trả lời", "Sắp đến hạn tiếp nhận (còn 1 ngày làm việc)", "Trong hạn", or '' once closed. */
export function deadlineLabel(s: ReturnType<typeof deadlineStateOf>): string {
  if (!s) return ''
  const what = s.deadline === 'acknowledge' ? 'tiếp nhận' : 'trả lời'
  if (s.state === 'overdue') return `Quá hạn ${what}`
  if (s.state === 'due-soon') return `Sắp đến hạn ${what} (còn ${s.workingDaysLeft} ngày làm việc)`
  return 'Trong hạn'
}
