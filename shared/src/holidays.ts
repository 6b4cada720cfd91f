/**
 * Public holidays (ngày nghỉ lễ, tết) by the Labour Code — Bộ luật Lao động 2019, Điều 112 khoản 1 — computed
 * for a Gregorian year. These are the *defaults* seeded into site settings; the Government's yearly schedule
 * (Thông báo / Công điện) chooses and swaps days, so editors keep the real list there and the working-day
 * clock (working-days.ts) only ever reads that list.
 *
 * Rules used here (all dates are calendar dates in Việt Nam, 'YYYY-MM-DD'):
 * - Tết Dương lịch: 01/01.
 * - Tết Nguyên Đán: 5 days — the last day of the old lunar year plus mùng 1–4 of the new one (the Government's
 *   usual choice; it sometimes takes two days before Tết instead, e.g. 2024).
 * - Giỗ Tổ Hùng Vương: 10/3 lunar.
 * - Ngày Chiến thắng: 30/04. Ngày Quốc tế Lao động: 01/05.
 * - Quốc khánh: 02/09 and one adjacent day (Nghị định 145/2020/NĐ-CP: the Prime Minister decides each year).
 *   Default: 01/09, unless 01/09 is a Saturday/Sunday or 02/09 is a Thursday — then 03/09. This reproduces
 *   every year decided so far (2021 → 03/09, 2022 → 01/09, 2023 → 01/09, 2024 → 03/09, 2025 → 01/09):
 *   the extra day joins the holiday to a weekend where it can.
 * - Nghỉ bù (Điều 111 khoản 3): a holiday that falls on a Saturday or Sunday is made up on the next working day
 *   (the next weekday that is not itself a holiday or a make-up day), in date order.
 *
 * Lunar dates are converted with @dqcai/vn-lunar, Hồ Ngọc Đức's Vietnamese calendar (computed for UTC+7). The
 * Chinese calendar (UTC+8) puts some new moons on a different day — Tết 2007, 2030 — so a Chinese library would
 * be wrong for those years.
 */
import { getSolarDate } from '@dqcai/vn-lunar'

export type HolidayKind = 'new-year' | 'tet' | 'hung-kings' | 'reunification' | 'labour' | 'national-day' | 'compensatory'

export interface Holiday {
  /** Calendar date in Việt Nam, 'YYYY-MM-DD'. */
  date: string
  /** Vietnamese display name, e.g. 'Tết Nguyên Đán'. */
  name: string
  kind: HolidayKind
}

/** Vietnamese display names by kind (a make-up day reads "Nghỉ bù <holiday>"). */
export const HOLIDAY_LABELS: Readonly<Record<HolidayKind, string>> = {
  'new-year': 'Tết Dương lịch',
  tet: 'Tết Nguyên Đán',
  'hung-kings': 'Giỗ Tổ Hùng Vương',
  reunification: 'Ngày Chiến thắng (30/4)',
  labour: 'Ngày Quốc tế Lao động',
  'national-day': 'Quốc khánh',
  compensatory: 'Nghỉ bù',
}

/** The years whose defaults the site settings are seeded with. */
export const DEFAULT_HOLIDAY_YEARS: readonly number[] = [2025, 2026, 2027]

const MIN_YEAR = 1900
const MAX_YEAR = 2199
const DAY_MS = 86_400_000

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Năm không hợp lệ (${MIN_YEAR}–${MAX_YEAR}): ${String(year)}`)
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const iso = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`
const utc = (date: string) => Date.parse(`${date}T00:00:00Z`)
const shift = (date: string, days: number) => new Date(utc(date) + days * DAY_MS).toISOString().slice(0, 10)
/** 0 = Sunday … 6 = Saturday, of a calendar date. */
const weekday = (date: string) => new Date(utc(date)).getUTCDay()
const isWeekend = (date: string) => {
  const d = weekday(date)
  return d === 0 || d === 6
}

/** The Gregorian date ('YYYY-MM-DD') of a (non-leap-month) Vietnamese lunar date. */
export function lunarToSolar(day: number, month: number, lunarYear: number): string {
  assertYear(lunarYear)
  const s = getSolarDate(day, month, lunarYear, false)
  if (!s || !s.year || !s.month || !s.day) throw new RangeError(`Ngày âm lịch không hợp lệ: ${day}/${month}/${lunarYear}`)
  return iso(s.year, s.month, s.day)
}

/** The day joined to Quốc khánh 02/09 by default (see the rule at the top of this file). */
export function nationalDayAdjacent(year: number): string {
  assertYear(year)
  const first = iso(year, 9, 1)
  return isWeekend(first) || weekday(iso(year, 9, 2)) === 4 ? iso(year, 9, 3) : first
}

/** The Labour Code's public holidays for one Gregorian year, with make-up days, sorted by date. */
export function defaultHolidays(year: number): Holiday[] {
  assertYear(year)
  const statutory: Holiday[] = []
  const add = (date: string, kind: HolidayKind) => statutory.push({ date, name: HOLIDAY_LABELS[kind], kind })

  add(iso(year, 1, 1), 'new-year')
  // Tết of lunar year `year` always falls between 21/01 and 20/02, so all five days lie in this Gregorian year.
  const tet = lunarToSolar(1, 1, year)
  for (let i = -1; i <= 3; i++) add(shift(tet, i), 'tet')
  add(lunarToSolar(10, 3, year), 'hung-kings')
  add(iso(year, 4, 30), 'reunification')
  add(iso(year, 5, 1), 'labour')
  const second = iso(year, 9, 2)
  const adjacent = nationalDayAdjacent(year)
  for (const date of [adjacent, second].sort()) add(date, 'national-day')

  statutory.sort((a, b) => a.date.localeCompare(b.date))
  const taken = new Set(statutory.map((h) => h.date))
  const result = [...statutory]
  for (const h of statutory) {
    if (!isWeekend(h.date)) continue
    let d = shift(h.date, 1)
    while (isWeekend(d) || taken.has(d)) d = shift(d, 1)
    taken.add(d)
    result.push({ date: d, name: `${HOLIDAY_LABELS.compensatory} ${h.name}`, kind: 'compensatory' })
  }
  return result.sort((a, b) => a.date.localeCompare(b.date))
}

/** Defaults for several years, one list sorted by date (what the site settings are seeded with). */
export function holidaysForYears(years: Iterable<number> = DEFAULT_HOLIDAY_YEARS): Holiday[] {
  const unique = [...new Set(years)].sort((a, b) => a - b)
  return unique.flatMap((year) => defaultHolidays(year))
}
