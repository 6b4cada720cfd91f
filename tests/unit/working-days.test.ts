import { describe, expect, it } from 'vitest'
import { holidaysForYears } from '@gd/shared/holidays'
import { addWorkingDays, dueDate, holidaySet, isWorkingDay, nextWorkingDay, toLocalDate, workingDaysBetween } from '@gd/shared/working-days'

/** The seeded defaults for 2025–2027, as the site settings hold them ({ date, name, kind } objects). */
const HOLIDAYS = holidaysForYears([2025, 2026, 2027])
/** Hà Nội wall-clock time → instant. */
const hn = (local: string) => new Date(`${local}+07:00`)

describe('working days', () => {
  it('skips Saturdays and Sundays', () => {
    expect(isWorkingDay('2025-03-14', [])).toBe(true) // Friday
    expect(isWorkingDay('2025-03-15', [])).toBe(false) // Saturday
    expect(isWorkingDay('2025-03-16', [])).toBe(false) // Sunday
    expect(isWorkingDay('2025-03-17', [])).toBe(true) // Monday
  })
  it('skips every default holiday of 2025, 2026 and 2027', () => {
    for (const h of HOLIDAYS) expect(isWorkingDay(h.date, HOLIDAYS), h.date).toBe(false)
    for (const d of ['2025-01-29', '2025-04-07', '2025-04-30', '2025-05-01', '2025-09-01', '2025-09-02']) {
      expect(isWorkingDay(d, HOLIDAYS), d).toBe(false)
    }
    for (const d of ['2026-02-16', '2026-02-20', '2026-04-27', '2026-09-01', '2027-02-10', '2027-02-11', '2027-09-03']) {
      expect(isWorkingDay(d, HOLIDAYS), d).toBe(false)
    }
    // the working days around them
    for (const d of ['2025-01-27', '2025-05-02', '2025-09-03', '2026-02-13', '2026-02-23', '2026-04-28', '2027-02-12']) {
      expect(isWorkingDay(d, HOLIDAYS), d).toBe(true)
    }
  })
  it('counts 2026: 365 days, 104 weekend days, 11 holiday weekdays → 250 working days', () => {
    expect(workingDaysBetween('2025-12-31', '2026-12-31', HOLIDAYS)).toBe(365 - 104 - 11)
  })
  it('uses the Hà Nội day: 23:30 UTC is already the next day', () => {
    expect(toLocalDate('2025-03-13T23:30:00Z')).toBe('2025-03-14')
    expect(toLocalDate('2025-03-14T16:59:59Z')).toBe('2025-03-14')
    expect(toLocalDate('2025-03-14T17:00:00Z')).toBe('2025-03-15')
    // Friday 23:30 UTC is Saturday 06:30 in Hà Nội
    expect(isWorkingDay('2025-03-14T23:30:00Z', [])).toBe(false)
    expect(isWorkingDay(new Date('2025-03-14T23:30:00Z'), [])).toBe(false)
    // 23:30 UTC on Tuesday 28/04/2026 is Wednesday 29/04, a working day; on 29/04 it is 30/04, a holiday
    expect(isWorkingDay('2026-04-28T23:30:00Z', HOLIDAYS)).toBe(true)
    expect(isWorkingDay('2026-04-29T23:30:00Z', HOLIDAYS)).toBe(false)
  })
})

describe('deadlines counted from receipt', () => {
  it('does not count the day of receipt: received Monday, working day 1 is Tuesday', () => {
    expect(dueDate(hn('2025-03-17T10:00:00'), 1, HOLIDAYS)).toBe('2025-03-18')
    expect(dueDate(hn('2025-03-17T10:00:00'), 10, HOLIDAYS)).toBe('2025-03-31')
  })
  it('ends at 23:59:59.999 Hà Nội time on the n-th working day', () => {
    const due = addWorkingDays(hn('2025-03-17T10:00:00'), 10, HOLIDAYS)
    expect(due.toISOString()).toBe('2025-03-31T16:59:59.999Z')
  })
  it('treats Friday evening, Saturday and Sunday alike: working day 1 is Monday', () => {
    for (const receivedAt of [hn('2025-03-14T18:45:00'), hn('2025-03-15T09:00:00'), '2025-03-16']) {
      expect(nextWorkingDay(receivedAt, HOLIDAYS)).toBe('2025-03-17')
      expect(dueDate(receivedAt, 10, HOLIDAYS)).toBe('2025-03-28')
      expect(dueDate(receivedAt, 15, HOLIDAYS)).toBe('2025-04-04')
    }
  })
  it('reads the receipt in Hà Nội time: Thursday 23:30 UTC is Friday morning', () => {
    expect(dueDate('2025-03-13T23:30:00Z', 1, HOLIDAYS)).toBe('2025-03-17')
    expect(dueDate('2025-03-13T16:30:00Z', 1, HOLIDAYS)).toBe('2025-03-14') // Thursday 23:30 in Hà Nội
  })
  it('carries 10 and 15 working days across Tết 2026', () => {
    // Friday 13/02/2026, the last working day before Tết (16/02–20/02)
    expect(dueDate(hn('2026-02-13T16:00:00'), 10, HOLIDAYS)).toBe('2026-03-06')
    expect(dueDate(hn('2026-02-13T16:00:00'), 15, HOLIDAYS)).toBe('2026-03-13')
    // without the holidays the same receipt would be due a week earlier
    expect(dueDate(hn('2026-02-13T16:00:00'), 10, [])).toBe('2026-02-27')
    // received on the eve of Tết (16/02, a holiday) and on mùng 1: counted from Monday 23/02
    expect(nextWorkingDay('2026-02-16', HOLIDAYS)).toBe('2026-02-23')
    expect(dueDate(hn('2026-02-16T08:00:00'), 10, HOLIDAYS)).toBe('2026-03-06')
    expect(dueDate(hn('2026-02-17T20:00:00'), 15, HOLIDAYS)).toBe('2026-03-13')
    // received just before Tết, the week of Tết counts for nothing
    expect(dueDate(hn('2026-02-10T09:00:00'), 10, HOLIDAYS)).toBe('2026-03-03')
  })
  it('carries deadlines across Giỗ Tổ with its make-up day and 30/4–1/5 in 2026', () => {
    // received Friday 24/04/2026: 26/04 (Sunday) made up on 27/04, then 30/04 and 01/05
    expect(dueDate('2026-04-24', 3, HOLIDAYS)).toBe('2026-05-04')
    expect(dueDate('2026-04-24', 10, HOLIDAYS)).toBe('2026-05-13')
  })
  it('carries deadlines across Tết 2027 and its two make-up days', () => {
    expect(dueDate('2027-02-04', 1, HOLIDAYS)).toBe('2027-02-12')
    expect(dueDate('2027-02-04', 10, HOLIDAYS)).toBe('2027-02-25')
  })
  it('refuses a negative or fractional number of days and an invalid date', () => {
    expect(() => dueDate('2025-03-17', -1, HOLIDAYS)).toThrow(RangeError)
    expect(() => dueDate('2025-03-17', 1.5, HOLIDAYS)).toThrow(RangeError)
    expect(() => dueDate('không phải ngày', 1, HOLIDAYS)).toThrow(RangeError)
    expect(() => dueDate('2025-02-30', 1, HOLIDAYS)).toThrow(RangeError)
    expect(() => isWorkingDay('2025-03-17', ['2025-02-30'])).toThrow(RangeError)
  })
})

describe('workingDaysBetween', () => {
  it('counts the working days after the first day up to and including the second', () => {
    expect(workingDaysBetween('2025-03-14', '2025-03-14', HOLIDAYS)).toBe(0)
    expect(workingDaysBetween('2025-03-14', '2025-03-17', HOLIDAYS)).toBe(1)
    expect(workingDaysBetween('2025-03-17', '2025-03-14', HOLIDAYS)).toBe(-1)
    expect(workingDaysBetween('2026-02-13', '2026-02-23', HOLIDAYS)).toBe(1)
    expect(workingDaysBetween(hn('2026-02-13T23:00:00'), '2026-02-22T20:00:00Z', HOLIDAYS)).toBe(1)
  })
  it('inverts dueDate', () => {
    for (const receivedAt of ['2025-01-24', '2025-12-31', '2026-02-14', '2026-04-29', '2027-02-05', '2027-08-31']) {
      for (const n of [0, 1, 2, 10, 15, 30]) {
        expect(workingDaysBetween(receivedAt, dueDate(receivedAt, n, HOLIDAYS), HOLIDAYS)).toBe(n)
      }
    }
  })
})

describe('edited holiday lists override the defaults', () => {
  it('a day the Government adds (a swapped bridge day) stops being a working day', () => {
    // Wednesday 31/12/2025: by default working day 1 is Friday 02/01/2026
    expect(nextWorkingDay('2025-12-31', HOLIDAYS)).toBe('2026-01-02')
    const edited = [...HOLIDAYS, { date: '2026-01-02', name: 'Nghỉ hoán đổi', kind: 'compensatory' }]
    expect(isWorkingDay('2026-01-02', edited)).toBe(false)
    expect(nextWorkingDay('2025-12-31', edited)).toBe('2026-01-05')
    expect(dueDate('2025-12-31', 10, HOLIDAYS)).toBe('2026-01-15')
    expect(dueDate('2025-12-31', 10, edited)).toBe('2026-01-16')
  })
  it('a default day the Government moves elsewhere becomes a working day again', () => {
    // Quốc khánh 2026 moved from 01/09 (Tuesday) to 03/09 (Thursday)
    const edited = [...HOLIDAYS.filter((h) => h.date !== '2026-09-01').map((h) => h.date), '2026-09-03']
    expect(isWorkingDay('2026-09-01', edited)).toBe(true)
    expect(isWorkingDay('2026-09-03', edited)).toBe(false)
    expect(dueDate('2026-08-31', 1, HOLIDAYS)).toBe('2026-09-03')
    expect(dueDate('2026-08-31', 1, edited)).toBe('2026-09-01')
    expect(dueDate('2026-08-31', 2, edited)).toBe('2026-09-04')
  })
  it('takes plain date strings, { date } objects or a prepared set alike', () => {
    const strings = HOLIDAYS.map((h) => h.date)
    const set = holidaySet(HOLIDAYS)
    for (const list of [strings, HOLIDAYS, set]) {
      expect(dueDate(hn('2026-02-13T16:00:00'), 15, list)).toBe('2026-03-13')
    }
  })
})
