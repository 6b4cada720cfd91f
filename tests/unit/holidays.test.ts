import { describe, expect, it } from 'vitest'
import {
  DEFAULT_HOLIDAY_YEARS,
  HOLIDAY_LABELS,
  defaultHolidays,
  holidaysForYears,
  lunarToSolar,
  nationalDayAdjacent,
} from '@gd/shared/holidays'

const dates = (year: number, kind?: string) =>
  defaultHolidays(year)
    .filter((h) => !kind || h.kind === kind)
    .map((h) => h.date)

describe('Vietnamese lunar dates (UTC+7, not the Chinese calendar)', () => {
  it('puts Tết and Giỗ Tổ on the Vietnamese days for 2025–2027', () => {
    expect(lunarToSolar(1, 1, 2025)).toBe('2025-01-29')
    expect(lunarToSolar(1, 1, 2026)).toBe('2026-02-17')
    expect(lunarToSolar(1, 1, 2027)).toBe('2027-02-06')
    expect(lunarToSolar(10, 3, 2025)).toBe('2025-04-07')
    expect(lunarToSolar(10, 3, 2026)).toBe('2026-04-26')
    expect(lunarToSolar(10, 3, 2027)).toBe('2027-04-16')
  })
  it('follows the Vietnamese calendar where the Chinese one puts Tết a day later', () => {
    expect(lunarToSolar(1, 1, 2007)).toBe('2007-02-17') // Chinese New Year: 18/02/2007
    expect(lunarToSolar(1, 1, 2030)).toBe('2030-02-02') // Chinese New Year: 03/02/2030
  })
})

describe('Labour Code holidays (Điều 112) with make-up days (Điều 111)', () => {
  it('2025: 01/01, Tết 28/01–01/02 with a make-up Monday, Giỗ Tổ 07/04, 30/4, 1/5, 01/09–02/09', () => {
    expect(dates(2025)).toEqual([
      '2025-01-01',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-03',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-09-01',
      '2025-09-02',
    ])
    expect(dates(2025, 'tet')).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01'])
  })
  it('2026: Tết 16/02–20/02, Giỗ Tổ on Sunday 26/04 made up on Monday 27/04, Quốc khánh 01/09–02/09', () => {
    expect(dates(2026)).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ])
    expect(defaultHolidays(2026).find((h) => h.date === '2026-04-27')).toEqual({
      date: '2026-04-27',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
      kind: 'compensatory',
    })
  })
  it('2027: Tết 05/02–09/02 over a weekend, made up on 10/02 and 11/02; 1/5 on Saturday made up on 03/05', () => {
    expect(dates(2027)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-04-16',
      '2027-04-30',
      '2027-05-01',
      '2027-05-03',
      '2027-09-02',
      '2027-09-03',
    ])
    expect(dates(2027, 'compensatory')).toEqual(['2027-02-10', '2027-02-11', '2027-05-03'])
  })
  it('starts Tết on the last day of the old lunar year, whether it is the 29th or the 30th', () => {
    // Giáp Thìn, Ất Tỵ and Bính Ngọ all end on the 29th of the twelfth month.
    expect(dates(2025, 'tet')[0]).toBe('2025-01-28')
    expect(dates(2026, 'tet')[0]).toBe('2026-02-16')
    expect(dates(2027, 'tet')[0]).toBe('2027-02-05')
    // Quý Mão ended on the 30th: Tết 2024 (10/02) starts on 09/02.
    expect(dates(2024, 'tet')).toEqual(['2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13'])
  })
  it('joins Quốc khánh to a weekend as the Prime Minister has each year since 2021', () => {
    expect(nationalDayAdjacent(2021)).toBe('2021-09-03') // 02/09 Thursday
    expect(nationalDayAdjacent(2022)).toBe('2022-09-01') // Friday
    expect(nationalDayAdjacent(2023)).toBe('2023-09-01') // Saturday
    expect(nationalDayAdjacent(2024)).toBe('2024-09-03') // Monday
    expect(nationalDayAdjacent(2025)).toBe('2025-09-01') // Tuesday, as announced
    expect(nationalDayAdjacent(2026)).toBe('2026-09-01') // Wednesday: the day before
    expect(nationalDayAdjacent(2027)).toBe('2027-09-03') // Thursday
    // 2023: 02/09 on Saturday is made up on Monday 04/09.
    expect(dates(2023, 'national-day')).toEqual(['2023-09-01', '2023-09-02'])
    expect(dates(2023, 'compensatory')).toContain('2023-09-04')
  })
  it('names every day in Vietnamese', () => {
    const y2026 = defaultHolidays(2026)
    expect(y2026.find((h) => h.date === '2026-01-01')?.name).toBe('Tết Dương lịch')
    expect(y2026.find((h) => h.date === '2026-02-17')?.name).toBe('Tết Nguyên Đán')
    expect(y2026.find((h) => h.date === '2026-04-26')?.name).toBe('Giỗ Tổ Hùng Vương')
    expect(y2026.find((h) => h.date === '2026-09-02')?.name).toBe('Quốc khánh')
    for (const h of y2026) {
      expect(h.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(h.name.startsWith(HOLIDAY_LABELS[h.kind])).toBe(true)
    }
  })
  it('lists several years in date order, the seeded years by default, without repeating a year', () => {
    expect(DEFAULT_HOLIDAY_YEARS).toEqual([2025, 2026, 2027])
    const all = holidaysForYears()
    expect(all).toHaveLength(12 + 12 + 14)
    expect(all.map((h) => h.date)).toEqual([...all.map((h) => h.date)].sort())
    expect(new Set(all.map((h) => h.date)).size).toBe(all.length)
    expect(holidaysForYears([2027, 2025, 2025])).toEqual([...defaultHolidays(2025), ...defaultHolidays(2027)])
  })
  it('refuses a year it cannot compute', () => {
    expect(() => defaultHolidays(2025.5)).toThrow(RangeError)
    expect(() => defaultHolidays(1800)).toThrow(RangeError)
    expect(() => lunarToSolar(1, 1, 2300)).toThrow(RangeError)
  })
})
