/**
 * The reporting cycle's deadlines (plan IV.2): when a school's opinion report for a period is due, and when the
 * department reminds the schools that have not sent it — N days before the due date (from that day to the due
 * date, so a missed daily run still reminds) and from the day after it (for a week). Hà Nội days ('YYYY-MM-DD').
 * Pure functions: used by the school's first screen and the reminder task.
 */
export type ReminderKind = 'truoc-han' | 'qua-han'

export const REMINDER_KINDS: { value: ReminderKind; label: string }[] = [
  { value: 'truoc-han', label: 'Nhắc trước hạn' },
  { value: 'qua-han', label: 'Nhắc sau hạn' },
]

/** How many days after the due date the "overdue" reminder may still go out (a server down on the day after). */
export const OVERDUE_REMINDER_WINDOW_DAYS = 7

const OFFSET_MS = 7 * 3_600_000
const DAY_MS = 86_400_000

/** The Hà Nội day of an instant, 'YYYY-MM-DD'. */
export function hanoiDay(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + OFFSET_MS).toISOString().slice(0, 10)
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10)

/** Which reminder (if any) is due on `today` for a period due on `dueDay`, reminding `daysBefore` days ahead. */
export function reminderDueOn(dueDay: string, daysBefore: number, today: string): ReminderKind | null {
  if (today >= addDays(dueDay, -Math.max(0, daysBefore)) && today <= dueDay) return 'truoc-han'
  if (today >= addDays(dueDay, 1) && today <= addDays(dueDay, OVERDUE_REMINDER_WINDOW_DAYS)) return 'qua-han'
  return null
}

/** Whole days from `today` to `dueDay` (negative once past). */
export function daysUntil(dueDay: string, today: string): number {
  return Math.round((Date.parse(`${dueDay}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS)
}

/** "còn 3 ngày", "hôm nay là hạn cuối", "quá hạn 2 ngày" */
export function dueText(dueDay: string, today: string): string {
  const d = daysUntil(dueDay, today)
  return d > 0 ? `còn ${d} ngày` : d === 0 ? 'hôm nay là hạn cuối' : `quá hạn ${-d} ngày`
}
