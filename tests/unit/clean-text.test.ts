import { describe, expect, it } from 'vitest'
import { cleanText, hasForbiddenChars } from '@gd/shared/clean-text'
import { parseFeedback } from '@gd/shared/feedback'

describe('clean text (shared/src/clean-text.ts)', () => {
  it('refuses control characters, bidi overrides and lone surrogates; keeps Vietnamese, line breaks and emoji', () => {
    for (const bad of ['a\u0000b', 'a\u001Bb', 'a\u007Fb', 'a\u0085b', 'a\u202Eb', 'a\u2067b', 'a\u200Fb', 'a\uD800b', 'a\uDC00b'])
      expect(hasForbiddenChars(bad), JSON.stringify(bad)).toBe(true)
    for (const ok of ['Đào tạo giáo viên', 'dòng 1\r\ndòng 2\tcột', 'Cảm ơn 👍❤️', 'gia đình 👨‍👩‍👧'])
      expect(hasForbiddenChars(ok), ok).toBe(false)
  })
  it('removes invisible characters, normalises to NFC and trims', () => {
    expect(cleanText(' \u200BXin\u200D chào\uFEFF ')).toBe('Xin chào')
    expect(cleanText('\u200B\u2060\u3164')).toBe('')
    expect(cleanText('Tiếng Việt'.normalize('NFD'))).toBe('Tiếng Việt')
  })
  it('the feedback schema refuses them in Vietnamese and counts invisible-only as empty', () => {
    const valid = {
      kind: 'gop-y',
      subject: 'Góp ý về lịch học',
      message: 'Đề nghị nhà trường công bố lịch học sớm hơn.',
      name: 'Lê Văn C',
      email: 'c@example.com',
      consent: true,
    }
    const nul = parseFeedback({ ...valid, message: `${valid.message}\u0000` })
    expect(nul.ok || nul.errors.message).toMatch(/ký tự không hợp lệ/)
    const invisible = parseFeedback({ ...valid, name: '\u200B\u200B\u200B' })
    expect(invisible.ok || invisible.errors.name).toMatch(/Vui lòng nhập họ và tên/)
    expect(parseFeedback(valid).ok).toBe(true)
  })
})
