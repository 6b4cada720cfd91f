import { describe, expect, it } from 'vitest'
import { formatDate, formatDateLong, formatDateTime } from '@gd/shared/dates'

describe('vi-VN dates', () => {
  it('formats the long date with the weekday', () => {
    expect(formatDateLong('2024-03-14T03:00:00Z')).toBe('Thứ Năm, 14/03/2024')
    expect(formatDateLong(new Date('2024-03-17T10:00:00+07:00'))).toBe('Chủ Nhật, 17/03/2024')
  })
  it('uses the Asia/Ho_Chi_Minh day, not UTC', () => {
    // 20:00 UTC on 13/03 is 03:00 on 14/03 in Hà Nội
    expect(formatDate('2024-03-13T20:00:00Z')).toBe('14/03/2024')
    expect(formatDateTime('2024-03-13T20:05:00Z')).toBe('14/03/2024 03:05')
  })
  it('refuses an invalid date', () => {
    expect(() => formatDate('không phải ngày')).toThrow(RangeError)
  })
})
