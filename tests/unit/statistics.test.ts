import { describe, expect, it } from 'vitest'
import { defaultRange, isIsoDate, median, monthsBetween, rangeProblem } from '../../cms/src/reports/statistics'

describe('statistics helpers', () => {
  it('median: the middle value, the mean of the two middle ones, null when empty', () => {
    expect(median([])).toBeNull()
    expect(median([3])).toBe(3)
    expect(median([5, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
  it('lists the months of a range, across a year end', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(monthsBetween('2025-03-01', '2025-03-31')).toEqual(['2025-03'])
  })
  it('checks dates and ranges, in Vietnamese', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2025-02-29')).toBe(false)
    expect(isIsoDate('2025-13-01')).toBe(false)
    expect(rangeProblem('2025-01-01', '2025-12-31')).toBeNull()
    expect(rangeProblem('2025-12-31', '2025-01-01')).toMatch(/đến ngày phải sau từ ngày/)
    expect(rangeProblem('x', '2025-01-01')).toMatch(/không hợp lệ/)
    expect(rangeProblem('2000-01-01', '2025-01-01')).toMatch(/10 năm/)
  })
  it('defaults to the last 12 months up to today in Hà Nội', () => {
    expect(defaultRange(new Date('2026-03-31T18:00:00Z'))).toEqual({ from: '2025-05-01', to: '2026-04-01' })
    expect(defaultRange(new Date('2026-12-05T00:00:00Z'))).toEqual({ from: '2026-01-01', to: '2026-12-05' })
  })
})
