/**
 * The leaders' weekly work schedule (lịch công tác), by ISO week (Monday to Sunday) of Hà Nội days: a week is known
 * by its Monday; its address is /lich-cong-tac/<ISO year>-tuan-<two-digit week>/. /lich-cong-tac/ shows the week
 * containing the day of the build, else the nearest published week (and says so). The site is static, so the CMS's
 * hourly task rebuilds it when a new week has begun since the last build (cms/src/site-build/validity-rebuilds.ts).
 */
import { toLocalDate, type DateInput } from './working-days.ts'

export const WORK_SCHEDULE_URL = '/lich-cong-tac/'
export const NOT_MONDAY_MESSAGE = 'Tuần làm việc phải bắt đầu từ thứ Hai.'
export const DAY_OUTSIDE_WEEK_MESSAGE = 'Ngày này không thuộc tuần của lịch (từ thứ Hai đến Chủ nhật).'

const DAY_MS = 86_400_000
const utc = (date: string) => Date.parse(`${date}T00:00:00Z`)
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const weekday = (date: string) => (new Date(utc(date)).getUTCDay() + 6) % 7 // Monday 0 … Sunday 6

export const isMonday = (value: DateInput): boolean => weekday(toLocalDate(value)) === 0
/** The Monday ('YYYY-MM-DD') of the week of a (Hà Nội) day. */
export const mondayOf = (value: DateInput): string => {
  const d = toLocalDate(value)
  return iso(utc(d) - weekday(d) * DAY_MS)
}
/** The seven days of the week starting on `monday`. */
export const daysOfWeek = (monday: DateInput): string[] => {
  const m = utc(mondayOf(monday))
  return Array.from({ length: 7 }, (_, i) => iso(m + i * DAY_MS))
}
export const inWeek = (monday: DateInput, day: DateInput): boolean => mondayOf(day) === mondayOf(monday)

/** ISO 8601 week-numbering year and week of a day (the week's Thursday decides the year). */
export function isoWeek(value: DateInput): { year: number; week: number } {
  const thursday = utc(mondayOf(value)) + 3 * DAY_MS
  const year = new Date(thursday).getUTCFullYear()
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1
  return { year, week }
}

export const weekSlug = (value: DateInput): string => {
  const { year, week } = isoWeek(value)
  return `${year}-tuan-${String(week).padStart(2, '0')}`
}
export const weekHref = (value: DateInput): string => `${WORK_SCHEDULE_URL}${weekSlug(value)}/`

const WEEKDAY_NAMES = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']
const dmy = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`
export const dayName = (value: DateInput): string => {
  const d = toLocalDate(value)
  return `${WEEKDAY_NAMES[weekday(d)]}, ${dmy(d)}`
}
/** "Tuần 27 (từ 30/06/2025 đến 06/07/2025)". */
export const weekTitle = (value: DateInput): string => {
  const days = daysOfWeek(value)
  return `Tuần ${isoWeek(value).week} (từ ${dmy(days[0]!)} đến ${dmy(days[6]!)})`
}

export interface ScheduleWeek {
  weekStart: string
}

/** Weeks, newest first. */
export const newestWeeksFirst = <T extends ScheduleWeek>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => mondayOf(b.weekStart).localeCompare(mondayOf(a.weekStart)))

/**
 * The week /lich-cong-tac/ shows: the one containing `now` (current: true), else the nearest published one (a past
 * week wins a tie: what happened rather than what may change), or null when there is none.
 */
export function weekToShow<T extends ScheduleWeek>(list: readonly T[], now: DateInput = new Date()): { week: T; current: boolean } | null {
  const monday = utc(mondayOf(now))
  let best: T | null = null
  let bestDistance = Infinity
  for (const w of newestWeeksFirst(list)) {
    const distance = Math.abs(utc(mondayOf(w.weekStart)) - monday)
    if (distance < bestDistance || (distance === bestDistance && utc(mondayOf(w.weekStart)) < monday)) {
      best = w
      bestDistance = distance
    }
  }
  return best ? { week: best, current: bestDistance === 0 } : null
}

/** The week before and after `week` among `list` (published weeks), for the links between weeks. */
export function neighbours<T extends ScheduleWeek>(list: readonly T[], week: T): { previous: T | null; next: T | null } {
  const sorted = newestWeeksFirst(list)
  const i = sorted.findIndex((w) => mondayOf(w.weekStart) === mondayOf(week.weekStart))
  return { previous: sorted[i + 1] ?? null, next: i > 0 ? sorted[i - 1]! : null }
}

export interface ScheduleEntry {
  day: string
  time?: string | null
}

/** The entries grouped by day (Monday first), each day's entries in the order of their time ("7 giờ 30" < "14 giờ"). */
export function entriesByDay<T extends ScheduleEntry>(entries: readonly T[]): { day: string; entries: T[] }[] {
  const byDay = new Map<string, T[]>()
  for (const e of entries) {
    const d = toLocalDate(e.day)
    byDay.set(d, [...(byDay.get(d) ?? []), e])
  }
  const minutes = (t?: string | null) => {
    const m = /(\d{1,2})\s*(?:giờ|h|:)\s*(\d{1,2})?/i.exec(t ?? '')
    return m ? Number(m[1]) * 60 + Number(m[2] ?? 0) : 24 * 60
  }
  return [...byDay.keys()].sort().map((day) => ({ day, entries: [...byDay.get(day)!].sort((a, b) => minutes(a.time) - minutes(b.time)) }))
}

/** Whether a new week began between two instants (the last build and now). */
export const weekChangedBetween = (since: DateInput, now: DateInput = new Date()): boolean => mondayOf(since) !== mondayOf(now)
