import { describe, expect, it } from 'vitest'
import { byYear, disclosureHref, isSchoolYear, schoolYearLabel, schoolYearOf } from '@gd/shared/disclosures'
import { emailParts } from '../../site/src/lib/contact'

describe('school years', () => {
  it('are two consecutive years written 2025-2026', () => {
    expect(isSchoolYear('2025-2026')).toBe(true)
    expect(isSchoolYear('2025-2027')).toBe(false)
    expect(isSchoolYear('2025–2026')).toBe(false)
    expect(isSchoolYear('25-26')).toBe(false)
    expect(isSchoolYear(2025)).toBe(false)
    expect(schoolYearLabel('2025-2026')).toBe('Năm học 2025–2026')
  })

  it('run from 1 September to 31 August, Hà Nội days', () => {
    expect(schoolYearOf('2025-09-01T00:00:00+07:00')).toBe('2025-2026')
    expect(schoolYearOf('2025-08-31T23:30:00+07:00')).toBe('2024-2025')
    // 31/08 17:30 UTC is already 1 September in Hà Nội
    expect(schoolYearOf('2025-08-31T17:30:00Z')).toBe('2025-2026')
    expect(schoolYearOf('2026-06-30T12:00:00+07:00')).toBe('2025-2026')
  })
})

describe('disclosures by year', () => {
  it('newest year first, the circular’s order within a year, then titles in Vietnamese order', () => {
    const d = (schoolYear: string, category: string, title: string) => ({ schoolYear, category, title })
    const groups = byYear([
      d('2024-2025', 'bao-cao-thuong-nien', 'Báo cáo'),
      d('2025-2026', 'tai-chinh', 'Đ thu chi'),
      d('2025-2026', 'thong-tin-chung', 'Thông tin'),
      d('2025-2026', 'tai-chinh', 'D thu chi'),
    ])
    expect(groups.map((g) => g.year)).toEqual(['2025-2026', '2024-2025'])
    expect(groups[0]!.items.map((i) => i.title)).toEqual(['Thông tin', 'D thu chi', 'Đ thu chi'])
    expect(disclosureHref('bao-cao-2025')).toBe('/cong-khai/bao-cao-2025/')
  })
})

describe('e-mail addresses on narrow screens', () => {
  it('break only before the @ and the dots', () => {
    expect(emailParts('tochuccanbo.thidua@example.edu.vn')).toEqual(['tochuccanbo', '.thidua', '@example', '.edu', '.vn'])
    expect(emailParts('a@b').join('')).toBe('a@b')
  })
})
