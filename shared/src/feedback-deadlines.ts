/**
 * The feedback deadline rule, in one place for the CMS (stamping, worklist, statistics, reports, e-mails) and the
 * public site (the number of days promised to citizens). Counting itself is the working-day calendar
 * (./working-days.ts); this file says how many days, when an item is due soon, when no deadline runs any more,
 * and how a deadline's state reads in Vietnamese.
 *
 * Rules
 * - How many working days: the site settings' feedbackAckDays / feedbackAnswerDays (editable by the administrator);
 *   an empty setting falls back to FEEDBACK_ACK_DAYS / FEEDBACK_ANSWER_DAYS of the configuration (10 and 15 by
 *   default). deadlineDaysFrom() is the one reader: the stamping, the e-mails and the public pages all go through it.
 * - At receipt an item is given two deadlines: acknowledge within the acknowledgement days and answer within the
 *   answer days; both are stamped once and never recomputed (a later change of the setting binds new items only).
 * - A comment on a draft for comment (an item linked to its draft: isDraftComment) is not a complaint: it gets no
 *   individual deadline, so it is never due soon or overdue; the draft's synthesis answers all comments at once.
 * - An item's current deadline is the acknowledgement's while it is still "mới", the answer's after that; once it
 *   is closed (CLOSED_STATUSES) no deadline runs.
 * - Due soon: at most DUE_SOON_WORKING_DAYS (2) working days left, "left" being the working days after today up to
 *   and including the due day — due today (0), due on the next working day (1) or the one after (2).
 *   Overdue: past the deadline (the end of the due day, Hà Nội time).
 */
import { config, readConfig } from './config.ts'
import { addWorkingDays, type DateInput, type HolidayInput, holidaySet, workingDaysBetween } from './working-days.ts'

/** Working days left at or below which a deadline is "due soon". */
export const DUE_SOON_WORKING_DAYS = 2
/** Statuses after which no deadline runs any more. */
export const CLOSED_STATUSES: readonly string[] = ['da-tra-loi', 'da-dong', 'chuyen-co-quan-tham-quyen', 'khong-xu-ly']

export type DeadlineStatus = 'on-time' | 'due-soon' | 'overdue'
/** Which deadline is meant: acknowledging (while still "mới") or answering. */
export type DeadlineKind = 'acknowledge' | 'answer'
export interface DeadlineDays {
  acknowledge: number
  answer: number
}
export interface DeadlineState {
  state: DeadlineStatus
  deadline: DeadlineKind
  /** The current deadline, as stored (ISO instant). */
  dueAt: string
  /** Working days after today up to and including the due day (0 when due today); negative once overdue. */
  workingDaysLeft: number
}

/**
 * The working days to acknowledge and to answer: FEEDBACK_ACK_DAYS and FEEDBACK_ANSWER_DAYS of the configuration
 * (./config.ts: unset or empty gives 10 and 15; anything but a whole number from 1 to 365 stops the program with a
 * Vietnamese message, never a silent fallback). With `env`, that environment is read instead of the process's.
 */
export function feedbackDeadlineDays(env?: Record<string, string | undefined>): DeadlineDays {
  const c = env ? readConfig(env) : config()
  return { acknowledge: c.FEEDBACK_ACK_DAYS, answer: c.FEEDBACK_ANSWER_DAYS }
}

/** The bounds of either setting (whole working days). */
export const DEADLINE_DAYS_RANGE = { min: 1, max: 365 } as const

/** The site-settings fields that hold the days (empty = the configuration's default). */
export interface DeadlineDaysSettings {
  feedbackAckDays?: number | null
  feedbackAnswerDays?: number | null
}

const validDays = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= DEADLINE_DAYS_RANGE.min && n <= DEADLINE_DAYS_RANGE.max

/**
 * The days in force: the site settings' values where set, the configuration's (feedbackDeadlineDays) otherwise.
 * The CMS passes the stored site settings; the site passes the settings it built from.
 */
export function deadlineDaysFrom(
  settings: DeadlineDaysSettings | null | undefined,
  env?: Record<string, string | undefined>,
): DeadlineDays {
  const fallback = feedbackDeadlineDays(env)
  return {
    acknowledge: validDays(settings?.feedbackAckDays) ? settings.feedbackAckDays : fallback.acknowledge,
    answer: validDays(settings?.feedbackAnswerDays) ? settings.feedbackAnswerDays : fallback.answer,
  }
}

const relId = (v: unknown): unknown => (v && typeof v === 'object' ? (v as { id?: unknown }).id : v)

/** Whether an item is a comment on a draft for comment (it names the draft it was sent on): no deadline runs. */
export function isDraftComment(item: { consultation?: unknown }): boolean {
  const id = relId(item.consultation)
  return id !== null && id !== undefined && id !== ''
}

/** The two deadlines stamped at receipt (ISO instants: the end of the due day, Hà Nội time). */
export function deadlinesAtReceipt(
  receivedAt: DateInput,
  holidays: HolidayInput,
  days: DeadlineDays = feedbackDeadlineDays(),
): { acknowledgeBy: string; answerBy: string } {
  const set = holidaySet(holidays)
  return {
    acknowledgeBy: addWorkingDays(receivedAt, days.acknowledge, set).toISOString(),
    answerBy: addWorkingDays(receivedAt, days.answer, set).toISOString(),
  }
}

/**
 * Where one deadline (`dueAt`, an instant) stands at `now`. A bare 'YYYY-MM-DD' for `now` is that Hà Nội day
 * (its 07:00), so never past that day's deadline.
 */
export function deadlineState(
  dueAt: DateInput,
  now: DateInput,
  holidays: HolidayInput,
): { state: DeadlineStatus; workingDaysLeft: number } {
  const workingDaysLeft = workingDaysBetween(now, dueAt, holidays)
  const state: DeadlineStatus =
    new Date(now).getTime() > new Date(dueAt).getTime() ? 'overdue' : workingDaysLeft <= DUE_SOON_WORKING_DAYS ? 'due-soon' : 'on-time'
  return { state, workingDaysLeft }
}

/** Where an open item stands against its current deadline at `now` (the acknowledgement's while "mới"); null once closed. */
export function deadlineStateOf(
  item: { status?: string | null; acknowledgeBy?: string | null; answerBy?: string | null; consultation?: unknown },
  now: Date,
  holidays: HolidayInput,
): DeadlineState | null {
  if (!item.status || CLOSED_STATUSES.includes(item.status) || isDraftComment(item)) return null
  const deadline: DeadlineKind = item.status === 'moi' && item.acknowledgeBy ? 'acknowledge' : 'answer'
  const dueAt = deadline === 'acknowledge' ? item.acknowledgeBy : item.answerBy
  if (!dueAt) return null
  return { ...deadlineState(dueAt, now, holidays), deadline, dueAt }
}

/** The states in a word ("Quá hạn", "Sắp đến hạn", "Trong hạn"), as the worklist shows them. */
export const DEADLINE_STATE_LABELS: Readonly<Record<DeadlineStatus, string>> = {
  overdue: 'Quá hạn',
  'due-soon': 'Sắp đến hạn',
  'on-time': 'Trong hạn',
}
/** Which deadline, as the labels name it. */
export const DEADLINE_KIND_LABELS: Readonly<Record<DeadlineKind, string>> = { acknowledge: 'tiếp nhận', answer: 'trả lời' }

/** "còn 2 ngày làm việc" */
export const workingDaysLeftText = (n: number) => `còn ${n} ngày làm việc`

/** "Quá hạn trả lời", "Sắp đến hạn tiếp nhận (còn 1 ngày làm việc)", "Trong hạn", or '' once closed. */
export function deadlineLabel(s: DeadlineState | null): string {
  if (!s) return ''
  const what = DEADLINE_KIND_LABELS[s.deadline]
  if (s.state === 'overdue') return `${DEADLINE_STATE_LABELS.overdue} ${what}`
  if (s.state === 'due-soon') return `${DEADLINE_STATE_LABELS['due-soon']} ${what} (${workingDaysLeftText(s.workingDaysLeft)})`
  return DEADLINE_STATE_LABELS['on-time']
}

/**
 * The answer time promised to citizens on the public pages: "trong thời hạn 15 ngày làm việc". The site passes
 * deadlineDaysFrom(the site settings it builds from), so a change of the setting changes the promise at the rebuild
 * it triggers.
 */
export function answerWithin(days: number): string {
  return `trong thời hạn ${days} ngày làm việc`
}
