import type { CollectionBeforeChangeHook, Validate } from 'payload'
import { DAY_OUTSIDE_WEEK_MESSAGE, inWeek, isMonday, NOT_MONDAY_MESSAGE, weekTitle } from '@gd/shared/work-schedule'

const valid = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v))

/** A week starts on a Monday (Hà Nội day). */
export const mondayOnly: Validate = (value) => {
  if (!value) return 'Chọn ngày thứ Hai đầu tuần.'
  return valid(value) && isMonday(value) ? true : NOT_MONDAY_MESSAGE
}

/** Each entry's day falls within the week of the schedule. */
export const dayInScheduleWeek: Validate = (value, { data }) => {
  if (!value) return 'Chọn ngày.'
  const start = (data as { weekStart?: unknown }).weekStart
  if (!valid(value) || !valid(start)) return true // the week's own check reports a missing or wrong start
  return inWeek(start, value) ? true : DAY_OUTSIDE_WEEK_MESSAGE
}

/** The title ("Tuần 27 (từ 30/06/2025 đến 06/07/2025)") follows the week; it is never typed. */
export const titleFromWeek: CollectionBeforeChangeHook = ({ data }) => {
  if (valid(data.weekStart)) data.title = weekTitle(data.weekStart)
  return data
}
