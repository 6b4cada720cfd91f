import { describe, expect, it } from 'vitest'
import { acceptedFactors, normalizeFactor, parseLookup, renderLookupForm } from '@gd/shared/lookup'
import { DEFAULT_SENSITIVE_TOPICS, matchSensitiveTopics } from '@gd/shared/sensitive-topics'
import { FEEDBACK_SOURCES, FEEDBACK_STATUSES } from '@gd/shared/vocab'

describe('sensitive topics', () => {
  it('match folded, on word boundaries', () => {
    expect(matchSensitiveTopics('HOC SINH DANH NHAU', DEFAULT_SENSITIVE_TOPICS)).toEqual(['đánh nhau'])
    expect(matchSensitiveTopics('Nghi vấn lạm thu; có em bị đuối nước!', DEFAULT_SENSITIVE_TOPICS)).toEqual(['đuối nước', 'lạm thu'])
    expect(matchSensitiveTopics('Em rất tài năng', DEFAULT_SENSITIVE_TOPICS)).toEqual([])
    expect(matchSensitiveTopics('matuy', DEFAULT_SENSITIVE_TOPICS)).toEqual([])
    expect(matchSensitiveTopics('Bạo lực\nhọc đường', DEFAULT_SENSITIVE_TOPICS)).toEqual(['bạo lực học đường'])
  })
})

describe('the lookup input', () => {
  it('normalises the code and the second factor', () => {
    expect(parseLookup({ ma: 'gy 2026 7k3qx', xacminh: ' A@B.VN ' })).toEqual({
      ok: true,
      data: { code: 'GY-2026-7K3QX', factor: 'a@b.vn' },
    })
    expect(normalizeFactor('5 678')).toBe('5678')
    expect(normalizeFactor('12345')).toBeNull()
    expect(acceptedFactors({ email: 'X@Y.vn', phone: '+84 912 345 678' })).toEqual(['x@y.vn', '5678'])
  })
  it('rejects bad input in Vietnamese', () => {
    const r = parseLookup({ ma: 'abc' })
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.errors).toEqual({
        ma: 'Mã tham chiếu không đúng dạng, ví dụ: GY-2026-7K3QX.',
        xacminh: 'Vui lòng nhập thư điện tử hoặc 4 số cuối của số điện thoại.',
      })
    expect(renderLookupForm({ errors: { ma: 'Lỗi <b>' } })).toContain('Lỗi &lt;b&gt;')
  })
  it('keeps the existing statuses and adds the triage ones and the channels', () => {
    expect(FEEDBACK_STATUSES.map((s) => s.value)).toEqual([
      'moi',
      'da-tiep-nhan',
      'dang-xu-ly',
      'da-tra-loi',
      'da-dong',
      'chuyen-co-quan-tham-quyen',
      'khong-xu-ly',
    ])
    expect(FEEDBACK_SOURCES[0].value).toBe('website')
  })
})
