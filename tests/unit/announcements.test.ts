import { describe, expect, it } from 'vitest'
import { inForce, sortAnnouncements, validity, validityChangedBetween } from '@gd/shared/announcements'

// 02/12/2026 in Hà Nội; the stored dates are noon in Việt Nam of their day (as the admin's day picker and the seed store them)
const NOW = new Date('2026-12-02T03:00:00Z')
const d = (iso: string) => `${iso}T05:00:00.000Z`
const a = (title: string, from: string, until?: string) => ({ title, validFrom: d(from), validUntil: until ? d(until) : null })

describe('announcements in force, by Hà Nội day', () => {
  it('are in force from their first day through their last day inclusive, or with no end', () => {
    expect(validity(a('x', '2026-12-02', '2026-12-02'), NOW)).toBe('con-hieu-luc')
    expect(validity(a('x', '2026-11-01'), NOW)).toBe('con-hieu-luc')
    expect(validity(a('x', '2026-12-03', '2026-12-09'), NOW)).toBe('sap-hieu-luc')
    expect(validity(a('x', '2026-11-01', '2026-12-01'), NOW)).toBe('het-hieu-luc')
    // 23:30 on 01/12 in Hà Nội is still 01/12: the one ending that day is still in force
    expect(validity(a('x', '2026-11-01', '2026-12-01'), new Date('2026-12-01T16:30:00Z'))).toBe('con-hieu-luc')
    expect(validity(a('x', '2026-11-01', '2026-12-01'), new Date('2026-12-01T17:30:00Z'))).toBe('het-hieu-luc')
  })

  it('leave the home page once expired; the list puts those in force first, then upcoming, then expired', () => {
    const list = [a('cũ', '2026-10-01', '2026-10-05'), a('sắp', '2026-12-10'), a('mới', '2026-12-01', '2026-12-31'), a('lâu', '2026-01-01')]
    expect(inForce(list, NOW).map((x) => x.title)).toEqual(['mới', 'lâu'])
    expect(sortAnnouncements(list, NOW).map((x) => x.title)).toEqual(['mới', 'lâu', 'sắp', 'cũ'])
  })

  it('ask for a rebuild only when one came into force or expired since the last build', () => {
    const list = [a('một', '2026-11-01', '2026-12-01')]
    expect(validityChangedBetween(list, new Date('2026-12-01T10:00:00Z'), NOW)).toBe(true)
    expect(validityChangedBetween(list, new Date('2026-12-01T18:00:00Z'), NOW)).toBe(false)
    expect(validityChangedBetween([a('sắp', '2026-12-02')], new Date('2026-12-01T10:00:00Z'), NOW)).toBe(true)
  })
})
