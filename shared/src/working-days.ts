/**
 * The working-day calendar deadlines are counted on (how many days, and what "due soon" means, is the feedback
 * deadline rule: ./feedback-deadlines.ts). Pure functions: the holidays are passed in as data (ISO dates 'YYYY-MM-DD', or `{ date }` objects such as the
 * site settings' holiday list); nothing is read from a clock or a database.
 *
 * Rules
 * - Days are calendar days in Asia/Ho_Chi_Minh (TIME_ZONE): 23:30 UTC on 13/03 is 06:30 on 14/03 in Hà Nội and
 *   counts as 14/03. Việt Nam keeps UTC+7 all year (no daylight saving).
 * - A working day is Monday–Friday and not in the holiday list. Saturday and Sunday are never working days.
 * - Counting (as Bộ luật Dân sự 2015 Điều 147 counts periods in days): the day of receipt is never counted;
 *   working day 1 is the first working day *after* the day of receipt. So a submission received on a non-working
 *   day (a Saturday, a holiday) counts from the next working day — that day is day 1 — and one received on a
 *   Friday evening, on the Saturday or on the Sunday all have the following Monday (if working) as day 1. Office
 *   hours play no part.
 * - The deadline of "n working days" is the end (23:59:59.999 Hà Nội time) of working day n.
 */
import { TIME_ZONE } from './dates.ts'

export type HolidayInput = Iterable<string | { date: string }>
export type DateInput = Date | string | number

const DAY_MS = 86_400_000
const UTC_OFFSET = '+07:00'
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
/** Guard against an endless walk; far beyond any real deadline. */
const MAX_WORKING_DAYS = 3660

const localDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

function assertIsoDate(value: string): string {
  const m = ISO_DATE.exec(value)
  if (m) {
    const d = new Date(`${value}T00:00:00Z`)
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value) return value
  }
  throw new RangeError(`Ngày không hợp lệ (cần dạng YYYY-MM-DD): ${value}`)
}

/** The Hà Nội calendar date ('YYYY-MM-DD') of an instant; a bare 'YYYY-MM-DD' string is taken as that date. */
export function toLocalDate(value: DateInput): string {
  if (typeof value === 'string' && ISO_DATE.test(value)) return assertIsoDate(value)
  const d = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(d.getTime())) throw new RangeError(`Ngày không hợp lệ: ${String(value)}`)
  return localDate.format(d)
}

/** The holiday list as a set of ISO dates (validated). Pass the result around to avoid re-reading a long list. */
export function holidaySet(holidays: HolidayInput): ReadonlySet<string> {
  if (holidays instanceof Set && [...holidays].every((h) => typeof h === 'string')) return holidays as ReadonlySet<string>
  const set = new Set<string>()
  for (const h of holidays) set.add(assertIsoDate(typeof h === 'string' ? h : h.date))
  return set
}

const nextDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10)

function isWorkingDate(date: string, holidays: ReadonlySet<string>): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay()
  return day !== 0 && day !== 6 && !holidays.has(date)
}

/** Whether the (Hà Nội) day of `date` is a working day: Monday–Friday and not a holiday. */
export function isWorkingDay(date: DateInput, holidays: HolidayInput): boolean {
  return isWorkingDate(toLocalDate(date), holidaySet(holidays))
}

/** The first working day strictly after the day of `date`, as 'YYYY-MM-DD'. */
export function nextWorkingDay(date: DateInput, holidays: HolidayInput): string {
  return dueDate(date, 1, holidays)
}

/** The date ('YYYY-MM-DD') of working day n counted from the day of receipt (which is day 0, never counted). */
export function dueDate(receivedAt: DateInput, n: number, holidays: HolidayInput): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
    throw new RangeError(`Số ngày làm việc không hợp lệ: ${String(n)}`)
  }
  const set = holidaySet(holidays)
  let date = toLocalDate(receivedAt)
  for (let counted = 0; counted < n;) {
    date = nextDate(date)
    if (isWorkingDate(date, set)) counted++
  }
  return date
}

/** The deadline instant: the end (23:59:59.999 Hà Nội time) of working day n after receipt. */
export function addWorkingDays(receivedAt: DateInput, n: number, holidays: HolidayInput): Date {
  return new Date(`${dueDate(receivedAt, n, holidays)}T23:59:59.999${UTC_OFFSET}`)
}

/**
 * Working days after the day of `a` up to and including the day of `b` (Hà Nội days); negative when `b` is
 * before `a`. So `workingDaysBetween(receivedAt, dueDate(receivedAt, n, h), h) === n`.
 */
export function workingDaysBetween(a: DateInput, b: DateInput, holidays: HolidayInput): number {
  const set = holidaySet(holidays)
  const from = toLocalDate(a)
  const to = toLocalDate(b)
  if (to < from) return -workingDaysBetween(to, from, set)
  let count = 0
  for (let date = from; date < to;) {
    date = nextDate(date)
    if (isWorkingDate(date, set)) count++
  }
  return count
}
