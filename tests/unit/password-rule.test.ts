import { describe, expect, it } from 'vitest'
import { PASSWORD_MIN_LENGTH, strongPassword } from '../../cms/src/collections/Users/passwordRule'

describe('the staff password rule', () => {
  it('takes a long password with letters and digits', () => {
    expect(strongPassword('Doi-Mat-Khau-2027')).toBe(true)
    expect(strongPassword('mùa thu năm 2027 ở Hà Nội', 'bientap@pgd.example')).toBe(true)
    expect(strongPassword('QuanTri@2026')).toBe(true)
    expect(strongPassword('QuanTri@2026', 'quantri@example.edu.vn')).toBe(false)
    expect(strongPassword('Quan-Tri@2026', 'quantri@example.edu.vn')).toBe(false)
    expect(strongPassword('Ngọc-Ánh-2026', 'ngoc@example.edu.vn')).toBe(false)
    expect(strongPassword('Đức-Minh-2026x', 'ducminh@example.edu.vn')).toBe(false)
  })
  it(`refuses fewer than ${PASSWORD_MIN_LENGTH} characters, counted as a person counts them`, () => {
    expect(strongPassword('Abc@1234')).toBe(false)
    expect(strongPassword('Mật-khẩu-12')).toBe(false)
    expect(strongPassword('Mật-khẩu-12'.normalize('NFD'))).toBe(false)
    expect(strongPassword('Mật-khẩu-123')).toBe(true)
  })
  it('refuses letters only or digits only', () => {
    expect(strongPassword('matkhaumoidaiqua')).toBe(false)
    expect(strongPassword('123456789012')).toBe(false)
  })
  it("refuses the account's own e-mail name in the password (four letters or more)", () => {
    expect(strongPassword('truong-a-2026-xyz', 'truong-a@test.example')).toBe(false)
    expect(strongPassword('TRUONG-A-2026-xyz', 'truong-a@test.example')).toBe(false)
    expect(strongPassword('Truong-Moi-2027', 'ab@test.example')).toBe(true)
  })
})
