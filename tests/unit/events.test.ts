import { describe, expect, it } from 'vitest'
import { eventsPassedBetween, isUpcoming, nextEvents, splitEvents } from '@gd/shared/events'
import { sortProcedures } from '@gd/shared/procedures'

const d = (iso: string) => `${iso}T05:00:00.000Z`
const NOW = new Date('2026-12-02T10:00:00+07:00')

describe('events by Hà Nội day', () => {
  const list = [
    { t: 'nhà giáo', startsAt: d('2026-11-20') },
    { t: 'tết', startsAt: d('2027-02-06') },
    { t: 'hôm nay', startsAt: d('2026-12-02') },
    { t: 'đang diễn ra', startsAt: d('2026-11-30'), endsAt: d('2026-12-03') },
    { t: 'khai giảng', startsAt: d('2026-09-05') },
    { t: 'thi lớp 10', startsAt: d('2027-06-02'), endsAt: d('2027-06-03') },
  ]

  it('upcoming soonest first (today and running ones included), then past latest first', () => {
    const { upcoming, past } = splitEvents(list, NOW)
    expect(upcoming.map((e) => e.t)).toEqual(['đang diễn ra', 'hôm nay', 'tết', 'thi lớp 10'])
    expect(past.map((e) => e.t)).toEqual(['nhà giáo', 'khai giảng'])
    expect(nextEvents(list, 3, NOW).map((e) => e.t)).toEqual(['đang diễn ra', 'hôm nay', 'tết'])
  })

  it('an event is upcoming through its last day in Hà Nội, then passed', () => {
    const e = { startsAt: d('2026-12-02') }
    expect(isUpcoming(e, new Date('2026-12-02T23:59:00+07:00'))).toBe(true)
    expect(isUpcoming(e, new Date('2026-12-03T00:01:00+07:00'))).toBe(false)
    expect(eventsPassedBetween([e], new Date('2026-12-02T20:00:00+07:00'), new Date('2026-12-03T01:00:00+07:00'))).toBe(true)
    expect(eventsPassedBetween([e], new Date('2026-12-02T08:00:00+07:00'), new Date('2026-12-02T20:00:00+07:00'))).toBe(false)
  })
})

describe('procedures order', () => {
  it('by order, then by name in Vietnamese', () => {
    const sorted = sortProcedures([
      { order: 2, name: 'Tuyển sinh lớp 6' },
      { order: 1, name: 'Đăng ký' },
      { order: 1, name: 'Cấp bản sao' },
      { order: 1, name: 'Dạy thêm' },
    ])
    expect(sorted.map((p) => p.name)).toEqual(['Cấp bản sao', 'Dạy thêm', 'Đăng ký', 'Tuyển sinh lớp 6'])
  })
})
