import { describe, expect, it } from 'vitest'
import {
  dayName,
  entriesByDay,
  isMonday,
  isoWeek,
  mondayOf,
  neighbours,
  weekChangedBetween,
  weekHref,
  weekTitle,
  weekToShow,
} from '@gd/shared/work-schedule'

const d = (iso: string) => `${iso}T05:00:00.000Z`

describe('weeks by Hà Nội day', () => {
  it('the Monday of a day; late Sunday evening UTC is already Monday in Hà Nội', () => {
    expect(mondayOf('2025-07-02')).toBe('2025-06-30')
    expect(mondayOf('2025-07-06')).toBe('2025-06-30')
    expect(mondayOf(new Date('2025-07-06T18:00:00Z'))).toBe('2025-07-07')
    expect(isMonday(d('2025-06-30'))).toBe(true)
    expect(isMonday(d('2025-07-01'))).toBe(false)
  })

  it('ISO week numbers, across the turn of the year', () => {
    expect(isoWeek('2025-06-30')).toEqual({ year: 2025, week: 27 })
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 })
    expect(isoWeek('2021-01-03')).toEqual({ year: 2020, week: 53 })
    expect(weekHref(d('2024-12-30'))).toBe('/lich-cong-tac/2025-tuan-01/')
    expect(weekTitle('2025-06-30')).toBe('Tuần 27 (từ 30/06/2025 đến 06/07/2025)')
    expect(dayName('2025-07-06')).toBe('Chủ nhật, 06/07/2025')
  })

  it('shows the current week, else the nearest one (a past one on a tie), and says which', () => {
    const weeks = [{ weekStart: d('2025-06-16') }, { weekStart: d('2025-06-30') }, { weekStart: d('2025-07-14') }]
    expect(weekToShow(weeks, d('2025-07-02'))).toEqual({ week: weeks[1], current: true })
    expect(weekToShow(weeks, d('2025-07-09'))).toEqual({ week: weeks[1], current: false })
    expect(weekToShow(weeks, d('2025-07-25'))).toEqual({ week: weeks[2], current: false })
    expect(weekToShow([], d('2025-07-25'))).toBeNull()
    expect(neighbours(weeks, weeks[1]!)).toEqual({ previous: weeks[0], next: weeks[2] })
    expect(neighbours(weeks, weeks[2]!)).toEqual({ previous: weeks[1], next: null })
  })

  it('groups entries by day, Monday first, each day by time', () => {
    const days = entriesByDay([
      { day: d('2025-07-01'), time: '14 giờ 00', n: 3 },
      { day: d('2025-06-30'), time: 'Cả ngày', n: 2 },
      { day: d('2025-06-30'), time: '7 giờ 30', n: 1 },
      { day: d('2025-07-01'), time: '8:00', n: 4 },
    ])
    expect(days.map((x) => [x.day, x.entries.map((e) => e.n)])).toEqual([
      ['2025-06-30', [1, 2]],
      ['2025-07-01', [4, 3]],
    ])
  })

  it('a new week begins on Monday (Hà Nội day)', () => {
    expect(weekChangedBetween(d('2025-07-05'), d('2025-07-06'))).toBe(false)
    expect(weekChangedBetween(d('2025-07-06'), d('2025-07-07'))).toBe(true)
  })
})
