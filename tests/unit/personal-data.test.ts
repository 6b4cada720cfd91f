import { describe, expect, it } from 'vitest'
import { matchesPerson, normalisePhone, parsePersonRequest, retentionCutoff } from '@gd/shared/personal-data'

describe('phone numbers in one spelling', () => {
  it('drops spaces, dots, dashes and brackets and writes +84 / 84 / 0084 as 0', () => {
    for (const p of [
      '0912345678',
      '0912 345 678',
      '0912.345.678',
      '091-234-5678',
      '+84 912 345 678',
      '+84912.345.678',
      '84912345678',
      '0084 912 345 678',
      '(+84) 912 345 678',
    ]) {
      expect(normalisePhone(p)).toBe('0912345678')
    }
    expect(normalisePhone('024 3825 1234')).toBe('02438251234')
  })
  it('refuses what is not a phone number', () => {
    for (const p of ['', '12ab', '5678', '+1 415 555 0100', 'x'.repeat(50), 42]) expect(normalisePhone(p)).toBeNull()
  })
})

describe('whose data a request is about', () => {
  it('takes exactly one of an e-mail (lowercased) or a phone (normalised)', () => {
    expect(parsePersonRequest({ email: ' Hoa@Example.COM ' })).toEqual({ ok: true, person: { email: 'hoa@example.com' }, reason: '' })
    expect(parsePersonRequest({ phone: '+84 987 654 321' })).toEqual({ ok: true, person: { phone: '0987654321' }, reason: '' })
  })
  it('answers every mistake in Vietnamese', () => {
    const errors = (body: unknown, needReason = false) => {
      const r = parsePersonRequest(body, { needReason })
      return r.ok ? null : r.errors
    }
    expect(errors(null)?._form).toMatch(/không hợp lệ/)
    expect(errors({})?._form).toMatch(/Vui lòng nhập thư điện tử hoặc số điện thoại/)
    expect(errors({ email: 'a@b.vn', phone: '0912345678' })?._form).toMatch(/Chỉ nhập một trong hai/)
    expect(errors({ email: 'khong-dung' })?.email).toMatch(/không đúng dạng/)
    expect(errors({ phone: '12' })?.phone).toMatch(/không đúng dạng/)
    expect(errors({ email: 1 })?.email).toMatch(/không hợp lệ/)
    expect(errors({ email: 'a@b.vn' }, true)?.reason).toMatch(/lý do/)
    expect(errors({ email: 'a@b.vn', reason: 'x'.repeat(501) }, true)?.reason).toMatch(/quá dài/)
  })
})

describe('matching and the cut-off', () => {
  it('matches an item by e-mail without case, by phone in any spelling', () => {
    expect(matchesPerson({ email: 'Hoa@Example.com' }, { email: 'hoa@example.com' })).toBe(true)
    expect(matchesPerson({ email: 'khac.hoa@example.com' }, { email: 'hoa@example.com' })).toBe(false)
    expect(matchesPerson({ phone: '+84 987.654.321' }, { phone: '0987654321' })).toBe(true)
    expect(matchesPerson({ phone: null }, { phone: '0987654321' })).toBe(false)
  })
  it('counts the retention in calendar months back from now', () => {
    expect(retentionCutoff(new Date('2026-11-28T08:00:00Z'), 24).toISOString()).toBe('2024-11-28T08:00:00.000Z')
  })
})
